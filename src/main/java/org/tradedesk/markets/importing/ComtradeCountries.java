package org.tradedesk.markets.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * UN Comtrade's country list (M49-like codes, not ISO numeric: 842 = USA, 699 = India), bundled from the
 * Comtrade reference file. It gives ISO3 for a numeric code and back, the English name, and which codes are
 * aggregates (World 0, EU, "Areas, nes"...: no ISO3 of their own). 490 "Other Asia, nes" is Taiwan as a
 * partner (Taiwan is not a Comtrade reporter) and counts as an economy, not an aggregate.
 */
public final class ComtradeCountries {

    public static final String TAIWAN = "490";
    public static final String WORLD = "0";

    private record Entry(String code, String name, String iso3) {
    }

    private static final Map<String, Entry> BY_CODE = new HashMap<>();
    private static final Map<String, Entry> BY_ISO3 = new HashMap<>();
    private static final Map<String, Integer> ISO3_END = new HashMap<>();

    private static int parse(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static {
        try (InputStream in = ComtradeCountries.class.getResourceAsStream("/markets/comtrade-country-codes.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                // the reference file does not quote names that hold commas ("Areas, nes"): the code is the first
                // cell, ISO3 the third from the end, and the three name cells share what lies between
                String[] f = line.split(",", -1);
                if (f.length < 9) {
                    continue;
                }
                int middle = f.length - 6;
                int perName = middle % 3 == 0 ? middle / 3 : 1;
                String name = String.join(",", java.util.Arrays.copyOfRange(f, 1, 1 + perName)).strip();
                String iso3 = f[f.length - 3].strip();
                Entry e = new Entry(f[0].strip(), name, iso3.matches("[A-Z]{3}") && !"WLD".equals(iso3) ? iso3 : null);
                // the list holds historic entries too (a code valid until 1990); the current one is read last and kept
                BY_CODE.put(e.code(), e);
                int end = parse(f[f.length - 1]);
                if (e.iso3() != null && (!ISO3_END.containsKey(e.iso3()) || ISO3_END.get(e.iso3()) < end)) {
                    BY_ISO3.put(e.iso3(), e); // 841 (USA until 1980) and 842 both say USA: the one valid longest wins
                    ISO3_END.put(e.iso3(), end);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BY_ISO3.put("TWN", new Entry(TAIWAN, "Taiwan", "TWN"));
    }

    private ComtradeCountries() {
    }

    /** ISO3 for a Comtrade code, or null (aggregates, unknown codes). 490 gives TWN. */
    public static String iso3(String code) {
        if (TAIWAN.equals(code)) {
            return "TWN";
        }
        Entry e = code == null ? null : BY_CODE.get(code);
        return e == null ? null : e.iso3();
    }

    /** The Comtrade code of an ISO3 code, or null. */
    public static String code(String iso3) {
        Entry e = iso3 == null ? null : BY_ISO3.get(iso3);
        return e == null ? null : e.code();
    }

    /** English name as the list gives it; the code itself when unknown. */
    public static String name(String code) {
        if (TAIWAN.equals(code)) {
            return "Taiwan (Other Asia, nes)";
        }
        Entry e = code == null ? null : BY_CODE.get(code);
        return e == null ? code : e.name();
    }

    /**
     * Whether the Comtrade country list knows the code (t2fixN: codes were checked by their shape only): one of its numeric
     * codes (leading zeros ignored: 0842 is 842), current or historic, or an ISO alpha-3 code one of them carries; 0 World,
     * WLD and TWN / 490 (Taiwan) included.
     */
    public static boolean known(String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String c = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (c.matches("[0-9]{1,4}")) {
            return BY_CODE.containsKey(c.replaceFirst("^0+(?=.)", ""));
        }
        return c.equals("WLD") || BY_ISO3.containsKey(c);
    }

    /** World (0) and areas with no ISO3 of their own; Taiwan (490) is not one. Unknown codes are not called aggregates. */
    public static boolean aggregate(String code) {
        if (WORLD.equals(code)) {
            return true;
        }
        if (TAIWAN.equals(code)) {
            return false;
        }
        Entry e = BY_CODE.get(code);
        return e != null && e.iso3() == null;
    }
}
