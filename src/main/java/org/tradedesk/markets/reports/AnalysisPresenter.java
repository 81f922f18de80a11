package org.tradedesk.markets.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.markets.Analysis;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;

/**
 * An {@link Analysis} in one language: headings, formatted cells, summary lines, notes and the chart's series names, for
 * the page, the XLSX sheet (numbers stay numbers) and the report (the chart drawn as PNG by {@link AnalysisCharts}).
 */
@Component
public class AnalysisPresenter {

    private final MessageSource messages;
    private final MessageTexts texts;

    public AnalysisPresenter(MessageSource messages, MessageTexts texts) {
        this.messages = messages;
        this.texts = texts;
    }

    public record Line(String label, String value) {
    }

    /** The most columns of figures one part of a report table holds beside its first column (see {@link Shown#parts()}). */
    public static final int PART_COLUMNS = 4;

    /** A part of an analysis table as the report prints it: the first column and some of the figures' columns. */
    public record Part(List<String> headers, List<List<String>> cells) {
    }

    public record Shown(Analysis analysis, String title, List<String> headers, List<List<String>> cells, List<Line> summary,
                        List<String> notes, List<String> seriesNames, Locale locale, String yAxis) {

        public String svg() {
            return AnalysisCharts.svg(analysis.chart(), seriesNames, title, locale, yAxis);
        }

        public byte[] png() {
            return AnalysisCharts.png(analysis.chart(), seriesNames, title, locale, yAxis);
        }

        /**
         * The table cut into parts that fit an A4 page's width (review t2fixF: a TREND table of eight columns lost "Prediction
         * high" and "Preliminary" past the page's edge, the DID table "Confidence high", and the headings broke inside words):
         * at most {@value #PART_COLUMNS} columns of figures a part, as evenly as they go, each part led by the first column
         * (the period or the coefficient) so every row of a part is read on its own.
         */
        public List<Part> parts() {
            int figures = headers.size() - 1;
            if (figures <= PART_COLUMNS) {
                return List.of(new Part(headers, cells));
            }
            int count = (figures + PART_COLUMNS - 1) / PART_COLUMNS;
            int size = (figures + count - 1) / count;
            List<Part> out = new ArrayList<>();
            for (int from = 1; from <= figures; from += size) {
                int to = Math.min(figures + 1, from + size);
                List<String> h = new ArrayList<>();
                h.add(headers.get(0));
                h.addAll(headers.subList(from, to));
                List<List<String>> c = new ArrayList<>();
                for (List<String> row : cells) {
                    List<String> r = new ArrayList<>();
                    r.add(row.isEmpty() ? "" : row.get(0));
                    for (int i = from; i < to; i++) {
                        r.add(i < row.size() ? row.get(i) : "");
                    }
                    c.add(r);
                }
                out.add(new Part(h, c));
            }
            return out;
        }

        /** The PNG as a data URI for a PDF template (nothing is fetched). */
        public String pngDataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
        }
    }

    public Shown show(Analysis a, Locale locale) {
        String title = msg(a.method().code(), locale) + " — " + subject(a.subject(), locale);
        List<String> headers = a.columns().stream().map(c -> msg(c, locale)).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : a.rows()) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                out.add(countryName(a, row, i, locale) != null ? countryName(a, row, i, locale) : cell(row.get(i), locale));
            }
            cells.add(out);
        }
        List<Line> summary = a.summary().stream().map(s -> new Line(msg(s.code(), locale), s.value() == null && s.note() != null
                ? "— " + texts.render(s.note(), locale) : format(s.value(), s.format(), locale))).toList();
        // a literal series is a market (difference-in-differences): named in the reader's language as /concentration does
        List<String> seriesNames = a.chart().series().stream()
                .map(s -> s.literal() ? org.tradedesk.markets.importing.CountryNames.name(s.name(), locale) : msg(s.name(), locale)).toList();
        return new Shown(a, title, headers, cells, summary, texts.renderAll(a.notes(), locale), seriesNames, locale,
                a.chart().yAxis() == null ? null : texts.render(a.chart().yAxis(), locale));
    }

    private static final java.util.regex.Pattern SERIES_SUBJECT =
            java.util.regex.Pattern.compile("(\\S+) → (\\S+), ([MX]), (\\S+), ([AM])");
    private static final java.util.regex.Pattern SHARES_SUBJECT =
            java.util.regex.Pattern.compile("(\\S+), ([0-9]{4}), ([MX]), (partner|reporter)");

    /**
     * The stored subject ("CHN → 0, X, 8542, A" or "8542, 2023, M, partner") in the reader's language: countries by the
     * same names service as the concentration page (CountryNames), flow 出口/進口, frequency 年/月; any other subject as stored.
     */
    /** The separator of a list in the reader's language: "，" in Chinese, ", " in English. */
    public static String separator(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "，" : ", ";
    }

    /** "Title: name" with the colon of the reader's language ("資料分析報告：HS 8542"). */
    public static String titled(String title, String name, Locale locale) {
        return title + (locale != null && "zh".equals(locale.getLanguage()) ? "：" : ": ") + name;
    }

    String subject(String stored, Locale locale) {
        if (stored == null) {
            return "";
        }
        java.util.regex.Matcher m = SERIES_SUBJECT.matcher(stored);
        // Chinese lists take the full-width comma (中國 → 世界，出口，8542，年), English ", "
        String sep = separator(locale);
        if (m.matches()) {
            // who trades with whom in words, "Imports of China from United States" / 中國自美國進口, never the ambiguous
            // "China → United States, Imports" (review t2fixF)
            String trade = messages.getMessage("markets.subject.flow." + m.group(3), new Object[] {
                    org.tradedesk.markets.importing.CountryNames.name(m.group(1), locale),
                    org.tradedesk.markets.importing.CountryNames.name(m.group(2), locale)}, locale);
            return trade + sep + m.group(4) + sep + msg("markets.frequency." + m.group(5), locale);
        }
        m = SHARES_SUBJECT.matcher(stored);
        if (m.matches()) {
            return m.group(1) + sep + m.group(2) + sep + msg("markets.flow." + m.group(3), locale) + sep
                    + msg("markets.by." + m.group(4), locale);
        }
        return stored;
    }

    /** The name column of a concentration table in the reader's language (as the concentration page), else null. */
    private static String countryName(Analysis a, List<Object> row, int i, Locale locale) {
        if (a.method() != org.tradedesk.markets.AnalysisMethod.CONCENTRATION || i != 1 || row.isEmpty() || row.get(0) == null) {
            return null;
        }
        String code = row.get(0).toString();
        return org.tradedesk.markets.importing.CountryNames.known(code) ? org.tradedesk.markets.importing.CountryNames.name(code, locale) : null;
    }

    /** Writes the analysis as one sheet: title, source, the table with numbers as numbers, the summary and the notes. */
    public void sheet(XlsxWorkbook workbook, String sheetName, Shown s, Locale locale) {
        sheet(workbook, sheetName, s, locale, null);
    }

    /**
     * As {@link #sheet(XlsxWorkbook, String, Shown, Locale)}, with the data line the report prints above the analysis
     * ({@link org.tradedesk.markets.Provenance}: source, file, SHA-256 prefix, valuation basis, import date, data version) under
     * the title, so a sheet read on its own names its data as the PDF does (t2fixK); none when {@code provenance} is null.
     */
    public void sheet(XlsxWorkbook workbook, String sheetName, Shown s, Locale locale, String provenance) {
        Analysis a = s.analysis();
        XlsxSheet sheet = workbook.sheet(sheetName);
        sheet.title(s.title());
        if (provenance != null && !provenance.isBlank()) {
            sheet.row().wrappedText(provenance);
        }
        sheet.row().text(msg("markets.analysis.source", locale)).text(a.datasetFile()).text(a.datasetSha256());
        sheet.skip();
        sheet.header(s.headers().toArray(String[]::new));
        for (List<Object> row : a.rows()) {
            XlsxRow r = sheet.row();
            for (int i = 0; i < row.size(); i++) {
                Object cell = countryName(a, row, i, locale) != null ? countryName(a, row, i, locale) : row.get(i);
                if (cell instanceof Analysis.PValue p) {
                    pValueCell(r, p.value(), locale);
                } else if (cell instanceof Double d) {
                    r.number(BigDecimal.valueOf(d), XlsxFormat.number(6));
                } else if (cell instanceof Integer || cell instanceof Long || cell instanceof String t && t.matches("\\d{4}")) {
                    // a year is a number in the sheet, not text (review F9)
                    r.number(new BigDecimal(cell.toString()), XlsxFormat.number(0));
                } else if (cell == null) {
                    r.blank();
                } else {
                    String text = cell.toString();
                    r.text(text.startsWith("markets.") ? msg(text, locale) : text);
                }
            }
        }
        sheet.skip();
        for (Analysis.Summary sum : a.summary()) {
            XlsxRow r = sheet.row().text(msg(sum.code(), locale));
            if (sum.value() == null && sum.note() != null) {
                r.text(texts.render(sum.note(), locale)); // why it is not defined, never a blank cell
            } else if (sum.value() == null) {
                r.blank();
            } else {
                summaryCell(r, sum, locale);
            }
        }
        sheet.skip();
        for (String note : s.notes()) {
            sheet.row().wrappedText(note);
        }
        sheet.columnWidths(16, 20, 20, 20, 20, 20, 20);
    }

    public byte[] workbook(Shown s, Locale locale) {
        XlsxWorkbook w = XlsxWorkbook.create().properties(s.title(), locale);
        sheet(w, msg("markets.report.sheet.analysis", locale), s, locale); // 「分析」 in Chinese, not "analysis" (t2fixS, review MINOR 5)
        return w.toBytes();
    }

    private String cell(Object cell, Locale locale) {
        if (cell == null) {
            return "—";
        }
        if (cell instanceof Analysis.PValue p) {
            return pValue(p.value(), locale);
        }
        if (cell instanceof Double d) {
            return number(d, locale);
        }
        String text = cell.toString();
        return text.startsWith("markets.") ? msg(text, locale) : text;
    }

    public static String format(Double v, String format, Locale locale) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        return switch (format) {
            case Analysis.P_VALUE -> pValue(v, locale);
            case "percent" -> new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale)).format(v * 100) + " %";
            case "integer" -> Long.toString(Math.round(v));
            default -> number(v, locale);
        };
    }

    /**
     * A p-value as a reader can take it (t2fixP: "0.000000" said nothing): "&lt; 0.0001" below 0.0001, four decimals otherwise.
     */
    public static String pValue(Double v, Locale locale) {
        if (v == null || !Double.isFinite(v)) {
            return "—";
        }
        DecimalFormat four = new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(locale));
        return v < P_FLOOR ? "< " + four.format(P_FLOOR) : four.format(v);
    }

    /** The p-value shown below which a p-value is printed "&lt; 0.0001" (as text in the XLSX too). */
    static final double P_FLOOR = 0.0001;

    /**
     * A summary figure as an XLSX cell, by its format: a percentage, a p-value ({@link #pValueCell}), else a number with six
     * decimals; none when it has no value.
     */
    public static void summaryCell(XlsxRow r, Analysis.Summary s, Locale locale) {
        if (s == null || s.value() == null) {
            r.blank();
        } else if (Analysis.P_VALUE.equals(s.format())) {
            pValueCell(r, s.value(), locale);
        } else {
            r.number(BigDecimal.valueOf(s.value()), "percent".equals(s.format()) ? XlsxFormat.percent(2) : XlsxFormat.number(6));
        }
    }

    /**
     * A p-value as an XLSX cell, as the PDF prints it (t2fixR: six decimals, 0.000000, said nothing): below 0.0001 the text
     * "&lt; 0.0001" (no number can say it), otherwise a number cell shown with four decimals (0.0000), its full value kept.
     */
    public static void pValueCell(XlsxRow r, double v, Locale locale) {
        if (!Double.isFinite(v)) {
            r.blank();
        } else if (v < P_FLOOR) {
            r.text(pValue(v, locale));
        } else {
            r.number(BigDecimal.valueOf(v), XlsxFormat.number(4));
        }
    }

    static String number(double v, Locale locale) {
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "#,##0" : a >= 1 ? "0.0000" : "0.000000";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(v);
    }

    public String msg(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
