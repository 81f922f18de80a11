package org.tradedesk.markets;

import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * One analysis of a dataset's series as a page, a report and an export show it: a table (column headings are message
 * codes, cells numbers or texts), summary figures (code → number), a chart (x labels, named series; a band is a pair
 * of series {@code band-low}/{@code band-high}) and notes (caveats such as "association, not proof of cause"), with the
 * dataset it was computed on (id, file, SHA-256) and the request that produced it, so it can be computed again.
 */
public record Analysis(AnalysisMethod method, AnalysisRequest request, long dataset, String datasetFile, String datasetSha256,
                       String source, String valuationBasis, String subject, List<String> columns, List<List<Object>> rows,
                       List<Summary> summary, Chart chart, List<MessageText> notes) {

    public Analysis {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summary = List.copyOf(summary);
        notes = List.copyOf(notes);
    }

    /** The format of a p-value ({@link Summary#format()}): "&lt; 0.0001" below 0.0001, else four decimals (t2fixR). */
    public static final String P_VALUE = "p-value";

    /**
     * A p-value in a table cell, so the page, the PDF and the XLSX show it as a p-value ({@link #P_VALUE}) whatever its
     * column or row is called (t2fixR: they were found by the message code of their column, and the Chow test's by its row
     * "p"); the API gives its number.
     */
    public record PValue(double value) {
    }

    /** A p-value cell, null where it is not defined (NaN: too few pairs). */
    public static PValue pValue(Double value) {
        return value == null || value.isNaN() ? null : new PValue(value);
    }

    /**
     * A summary figure: its message code, value and how to show it ({@code percent}, {@code number}, {@code integer},
     * {@link #P_VALUE}); {@code note}
     * says why the value is missing where it is not defined (the normalised HHI of one partner), else null.
     */
    public record Summary(String code, Double value, String format, MessageText note) {

        public Summary(String code, Double value, String format) {
            this(code, value, format, null);
        }
    }

    /** The chart: categories on x, the series on y ({@code line}, {@code dashed}, {@code band-low}, {@code band-high}, {@code bar}). */
    public record Chart(List<String> labels, List<Series> series, boolean logScale, org.tradedesk.shared.MessageText yAxis,
                        String marker) {
        public Chart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }

        /**
         * {@code yAxis}: the y axis's title (ln of value, USD) where the values are not plain ones, null otherwise; {@code marker}:
         * the label of the period the change or break is at, drawn as a vertical line (review t2fixL 7), null for none.
         */
        public Chart(List<String> labels, List<Series> series, boolean logScale) {
            this(labels, series, logScale, null, null);
        }
    }

    /** One series of the chart: a message code (or a literal market code when {@code literal}), its kind and values (null = gap). */
    public record Series(String name, boolean literal, String kind, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
