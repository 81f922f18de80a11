package org.tradedesk.tariff.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Harmonized System chapter, heading and subheading titles in English and Traditional Chinese
 * ({@code reference-data/tariff/hs/hs-titles.tsv}, its source named in the file). The first six digits of
 * every national code are the HS's, so these titles serve any schedule: they name the chapter and heading
 * of a schedule that publishes only "Chapter 22" and an empty heading (Australia's scraped Schedule 3), and
 * they give a schedule without Chinese text Chinese words to be searched by (啤酒 → 2203, 茶 → 0902).
 */
public final class HsTitles {

    /** One title in both languages. */
    public record Title(String code, String en, String zh) {
    }

    static final String RESOURCE = "/reference-data/tariff/hs/hs-titles.tsv";

    private static final HsTitles BUNDLED = read(HsTitles.class.getResourceAsStream(RESOURCE));

    private final Map<String, Title> titles;

    private HsTitles(Map<String, Title> titles) {
        this.titles = Map.copyOf(titles);
    }

    public static HsTitles bundled() {
        return BUNDLED;
    }

    static HsTitles read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, Title> out = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !f[0].matches("\\d{2}|\\d{4}|\\d{6}")) {
                    throw new IllegalStateException(RESOURCE + ": not 'code<TAB>English<TAB>中文' with a 2, 4 or 6-digit code: " + line);
                }
                out.put(f[0], new Title(f[0], f[1].strip(), f[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HsTitles(out);
    }

    /** The title of exactly this 2, 4 or 6-digit code. */
    public Optional<Title> title(String code) {
        return Optional.ofNullable(titles.get(code));
    }

    /** The Chinese titles of the chapter, heading and subheading {@code code} falls under, joined by spaces. */
    public String chineseAbove(String code) {
        StringBuilder sb = new StringBuilder();
        for (int len : new int[] {2, 4, 6}) {
            if (code.length() >= len) {
                Title t = titles.get(code.substring(0, len));
                if (t != null) {
                    sb.append(t.zh()).append(' ');
                }
            }
        }
        return sb.toString().strip();
    }
}
