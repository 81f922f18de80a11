package org.tradedesk.tariff.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text of a published schedule as its reader saw it on the administration's page. The scraped
 * Australian files carry HTML character references ({@code From 30 December 2018&#58; $12,000 each},
 * {@code &quot;}, {@code &#160;}), zero-width spaces, tabs, and superscripts flattened to a space
 * ({@code cm 3} for cm³, {@code g/m 2} for g/m²). {@link #decode} gives the printed form; the
 * importers store it and keep the file's raw text beside it.
 */
public final class PublishedText {

    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9A-Fa-f]{1,6});");
    private static final Pattern NAMED = Pattern.compile("&(quot|amp|lt|gt|apos|nbsp|ndash|mdash|deg|times);");
    private static final Map<String, String> NAMES = Map.of("quot", "\"", "amp", "&", "lt", "<", "gt", ">", "apos", "'",
            "nbsp", " ", "ndash", "–", "mdash", "—", "deg", "°", "times", "×");
    /**
     * A metric length unit followed by a lone 2 or 3 that is not the start of a number: the page printed
     * it as a superscript (m², cm³). "exceeding 1,000 cm 3" and "g/m 2" are areas and volumes; "3 m 2"
     * would be a count and is left alone because its 2 is followed by a digit or comes after a number only.
     */
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<![A-Za-z])(mm|cm|dm|km|m) ([23])(?![\\d.,]*\\d)(?![A-Za-z])");

    private PublishedText() {
    }

    /** The text as printed: references decoded, invisible characters dropped, runs of spaces made one. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw;
        // twice: a page may escape the ampersand of a reference (&amp;#58;)
        for (int i = 0; i < 2 && s.indexOf('&') >= 0; i++) {
            s = named(numeric(s));
        }
        s = s.replace("\u200B", "").replace("\uFEFF", "").replace('\u00A0', ' ').replace('\t', ' ');
        s = s.replaceAll("[ ]{2,}", " ").strip();
        Matcher m = SUPERSCRIPT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ("2".equals(m.group(2)) ? "²" : "³")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The raw text when decoding changed it, else null (nothing to keep twice). */
    public static String rawIfChanged(String raw) {
        return raw == null || raw.equals(decode(raw)) ? null : raw;
    }

    private static String numeric(String s) {
        Matcher m = NUMERIC.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            String replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String named(String s) {
        Matcher m = NAMED.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(NAMES.get(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
