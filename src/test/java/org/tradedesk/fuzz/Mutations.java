package org.tradedesk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated and mutated inputs for the fuzz suite (issue 11), from a fixed seed so a failure is found again:
 * {@code -Dtradedesk.fuzz.seed=…} replays a run, {@code -Dtradedesk.fuzz.cases=…} makes it longer (the build
 * runs a bounded number; the README gives the longer run for before a release).
 */
public final class Mutations {

    public static final long SEED = Long.getLong("tradedesk.fuzz.seed", 20261206L);

    /** Cases per surface: the build's bounded run unless the property asks for more. */
    public static int cases(int bounded) {
        return Integer.getInteger("tradedesk.fuzz.cases", bounded);
    }

    /** Numbers, texts and values that broke or strained the product before (issue 11) and their like. */
    static final String[] NUMBERS = {"1e200000", "-1e200000", "1e-200000", "1e30", "1e25", "99999999999999999999", "0.00000000001",
        "-1", "0", "-0.0", "2147483648", "9223372036854775808", "1E+308", "123456789012345.123456", "0.1e1", "1.5e-7",
        "\"\\u0000\"", "\"１２３\"", "\"NaN\"", "\"Infinity\"", "true", "null", "[]", "{}", "\"\""};
    static final String[] TEXTS = {"", " ", "\\u0000", "a\\tb\\r\\nc", "%ED%BF%BF", "\\ud800", "１２３４５", "MAX(10%,", "00000000",
        "'; drop table client; --", "<script>alert(1)</script>", "lines[abc]", "../../etc/passwd", "統一編號", "😀", "x".repeat(5000)};

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s{0,3})-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern STRING_VALUE = Pattern.compile("(?<=:\\s{0,3})\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"");
    private static final Pattern PAIR = Pattern.compile("\"[A-Za-z]+\"\\s*:\\s*(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?[0-9.eE+-]+|true|false|null)");

    private final SplittableRandom random;

    public Mutations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One mutation of a JSON document: a value swapped for an extreme, a pair repeated or removed, cut, or a stray byte. */
    public String json(String valid) {
        switch (random.nextInt(8)) {
            case 0, 1: {
                List<int[]> spans = spans(NUMBER, valid);
                if (!spans.isEmpty()) {
                    int[] s = spans.get(random.nextInt(spans.size()));
                    return valid.substring(0, s[0]) + pick(NUMBERS) + valid.substring(s[1]);
                }
                return valid;
            }
            case 2, 3: {
                List<int[]> spans = spans(STRING_VALUE, valid);
                if (!spans.isEmpty()) {
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String replacement = random.nextBoolean() ? "\"" + pick(TEXTS) + "\"" : pick(NUMBERS);
                    return valid.substring(0, s[0]) + replacement + valid.substring(s[1]);
                }
                return valid;
            }
            case 4: {
                List<int[]> spans = spans(PAIR, valid);
                if (!spans.isEmpty()) {
                    int[] s = spans.get(random.nextInt(spans.size()));
                    String pair = valid.substring(s[0], s[1]);
                    return random.nextBoolean() ? valid.substring(0, s[1]) + "," + pair + valid.substring(s[1])
                            : valid.substring(0, s[0]) + "\"x\":1" + valid.substring(s[1]);
                }
                return valid;
            }
            case 5:
                return valid.substring(0, random.nextInt(valid.length()));
            case 6: {
                int at = random.nextInt(valid.length());
                String stray = "{}[]\",:\\0\u0000\u00ff";
                char c = stray.charAt(random.nextInt(stray.length()));
                return valid.substring(0, at) + c + valid.substring(at);
            }
            default:
                return json(json(valid));
        }
    }

    /** One mutation of a text (a duty expression, a CSV cell): characters changed, cut, repeated or an extreme put in. */
    public String text(String valid) {
        StringBuilder s = new StringBuilder(valid);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    String chars = "0123456789.,%$/()+-*eE \t\"\u0000";
                    s.insert(at, chars.charAt(random.nextInt(chars.length())));
                }
                case 1 -> {
                    if (s.length() > 0) {
                        s.deleteCharAt(Math.min(at, s.length() - 1));
                    }
                }
                case 2 -> s.insert(at, pick(new String[] {"1e200000", "99999999999999999999", "0.00000000001", "-", "MAX(", ")", ","}));
                case 3 -> s.setLength(Math.min(at, s.length()));
                case 4 -> s.insert(at, s.substring(0, Math.min(s.length(), 40)).repeat(1 + random.nextInt(4)));
                default -> s.insert(at, pick(TEXTS).replace("\\u0000", "\u0000"));
            }
        }
        return s.toString();
    }

    /** One mutation of a file's bytes: a byte flipped, a run cut or repeated, or text mutations of the decoded file. */
    public byte[] bytes(byte[] valid) {
        switch (random.nextInt(4)) {
            case 0: {
                byte[] copy = valid.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1:
                return java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
            default:
                return text(new String(valid, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static List<int[]> spans(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
