package org.tradedesk.tariff.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionInvalid;

/**
 * Reads the {@code dutyRate} texts of the Australian Customs Tariff (Schedule 3 and the FTA
 * schedules) into effective-dated measures in the duty-expression notation.
 *
 * <p>A Schedule 3 text is a sequence of blocks; the first is in force until the first
 * {@code From<date>}, each later one from its date: {@code 5% DCS4% CAFree DCT5% From1July2018 2.5%}.
 * In a block the first rate is the general rate, then preference codes (one or several joined by
 * {@code /}) each followed by their rate. A rate may be two joined by {@code , or, if lower,} (read as
 * {@code MIN(a, b)}). Whatever does not fit this shape is reported as a failure with the position and
 * the reason, never guessed.
 */
public final class AuDutyRateParser {

    /** Preference codes of Schedule 3 (Customs Tariff Act 1995, s. 13 and Schedule 1). Longest first for matching. */
    static final List<String> PREFERENCE_CODES = List.of("LDC", "DCS", "DCT", "CA", "NZ", "PG", "FI", "DC", "SG", "MY");

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Pattern DATE = Pattern.compile(
            "From\\s*(\\d{1,2})\\s*([A-Za-z]+)\\s*(\\d{4})\\s*:?\\s*");
    /* Published typos of preference codes, read as the code they stand for. Safe because the typo is no code of
       Schedule 1 / s. 13, its letters are exactly those of the code, and the text is otherwise the standard one:
       "5% DCS4% DTC5%" (4414.10.00) has DCT's letters transposed; "5% DCS4% DCT5%" begins 362 other
       lines of Schedule 3, its sibling 4414.90.00 among them. The measure keeps the published text. */
    private static final Map<String, String> CODE_TYPOS = Map.of("DTC", "DCT");
    private static final String CODE = "(?:" + String.join("|", PREFERENCE_CODES) + "|" + String.join("|", CODE_TYPOS.keySet()) + ")";
    private static final Pattern CODES = Pattern.compile("(" + CODE + "(?:\\s*/\\s*" + CODE + ")*)\\s*");
    private static final Pattern FREE = Pattern.compile("Free\\b\\s*");
    private static final Pattern AD_VALOREM = Pattern.compile(NUM + "\\s*%\\s*");
    private static final Pattern AND_SPECIFIC = Pattern.compile(",?\\s*and\\s*");
    /* "$43.39/L of alcohol, calculated on that alcohol content by which the percentage by volume of alcohol of the
       goods exceeds 1.15": the rate is charged on the alcohol above the strength the text names, read as
       "43.39 AUD/LAL ABOVE 1.15 %vol"; a rate per litre of alcohol without the clause ("$107.99/L of alcohol",
       2203.00.91) counts all the alcohol.
       The $ may be missing ("5%, and 107.99/L of alcohol", Schedule 14, 2206.00.22): every amount in the Act is
       in Australian dollars and a number followed by "/unit" cannot be a percentage, so the reading is the same.
       "kg TSS" is per kilogram of total soluble solids (2009.21.00 and others, statistical unit "kg TSS"). */
    private static final Pattern SPECIFIC = Pattern.compile("\\$?\\s*" + NUM + "\\s*/\\s*"
            + "(L of alcohol(?:, calculated on that alcohol content by which the percentage by volume of alcohol of the goods exceeds (\\d+(?:\\.\\d+)?))?"
            + "|kg of tobacco content|kg TSS|kg|L|stick)(?![A-Za-z])\\s*");
    /* Fuel blends: a rate per litre of each component; only when every component bears the same rate is it
       the same as that rate per litre of blend. */
    private static final Pattern BLEND = Pattern.compile("\\$\\s*" + NUM + "\\s*/\\s*L of (?:gasoline|diesel|biodiesel)(?: \\(if any\\))?"
            + " plus \\$\\s*" + NUM + "\\s*/\\s*L of ethanol(?: \\(if any\\))?"
            + " plus \\$\\s*" + NUM + "\\s*/\\s*L of other substances(?: \\(if any\\))? in the blend\\s*");
    /* A blend rate that stops after its first component ("$0.526/L of gasoline", "... plus"): the FTA entries of
       the fuel blends in the data hold only "Rate No. 001". The rates of the ethanol and other substances are not
       there, so there is no rate per litre of blend to read. */
    private static final Pattern BLEND_COMPONENT = Pattern.compile("\\$?\\s*" + NUM + "\\s*/\\s*L of (gasoline|diesel|biodiesel)(?:\\s+plus)?\\s*$");
    private static final Pattern EACH = Pattern.compile("\\$\\s*" + NUM + "\\s*each\\s*");
    /* "5%, or, if lower, $0.45/kg TSS": the duty is the lower of the two amounts, MIN(a, b) in the duty expressions. */
    private static final Pattern OR_IF_LOWER = Pattern.compile(",?\\s*or,?\\s*if lower,?\\s*");
    /* "$1.220/kg DC$1.220/kg, less 5%": the text does not say what the 5 % is taken of (the amount of duty, the
       customs value, percentage points of an ad valorem rate), and the Act's wording could not be checked here. Only
       the preference it follows is left unread: the general rate before it is clear and is kept. */
    private static final Pattern LESS = Pattern.compile(",?\\s*less\\s*" + NUM + "\\s*%\\s*");
    /* The page's link to the Tariff Concession Orders, left in the rate column when the row's columns shifted. */
    private static final Pattern TCO_LINK = Pattern.compile("View TCOs for\\b.*");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private AuDutyRateParser() {
    }

