package org.tradedesk.marketing.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradedesk.marketing.KpiActual;
import org.tradedesk.marketing.MarketingInputInvalid;
import org.tradedesk.marketing.domain.KpiGap;
import org.tradedesk.marketing.domain.KpiKind;
import org.tradedesk.platform.importing.CsvTable;

/**
 * A CSV file of KPI actuals (P3.3.1): the header {@code kpi_id,period_end,actual}, then one row per KPI
 * and period (period end as YYYY-MM-DD, the actual with a decimal point). The whole file is checked
 * before anything is saved; the first bad row refuses it, named by its row number as a spreadsheet shows
 * it (the header is row 1). Empty lines are skipped but counted.
 */
public final class KpiActualsCsv {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_ROWS = 5_000;
    static final List<String> HEADER = List.of("kpi_id", "period_end", "actual");

    private KpiActualsCsv() {
    }

    /** Reads the file against the campaign's KPI targets (id → kind). */
    public static List<KpiActual> read(byte[] content, Map<Long, KpiKind> kpis) {
        if (content == null || content.length == 0) {
            throw new MarketingInputInvalid("marketing.actual.csv-empty", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new MarketingInputInvalid("marketing.actual.csv-size", "the file is larger than " + MAX_BYTES + " bytes",
                    String.valueOf(MAX_BYTES));
        }
        CsvTable table;
        try {
            table = CsvTable.read(content);
        } catch (CsvTable.Malformed e) {
            throw new MarketingInputInvalid("marketing.actual.csv-malformed", e.getMessage(), String.valueOf(e.line()));
        }
        List<List<String>> rows = table.rows();
        if (rows.isEmpty() || !HEADER.equals(rows.get(0).stream().map(c -> c.strip().replace("\uFEFF", "").toLowerCase()).toList())) {
            throw new MarketingInputInvalid("marketing.actual.csv-header", "the first row must be kpi_id,period_end,actual");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new MarketingInputInvalid("marketing.actual.csv-too-many", "at most " + MAX_ROWS + " rows", String.valueOf(MAX_ROWS));
        }
        List<KpiActual> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            String row = String.valueOf(i + 1);
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != 3) {
                throw new MarketingInputInvalid("marketing.actual.csv-columns", "row " + row + " needs three cells", row);
            }
            String idCell = cells.get(0).strip();
            String dateCell = cells.get(1).strip();
            String valueCell = cells.get(2).strip();
            long kpiId;
            try {
                kpiId = Long.parseLong(idCell);
            } catch (NumberFormatException e) {
                kpiId = -1;
            }
            KpiKind kind = kpis.get(kpiId);
            if (kind == null) {
                throw new MarketingInputInvalid("marketing.actual.csv-kpi", "row " + row + ": " + idCell + " is not a KPI of this campaign",
                        row, shorten(idCell));
            }
            LocalDate periodEnd;
            try {
                periodEnd = LocalDate.parse(dateCell);
            } catch (DateTimeParseException e) {
                throw new MarketingInputInvalid("marketing.actual.csv-date", "row " + row + ": " + dateCell + " is not a date",
                        row, shorten(dateCell));
            }
            BigDecimal value;
            try {
                value = new BigDecimal(valueCell);
            } catch (NumberFormatException e) {
                throw new MarketingInputInvalid("marketing.actual.csv-number", "row " + row + ": " + valueCell + " is not a number",
                        row, shorten(valueCell));
            }
            if (!KpiGap.acceptsActual(kind, value)) {
                throw new MarketingInputInvalid("marketing.actual.csv-range", "row " + row + ": " + valueCell + " is out of range",
                        row, shorten(valueCell));
            }
            if (!seen.add(kpiId + "/" + periodEnd)) {
                throw new MarketingInputInvalid("marketing.actual.csv-duplicate", "row " + row + " repeats a KPI and period",
                        row, String.valueOf(kpiId), periodEnd.toString());
            }
            out.add(new KpiActual(kpiId, periodEnd, value));
        }
        if (out.isEmpty()) {
            throw new MarketingInputInvalid("marketing.actual.csv-empty", "the file has no rows after the header");
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
