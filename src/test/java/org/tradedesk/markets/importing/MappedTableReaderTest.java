package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.ColumnMapping;
import org.tradedesk.markets.Flow;
import org.tradedesk.markets.Frequency;
import org.tradedesk.markets.Rejection;
import org.tradedesk.markets.TradeFileRefused;
import org.tradedesk.markets.TradeRow;

/**
 * The generic table reader on real files. Oracle: the format's own reader on the same file — the legacy Comtrade
 * extract (India–China 2010, 8,739 rows) read with a mapping must give the rows the legacy reader gives (value, flow,
 * product, partner, year); the Comtrade API CSV (China's imports from the USA, 173 rows) written into an XLSX with its
 * values as spreadsheet numbers, and into a European CSV (semicolon, 1.234,5), must give the v1 reader's values.
 */
class MappedTableReaderTest {

    static byte[] file(String name) throws Exception {
        try (InputStream in = MappedTableReaderTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    record Read(List<TradeRow> rows, List<Rejection> rejected, TradeFileReader.Outcome outcome) {
    }

    static RowSink into(List<TradeRow> rows, List<Rejection> rejected) {
        return new RowSink() {
            @Override
            public void row(TradeRow row) {
                rows.add(row);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
            }
        };
    }

    static Read mapped(byte[] bytes, ColumnMapping m) {
        List<TradeRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        TradeFileReader.Outcome o = MappedTableReader.read(new ByteArrayInputStream(bytes), m, into(rows, rejected), null);
        return new Read(rows, rejected, o);
    }

    static Read known(byte[] bytes) {
        List<TradeRow> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        TradeFileReader.Outcome o = TradeFileReader.read(new ByteArrayInputStream(bytes), bytes.length, null, into(rows, rejected), null);
        return new Read(rows, rejected, o);
    }

    static String key(TradeRow r) {
        return r.reporterCode() + "|" + r.partnerCode() + "|" + r.flow() + "|" + r.productCode() + "|" + r.year() + "|"
                + r.valueUsd().stripTrailingZeros().toPlainString();
    }

    static final ColumnMapping LEGACY = new ColumnMapping("legacy", 1, "Reporter Code", "Partner Code", "Commodity Code", "Year",
            "Trade Flow Code", "Value", "Supplementary Quantity", "Quantity Unit Code", ".", "none");

    @Test
    void theLegacyExtractReadWithAMappingGivesTheLegacyReadersRows() throws Exception {
        byte[] bytes = file("comtrade_legacy_IND_CHN_H3_2010.csv");
        Read mapped = mapped(bytes, LEGACY);
        Read legacy = known(bytes);
        assertThat(mapped.outcome().rowsRead()).isEqualTo(legacy.outcome().rowsRead()).isEqualTo(8739); // 8,741 lines after the header, two of them blank
        assertThat(mapped.rows().stream().map(MappedTableReaderTest::key).toList())
                .containsExactlyInAnyOrderElementsOf(legacy.rows().stream().map(MappedTableReaderTest::key).toList());
        TradeRow first = mapped.rows().get(0);
        assertThat(first.reporterIso3()).isEqualTo("IND");
        assertThat(first.flow()).isEqualTo(Flow.X); // Trade Flow Code 2 = export
        assertThat(first.frequency()).isEqualTo(Frequency.A);
    }

    /** The API CSV's rows with the columns a statistics office might give: reporter ISO3, partner, period, value... */
    static List<List<String>> apiRows() throws Exception {
        String csv = new String(file("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv"), StandardCharsets.UTF_8);
        List<List<String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            if (!"0".equals(r.get("partner2Code")) || !"0".equals(r.get("motCode").strip()) || !"C00".equals(r.get("customsCode"))) {
                continue; // the totals only: a table of one's own holds no breakdowns
            }
            out.add(List.of("CHN", r.get("partnerCode"), r.get("cmdCode"), r.get("refYear"), "Import", r.get("primaryValue")));
        }
        return out;
    }

    static final List<String> HEADER = List.of("Country", "Partner", "HS", "Year", "Direction", "Trade value (USD)");

    static ColumnMapping own(int headerRow, String decimal, String thousands) {
        return new ColumnMapping("own", headerRow, "Country", "Partner", "HS", "Year", "Direction", "Trade value (USD)", null, null, decimal,
                thousands);
    }

    @Test
    void anXlsxWithSpreadsheetNumbersAndAEuropeanCsvGiveTheV1ReadersValues() throws Exception {
        List<List<String>> rows = apiRows();
        assertThat(rows).hasSize(15); // 2010–2024, one total a year
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("data");
            sheet.createRow(0).createCell(0).setCellValue("China imports of ICs from the USA (a title line above the header)");
            Row h = sheet.createRow(2);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row x = sheet.createRow(3 + r);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (i == 3 || i == 5) {
                        x.createCell(i).setCellValue(Double.parseDouble(cells.get(i)));
                    } else {
                        x.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            book.write(xlsx);
        }
        Read fromXlsx = mapped(xlsx.toByteArray(), own(3, ".", "none"));
        assertThat(fromXlsx.rejected()).isEmpty();
        assertThat(fromXlsx.outcome().encoding()).isEqualTo("XLSX");

        StringBuilder euro = new StringBuilder(String.join(";", HEADER)).append("\r\n");
        for (List<String> r : rows) {
            // 7903767147.0 → 7.903.767.147,0
            BigDecimal v = new BigDecimal(r.get(5));
            String text = String.format(java.util.Locale.GERMANY, "%,.1f", v);
            euro.append(String.join(";", r.subList(0, 5))).append(';').append(text).append("\r\n");
        }
        assertThat(euro.toString()).contains("7.903.767.147,0");
        Read fromCsv = mapped(euro.toString().getBytes(StandardCharsets.UTF_8), own(1, ",", "."));
        assertThat(fromCsv.rejected()).isEmpty();

        Read v1 = known(file("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv"));
        List<String> expected = v1.rows().stream().filter(r -> !r.breakdown()).map(MappedTableReaderTest::key).toList();
        assertThat(expected).hasSize(15).contains("156|842|M|8542|2010|7903767147");
        assertThat(fromXlsx.rows().stream().map(MappedTableReaderTest::key).toList()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fromCsv.rows().stream().map(MappedTableReaderTest::key).toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBadRowIsRejectedNamingItsRowAndColumnAndAMissingColumnRefusesTheFile() {
        String csv = String.join(",", HEADER) + "\n"
                + "CHN,842,8542,2019,Import,13571791401\n"
                + "CHN,842,8542,2020,Import,abc\n"        // row 3: value not a number
                + "CHN,842,8542,2021,Re-export,100\n"     // row 4: no such flow
                + "China,842,8542,2021,Import,100\n"      // row 5: a name, not a code
                + "CHN,0,8542,2019-13,Export,5\n"         // row 6: month 13
                + "CHN,World,8542,2019-03,Export,1.234.567\n"; // with thousands "none" and "." decimal: not a number
        Read r = mapped(csv.getBytes(StandardCharsets.UTF_8), own(1, ".", "none"));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rejected()).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(r.rejected().get(0).code()).isEqualTo("markets.reject.number");
        assertThat(r.rejected().get(0).detail()).isEqualTo("Trade value (USD) (F) = \"abc\"");
        assertThat(r.rejected().get(1).detail()).isEqualTo("Direction (E) = \"Re-export\"");
        assertThat(r.rejected().get(2).code()).isEqualTo("markets.reject.country");
        assertThat(r.rejected().get(3).code()).isEqualTo("markets.reject.month");

        ColumnMapping wrong = new ColumnMapping("wrong", 1, "Country", "Partner", "HS", "Period", "Direction", "Trade value (USD)", null, null,
                ".", "none");
        assertThatThrownBy(() -> mapped(csv.getBytes(StandardCharsets.UTF_8), wrong)).isInstanceOf(TradeFileRefused.class)
                .satisfies(e -> {
                    assertThat(((TradeFileRefused) e).line()).isEqualTo(1);
                    assertThat(((TradeFileRefused) e).messageCode()).isEqualTo("markets.import.missing-column");
                });
    }

    /**
     * Review M4: a title line (with commas, no semicolons) above a {@code ;}-delimited header on row 2 — the delimiter is
     * counted on row 2, so the preview shows the 3 columns (by hand: "Reporter;Year;Value" has 2 semicolons, 0 commas).
     * A PNG is refused as not text, not read as "CSV, Big5". Review M5: a quantity column without a unit column is kept.
     */
    @Test
    void theDelimiterIsCountedOnTheHeaderRowAndABinaryFileIsRefused() {
        String csv = "Imports of wine, Australia, 2019-2021, US dollars\nReporter;Partner;HS;Year;Flow;Value;Qty\n"
                + "AUS;TWN;220421;2019;M;1234,5;100\n";
        MappedTableReader.Preview p = MappedTableReader.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 2, 10);
        assertThat(p.headers()).containsExactly("Reporter", "Partner", "HS", "Year", "Flow", "Value", "Qty");
        assertThat(p.encoding()).endsWith(", ;");
        assertThat(p.rows()).hasSize(1);

        ColumnMapping m = new ColumnMapping("semi", 2, "Reporter", "Partner", "HS", "Year", "Flow", "Value", "Qty", null, ",", "none");
        Read r = mapped(csv.getBytes(StandardCharsets.UTF_8), m);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).valueUsd()).isEqualByComparingTo("1234.5");
        assertThat(r.rows().get(0).quantity()).isEqualTo(100.0);
        assertThat(r.rows().get(0).quantityUnit()).isNull();

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> MappedTableReader.preview(new ByteArrayInputStream(png), 1, 10)).isInstanceOf(TradeFileRefused.class)
                .satisfies(e -> assertThat(((TradeFileRefused) e).messageCode()).isEqualTo("markets.mapping.not-text"));
    }

    /** Review of issue 9: Partner left at "— none: World —" (no partner column) crashed every import; rows go to the World (0). */
    @Test
    void noPartnerColumnPutsEveryRowOnTheWorld() {
        byte[] csv = "Reporter,HS,Year,Flow,Value\nUSA,854231,2024,M,1000\nCHN,854231,2024,X,250.5\n".getBytes(StandardCharsets.UTF_8);
        Read r = mapped(csv, new ColumnMapping("no partner", 1, "Reporter", null, "HS", "Year", "Flow", "Value", null, null, ".", "none"));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.rows()).extracting(MappedTableReaderTest::key)
                .containsExactly("842|0|M|854231|2024|1000", "156|0|X|854231|2024|250.5");
    }

    /**
     * Review t2fixF: a Latin-1 semicolon CSV was previewed as "CSV, Big5, ;" with "L鄚der"; one detection for every reader
     * (TradeFileEncoding) reads it as windows-1252, and the GA30 Big5 file still as Big5, in the preview and in the reader.
     */
    @Test
    void aLatin1CsvIsWindows1252AndABig5CsvIsBig5() throws Exception {
        byte[] latin1 = file("review/destatis_like_exports_8542_latin1.csv");
        assertThat(latin1[1] & 0xFF).isEqualTo(0xE4); // "ä" as one ISO-8859-1 byte: a real Latin-1 file
        MappedTableReader.Preview p = MappedTableReader.preview(new ByteArrayInputStream(latin1), 1, 10);
        assertThat(p.encoding()).isEqualTo("windows-1252, ;");
        assertThat(p.headers()).containsExactly("Länder", "Jahr", "Warenverzeichnis", "Ausfuhr: Wert (Tsd. EUR)");
        assertThat(p.rows()).extracting(r -> r.get(0)).containsExactly("Österreich", "Österreich", "Vereinigtes Königreich",
                "Vereinigtes Königreich", "Französisch-Polynesien", "Türkei");

        byte[] big5 = file("tw_customs_GA30_exports_HS8542_2013_2025.big5.csv");
        MappedTableReader.Preview b = MappedTableReader.preview(new ByteArrayInputStream(big5), 1, 3);
        assertThat(b.encoding()).isEqualTo("Big5, ,");
        assertThat(b.headers()).containsExactly("進出口別", "日期", "貨品號列", "中文貨名", "英文貨名", "美元(千元)");
        assertThat(b.rows().get(0).get(0)).isEqualTo("出口總值(含復出口)");

        assertThat(TradeFileEncoding.of(latin1).encoding()).isEqualTo("windows-1252");
        assertThat(TradeFileEncoding.of(big5).encoding()).isEqualTo("Big5");
        // two Chinese words alone (the case that made the platform detector prefer valid Big5) stay Big5
        assertThat(TradeFileEncoding.of("出口,日期\n".getBytes("x-windows-950")).text()).isEqualTo("出口,日期\n");
    }
}