    /** Zero-width and no-break spaces, tabs, HTML entities and stray semicolons are presentation, not content. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String s = unescapeHtml(raw)
                .replace("\u200B", "").replace("\uFEFF", "").replace('\u00A0', ' ').replace('\t', ' ')
                .replace(';', ' ');
        return s.replaceAll("\\s+", " ").trim();
    }

    static String unescapeHtml(String s) {
        Matcher m = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    /** A Schedule 3 text: general rate, preference codes with their rates, staged blocks. */
    public static RateParseResult parseSchedule3(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return RateParseResult.failed(raw, "no rate");
        }
        try {
            List<String> unread = new ArrayList<>();
            List<Block> blocks = blocks(text, true, unread);
            List<RateMeasure> out = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                LocalDate to = i + 1 < blocks.size() ? blocks.get(i + 1).from.minusDays(1) : null;
                out.add(new RateMeasure(MeasureType.GENERAL, null, b.from, to, b.general, raw));
                for (Map.Entry<String, String> p : b.preferences.entrySet()) {
                    out.add(new RateMeasure(MeasureType.PREFERENTIAL, p.getKey(), b.from, to, p.getValue(), raw));
                }
            }
            return RateParseResult.parsed(raw, out, unread);
        } catch (Unreadable e) {
            return RateParseResult.failed(raw, e.getMessage());
        }
    }

    /**
     * An FTA schedule text (one scheme, no preference codes): a rate, optionally introduced by
     * {@code From <date>:}, which the published pages sometimes put in the description instead.
     * The end date is set later, when the next staged entry of the same line is known.
     */
    public static RateParseResult parseFta(String scheme, String raw, String description) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return RateParseResult.failed(raw, "no rate");
        }
        String desc = normalize(description);
        Matcher dm = Pattern.compile("From\\s*\\d{1,2}\\s*[A-Za-z]+\\s*\\d{4}").matcher(desc);
        if (!text.startsWith("From") && dm.find()) {
            text = dm.group() + ": " + text;
        }
        try {
            List<Block> blocks = blocks(text, false, new ArrayList<>());
            List<RateMeasure> out = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                LocalDate to = i + 1 < blocks.size() ? blocks.get(i + 1).from.minusDays(1) : null;
                out.add(new RateMeasure(MeasureType.PREFERENTIAL, scheme, b.from, to, b.general, raw));
            }
            return RateParseResult.parsed(raw, out);
        } catch (Unreadable e) {
            return RateParseResult.failed(raw, e.getMessage());
        }
    }

    /**
     * One component of a published rate text, as printed: {@code from} the date its staged block starts (null for the
     * first block), {@code label} the preference code or codes before the rate as published ({@code DCS},
     * {@code NZ/PG/FI/DC/LDC/SG}; null for the general rate), {@code rate} the rate's text as published ({@code 4%},
     * {@code Free}, {@code $0.526/L}).
     */
    public record Component(LocalDate from, String label, String rate) {
    }

    /**
     * A Schedule 3 or FTA rate text cut into its published components, for display: the Schedule 3 text
     * {@code 5% DCS4% CAFree DCT5%} is printed with no separator between a rate and the next code, so it is shown
     * component by component ({@code 5%}, {@code DCS 4%}, {@code CA Free}, {@code DCT 5%}). Nothing is read into a
     * component that is not in the text; a text that does not fit the grammar of {@link #parseSchedule3} gives an
     * empty list (shown as published).
     */
    public static List<Component> components(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return List.of();
        }
        List<Component> out = new ArrayList<>();
        try {
            Cursor c = new Cursor(text);
            boolean first = true;
            while (!c.atEnd()) {
                LocalDate from = null;
                Matcher d = c.match(DATE);
                if (d != null) {
                    from = date(d);
                    c.advance(d);
                } else if (!first) {
                    return List.of();
                }
                first = false;
                int start = c.pos;
                c.rate();
                out.add(new Component(from, null, text.substring(start, c.pos).strip()));
                while (!c.atEnd()) {
                    Matcher codes = c.match(CODES);
                    if (codes == null) {
                        break;
                    }
                    c.advance(codes);
                    int rateStart = c.pos;
                    try {
                        c.rate();
                    } catch (UnclearRate e) {
                        c.pos = e.end;
                    }
                    out.add(new Component(from, codes.group(1).replaceAll("\\s+", ""), text.substring(rateStart, c.pos).strip()));
                }
            }
        } catch (Unreadable e) {
            return List.of();
        }
        return List.copyOf(out);
    }

    private record Block(LocalDate from, String general, Map<String, String> preferences) {
    }

    private static class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A rate whose text was read to {@code end} but whose meaning is unclear there ("..., less 5%"). */
    private static final class UnclearRate extends Unreadable {
        private final int end;

        UnclearRate(String message, int end) {
            super(message);
            this.end = end;
        }
    }

    /**
     * The blocks of a text. A preference whose rate is unclear is left out and listed in {@code unread} with its
     * reason; the general rate and the other preferences of the text stay. An unclear general rate fails the text.
     */
    private static List<Block> blocks(String text, boolean codesAllowed, List<String> unread) {
        List<Block> blocks = new ArrayList<>();
        Cursor c = new Cursor(text);
        while (!c.atEnd()) {
            LocalDate from = null;
            Matcher d = c.match(DATE);
            if (d != null) {
                from = date(d);
                c.advance(d);
            } else if (!blocks.isEmpty()) {
                throw c.unreadable("a 'From <date>' or a preference code");
            }
            String general = c.rate();
            Map<String, String> prefs = new LinkedHashMap<>();
            while (!c.atEnd() && codesAllowed) {
                Matcher codes = c.match(CODES);
                if (codes == null) {
                    break;
                }
                c.advance(codes);
                String rate;
                try {
                    rate = c.rate();
                } catch (UnclearRate e) {
                    unread.add("preference " + codes.group(1).trim() + " not read: " + e.getMessage());
                    c.pos = e.end;
                    continue;
                }
                for (String code : codes.group(1).split("\\s*/\\s*")) {
                    prefs.putIfAbsent(CODE_TYPOS.getOrDefault(code.trim(), code.trim()), rate);
                }
            }
            if (!blocks.isEmpty() && from != null && !from.isAfter(blocks.get(blocks.size() - 1).from == null
                    ? LocalDate.MIN : blocks.get(blocks.size() - 1).from)) {
                throw new Unreadable("staged date " + from + " is not after the previous one");
            }
            blocks.add(new Block(from, general, prefs));
        }
        return blocks;
    }

    /* Month names misspelt in the published texts. Safe: no other month is spelt with these letters, and the
       spelling differs from the right one by one transposed pair ("From 11 Feburary 2020", Schedule 6A
       8486.40.91, beside 246 entries "From 11 February 2020" in the same file). The measure keeps the published text. */
    private static final Map<String, String> MONTH_TYPOS = Map.of("feburary", "february");

    private static LocalDate date(Matcher d) {
        String month = d.group(2).toLowerCase(Locale.ROOT);
        month = MONTH_TYPOS.getOrDefault(month, month);
        String s = d.group(1) + " " + month.substring(0, 1).toUpperCase(Locale.ROOT)
                + month.substring(1) + " " + d.group(3);
        try {
            return LocalDate.parse(s, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            throw new Unreadable("not a date: '" + d.group().trim() + "'");
        }
    }

    private static final class Cursor {
        private final String text;
        private int pos;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        Matcher match(Pattern p) {
            Matcher m = p.matcher(text).region(pos, text.length());
            return m.lookingAt() ? m : null;
        }

        void advance(Matcher m) {
            pos = m.end();
        }

        Unreadable unreadable(String expected) {
            return new Unreadable("at position " + pos + ": expected " + expected + ", found '"
                    + text.substring(pos, Math.min(text.length(), pos + 30)) + "'");
        }

        /** One rate, or two joined by "or, if lower", returned as canonical duty-expression text. */
        String rate() {
            if (match(TCO_LINK) != null) {
                throw new Unreadable("not a rate: the page's 'View TCOs' link is in the rate column (the row's columns are shifted in the published data)");
            }
            String first = singleRate();
            Matcher lower = match(OR_IF_LOWER);
            if (lower != null) {
                advance(lower);
                return canonical("MIN(" + first + ", " + singleRate() + ")");
            }
            Matcher less = match(LESS);
            if (less != null) {
                throw new UnclearRate("at position " + pos + ": '" + less.group().replaceFirst("^,?\\s*", "").trim()
                        + "' after the rate " + first + " is not read: the text does not say what the "
                        + number(less.group(1)) + " % is taken of", less.end());
            }
            return first;
        }

        private String singleRate() {
            Matcher m;
            if ((m = match(FREE)) != null) {
                advance(m);
                return canonical("0%");
            }
            if ((m = match(AD_VALOREM)) != null) {
                String percent = number(m.group(1)) + "%";
                advance(m);
                Matcher and = match(AND_SPECIFIC);
                if (and != null && and.end() > pos && (text.startsWith("$", and.end())
                        || SPECIFIC.matcher(text).region(and.end(), text.length()).lookingAt())) {
                    advance(and);
                    return canonical(percent + " + " + specific());
                }
                return canonical(percent);
            }
            return canonical(specific());
        }

        private String specific() {
            Matcher m;
            if ((m = match(BLEND)) != null) {
                String a = number(m.group(1));
                if (!a.equals(number(m.group(2))) || !a.equals(number(m.group(3)))) {
                    throw unreadable("the same rate for every component of the blend");
                }
                advance(m);
                return a + " AUD/L";
            }
            if ((m = match(BLEND_COMPONENT)) != null) {
                throw new Unreadable("at position " + pos + ": a rate per litre of " + m.group(2) + " only; the rates of the rest"
                        + " of the blend (ethanol, other substances) are not in the data, so no rate per litre of blend is read");
            }
            if ((m = match(SPECIFIC)) != null) {
                String amount = number(m.group(1));
                String unit = m.group(2);
                advance(m);
                if (unit.equals("kg TSS")) {
                    // per kg of total soluble solids = per 100 kg of goods per % TSS by mass (kg × % / 100), exactly
                    return amount + " AUD/100 kg/% TSS";
                }
                if (unit.startsWith("L of alcohol")) {
                    return amount + " AUD/LAL" + (m.group(3) == null ? "" : " ABOVE " + number(m.group(3)) + " %vol");
                }
                if (unit.startsWith("kg")) {
                    return amount + " AUD/kg";
                }
                if (unit.equals("stick")) {
                    return amount + " AUD/No";
                }
                return amount + " AUD/L";
            }
            if ((m = match(EACH)) != null) {
                String amount = number(m.group(1));
                advance(m);
                return amount + " AUD/No";
            }
            throw unreadable("a rate (Free, n%, $n/L, $n/kg, $n/L of alcohol, $n/stick, $n each)");
        }

        private String canonical(String expression) {
            try {
                return DutyExpression.parse(expression).toString();
            } catch (DutyExpressionInvalid e) {
                throw new Unreadable("rate '" + expression + "' is not a valid duty expression: " + e.getMessage());
            }
        }

        private static String number(String withGrouping) {
            return new BigDecimal(withGrouping.replace(",", "")).toPlainString();
        }
    }
}
