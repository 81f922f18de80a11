package org.tradedesk.tariff.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.DutyExpressionInvalid;

/**
 * Reads the rate columns of the Taiwan customs import tariff (海關進口稅則) in their published English
 * and Chinese forms: {@code 17.5%}, {@code Free}/{@code 免稅}, {@code NT$11/LTR}, {@code 每公升新臺幣11元},
 * and "whichever is higher" (從價或從量從高徵稅) combinations; column II adds the partner list in
 * parentheses: {@code 0% (PA,GT,NI,SV,HN,NZ,SG)}.
 */
public final class TwDutyRateParser {

    /** A rate of column II and the partner codes it applies to. */
    public record PartnerRate(String expression, List<String> partners) {
        public PartnerRate {
            partners = List.copyOf(partners);
        }
    }

    private static final String NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("KGM", "kg"), Map.entry("KG", "kg"), Map.entry("公斤", "kg"),
            Map.entry("LTR", "L"), Map.entry("L", "L"), Map.entry("公升", "L"),
            Map.entry("PCE", "No"), Map.entry("NO", "No"), Map.entry("個", "No"), Map.entry("輛", "No"),
            Map.entry("PRQ", "pr"), Map.entry("PR", "pr"), Map.entry("雙", "pr"),
            Map.entry("LPA", "LAL"), Map.entry("公升酒精", "LAL"));
    private static final Pattern FREE = Pattern.compile("(?i)(Free|免稅)");
    private static final Pattern AD_VALOREM = Pattern.compile("(?:從價)?" + NUM + "\\s*%");
    private static final Pattern SPECIFIC_EN = Pattern.compile("NT\\$\\s*" + NUM + "\\s*/\\s*([A-Za-z]+)");
    private static final Pattern SPECIFIC_ZH = Pattern.compile("每(公升酒精|公斤|公升|個|輛|雙)\\s*新臺幣\\s*" + NUM + "\\s*元");
    private static final Pattern HIGHER_EN = Pattern.compile("(.+?)\\s+or\\s+(.+?),?\\s*whichever is higher", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIGHER_ZH = Pattern.compile("(.+?)\\s*或\\s*(.+?)\\s*從高徵稅");
    private static final Pattern PARTNER_GROUP = Pattern.compile("\\s*(.+?)\\s*[(（]([A-Z]{2}(?:\\s*[,，、]\\s*[A-Z]{2})*)[)）]\\s*");

    private TwDutyRateParser() {
    }

    /** A column I or III text into canonical duty-expression text; null when the column is empty. */
    public static String parse(String raw) {
        String text = normalize(raw);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = HIGHER_EN.matcher(text);
        if (!m.matches()) {
            m = HIGHER_ZH.matcher(text);
        }
        if (m.matches()) {
            return canonical("MAX(" + single(m.group(1)) + ", " + single(m.group(2)) + ")", raw);
        }
        return canonical(single(text), raw);
    }

    /** Column II: one or more "rate (partners)" groups. */
    public static List<PartnerRate> parsePartners(String raw) {
        String text = normalize(raw);
        List<PartnerRate> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        Matcher m = PARTNER_GROUP.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
            m.region(pos, text.length());
            if (!m.lookingAt()) {
                throw new IllegalArgumentException("column II: expected 'rate (partner codes)' at position " + pos
                        + ", found '" + text.substring(pos) + "'");
            }
            out.add(new PartnerRate(parse(m.group(1)), List.of(m.group(2).replace(" ", "").split("[,，、]"))));
            pos = m.end();
        }
        return out;
    }

    private static String single(String part) {
        String t = part.trim();
        if (FREE.matcher(t).matches()) {
            return "0%";
        }
        Matcher m = AD_VALOREM.matcher(t);
        if (m.matches()) {
            return number(m.group(1)) + "%";
        }
        m = SPECIFIC_EN.matcher(t);
        if (m.matches()) {
            return number(m.group(1)) + " TWD/" + unit(m.group(2), part);
        }
        m = SPECIFIC_ZH.matcher(t);
        if (m.matches()) {
            return number(m.group(2)) + " TWD/" + unit(m.group(1), part);
        }
        throw new IllegalArgumentException("not a rate: '" + t + "'");
    }

    private static String unit(String code, String context) {
        String u = UNITS.get(code.toUpperCase(java.util.Locale.ROOT));
        if (u == null) {
            u = UNITS.get(code);
        }
        if (u == null) {
            throw new IllegalArgumentException("unknown unit '" + code + "' in '" + context.trim() + "'");
        }
        return u;
    }

    private static String canonical(String expression, String raw) {
        try {
            return DutyExpression.parse(expression).toString();
        } catch (DutyExpressionInvalid e) {
            throw new IllegalArgumentException("'" + raw + "' gives an invalid duty expression: " + e.getMessage());
        }
    }

    private static String normalize(String raw) {
        return raw == null ? "" : raw.replace('\u00A0', ' ').replace("\u200B", "").replace('\u3000', ' ')
                .replaceAll("\\s+", " ").trim();
    }

    private static String number(String s) {
        return new BigDecimal(s.replace(",", "")).toPlainString();
    }
}
