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

    public record Shown(Analysis analysis, String title, List<String> headers, List<List<String>> cells, List<Line> summary,
                        List<String> notes, List<String> seriesNames) {

        public String svg() {
            return AnalysisCharts.svg(analysis.chart(), seriesNames, title);
        }

        public byte[] png() {
            return AnalysisCharts.png(analysis.chart(), seriesNames, title);
        }

        /** The PNG as a data URI for a PDF template (nothing is fetched). */
        public String pngDataUri() {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
        }
    }

    public Shown show(Analysis a, Locale locale) {
        String title = msg(a.method().code(), locale) + " — " + a.subject();
        List<String> headers = a.columns().stream().map(c -> msg(c, locale)).toList();
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : a.rows()) {
            List<String> out = new ArrayList<>();
            for (Object cell : row) {
                out.add(cell(cell, locale));
            }
            cells.add(out);
        }
        List<Line> summary = a.summary().stream().map(s -> new Line(msg(s.code(), locale), format(s.value(), s.format(), locale))).toList();
        List<String> seriesNames = a.chart().series().stream().map(s -> s.literal() ? s.name() : msg(s.name(), locale)).toList();
        return new Shown(a, title, headers, cells, summary, texts.renderAll(a.notes(), locale), seriesNames);
    }

    /** Writes the analysis as one sheet: title, source, the table with numbers as numbers, the summary and the notes. */
    public void sheet(XlsxWorkbook workbook, String sheetName, Shown s, Locale locale) {
        Analysis a = s.analysis();
        XlsxSheet sheet = workbook.sheet(sheetName);
        sheet.title(s.title());
        sheet.row().text(msg("markets.analysis.source", locale)).text(a.datasetFile()).text(a.datasetSha256());
        sheet.skip();
        sheet.header(s.headers().toArray(String[]::new));
        for (List<Object> row : a.rows()) {
            XlsxRow r = sheet.row();
            for (Object cell : row) {
                if (cell instanceof Double d) {
                    r.number(BigDecimal.valueOf(d), XlsxFormat.number(6));
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
            if (sum.value() == null) {
                r.blank();
            } else {
                r.number(BigDecimal.valueOf(sum.value()), "percent".equals(sum.format()) ? XlsxFormat.percent(2) : XlsxFormat.number(6));
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
        sheet(w, "analysis", s, locale);
        return w.toBytes();
    }

    private String cell(Object cell, Locale locale) {
        if (cell == null) {
            return "—";
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
            case "percent" -> new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale)).format(v * 100) + " %";
            case "integer" -> Long.toString(Math.round(v));
            default -> number(v, locale);
        };
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
