package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.evaluate;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.read;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.rowLabelled;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.documents.TaxResultDocuments.Scenario;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/** The engine's own results, turned into worksheets whose formulas must land on the engine's totals. */
class TaxResultDocumentsTest {

    static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    final TaxDocuments documents = DocumentsTestSupport.documents();

    @Test
    void taiwanEngineResultRecomputesInTheWorksheet() throws IOException {
        TaxRequestLine line = new TaxRequestLine("used 2013 BMW X5 xDrive35i", "87032391", "US", new BigDecimal("742492"),
                BigDecimal.ONE, "No", null, null, null, null, null, null,
                Map.of("duty", "17.5%", "commodityTax", "30%"), null);
        TaxResult result = run(new TaxRequest("TW", LocalDate.of(2017, 6, 1), "TWD", Incoterm.CIF, null, null, null, null, null,
                null, null, null, List.of(line)));
        assertThat(result.total()).isEqualByComparingTo("448667"); // published by the court
        TaxDocument doc = TaxResultDocuments.from("T-1", "台中汽車", Locale.TRADITIONAL_CHINESE,
                List.of(new Scenario("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), result)), "GENERAL", null);
        assertThat(doc.options().get(0).lines().get(0).steps()).allMatch(TaxDocument.Step::formula);
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("摘要"), 0, "一般稅率").getCell(1))).isEqualTo(448667);
        }
    }

    /**
     * Issue 6: the worksheet names the pieces in the unit the tariff and the page name (個), not 件; t1fixH 2: the column is
     * headed 數量 and each cell says its unit after the figure (1000 個), not 數量（個） over lines of any unit.
     */
    @Test
    void theQuantityColumnIsHeadedByTheUnitTheTariffNames() throws IOException {
        TaxRequestLine line = new TaxRequestLine("bolts", "73181500", "JP", new BigDecimal("50000"), new BigDecimal("1000"), "No",
                null, null, null, null, null, null, Map.of("duty", "MAX(10%, 20 TWD/No)"), null);
        TaxRequest request = new TaxRequest("TW", LocalDate.of(2026, 3, 2), "TWD", Incoterm.CIF, null, null, null, null, null,
                null, null, null, List.of(line));
        TaxResult result = run(request);
        TaxDocument doc = TaxResultDocuments.from("T-3", "台中五金", Locale.TRADITIONAL_CHINESE,
                List.of(new Scenario("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), result)), "GENERAL", null,
                TaxResultDocuments.valuation(request, result, true));
        assertThat(doc.inputs()).extracting(c -> c.label().zhTw()).contains("數量").doesNotContain("數量（個）", "數量 (件)", "數量 (個)");
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("一般稅率");
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();
            org.apache.poi.ss.usermodel.Row header = null;
            int quantity = -1;
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    if (header == null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && c.getStringCellValue().startsWith("數量")) {
                        header = r;
                        quantity = c.getColumnIndex();
                    }
                }
            }
            assertThat(header).isNotNull();
            assertThat(header.getCell(quantity).toString()).isEqualTo("數量");
            org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(header.getRowNum() + 1).getCell(quantity);
            assertThat(cell.getNumericCellValue()).isEqualTo(1000);
            assertThat(shown.formatCellValue(cell)).isEqualTo("1000.0000 個");
        }
    }

    @Test
    void australianOptionsEachGetASheetThatRecomputesTheEngineTotal() throws IOException {
        TaxRequestLine line = new TaxRequestLine("electric sound amplifier", "85184000", "US", new BigDecimal("1274"), null, null,
                null, null, null, null, null, null, Map.of("duty", "5%"),
                List.of(new DutyOptionRequest("AUSFTA", "AUSFTA preference", "0%", "proof of US origin")));
        TaxRequest request = new TaxRequest("AU", LocalDate.of(2013, 1, 15), "USD", Incoterm.FOB, null, new BigDecimal("0.9100"),
                null, new BigDecimal("118.30"), null, null, null, null, List.of(line));
        TaxResult general = run(request);
        TaxResult fta = run(request.withLines(List.of(line.withScheme("AUSFTA"))));
        assertThat(general.total()).isEqualByComparingTo("230.00"); // published
        TaxDocument doc = TaxResultDocuments.from("A-1", "Sydney Sound", Locale.ENGLISH, List.of(
                new Scenario("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), general),
                new Scenario("AUSFTA", LocalizedText.of("澳美自由貿易協定", "AUSFTA preference"),
                        List.of(LocalizedText.of("美國原產地證明", "proof of US origin")), fta)), "AUSFTA", null);
        // duty 5 % / 0 % and GST 10 % on CV + duty + transport and insurance: all rebuilt by formulas
        assertThat(doc.options()).allSatisfy(o -> assertThat(o.lines().get(0).steps())
                .extracting(TaxDocument.Step::code).contains("DUTY", "GST"));
        assertThat(doc.options()).allSatisfy(o -> assertThat(o.lines().get(0).steps()).allMatch(TaxDocument.Step::formula));
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "General rate").getCell(1))).isEqualTo(230.00);
            assertThat(BigDecimal.valueOf(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "AUSFTA preference").getCell(1))))
                    .isEqualByComparingTo(fta.total());
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "AUSFTA preference").getCell(3))).isZero();
        }
    }

    @Test
    void customsValuesAreFormulasOverTheInvoiceSoAChangedRateOrPriceRecalculates() throws IOException {
        // two lines sharing freight and insurance by value, converted at NT$30.675 per US$1; the engine converts the
        // costs first and shares them to the cent, and the sheet takes those local shares as inputs
        TaxRequestLine shoes = new TaxRequestLine("leather shoes", "64039900", "VN", new BigDecimal("12345.67"), null, null,
                null, null, null, null, null, null, Map.of("duty", "10%"), null);
        TaxRequestLine bags = new TaxRequestLine("handbags", "42022100", "VN", new BigDecimal("8765.43"), null, null,
                null, null, null, null, null, null, Map.of("duty", "7.5%"), null);
        TaxRequest request = new TaxRequest("TW", LocalDate.of(2026, 3, 2), "USD", Incoterm.FOB, new BigDecimal("30.675"), null,
                null, new BigDecimal("1000"), new BigDecimal("55.55"), new BigDecimal("20"), null, null, List.of(shoes, bags));
        TaxResult result = run(request);
        TaxDocument doc = TaxResultDocuments.from("T-2", "Importer", Locale.ENGLISH,
                List.of(new Scenario("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), result)), "GENERAL", null,
                TaxResultDocuments.valuation(request, result, true));
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            var sheet = book.getSheet("General rate");
            int cv = DocumentsTestSupport.columnHeaded(sheet, "Customs value");
            for (TaxResult.LineResult line : result.lines()) {
                var cell = rowLabelled(sheet, 1, line.description()).getCell(cv);
                assertThat(cell.getCellFormula()).contains("$C$");
                assertThat(BigDecimal.valueOf(evaluate(evaluator, cell))).as("line " + line.line())
                        .isCloseTo(line.customsValue(), org.assertj.core.data.Offset.offset(new BigDecimal("0.0000001")));
            }
            var total = rowLabelled(book.getSheet("Summary"), 0, "General rate");
            assertThat(BigDecimal.valueOf(evaluate(evaluator, total.getCell(1)))).isEqualByComparingTo(result.total());
            assertThat(evaluate(evaluator, total.getCell(3))).isZero();

            // the rate doubled: each converted price doubles and the freight, insurance and other costs (typed in US$ under
            // the rate) are converted and shared again, as the engine does at that rate; the duties follow
            rowLabelled(sheet, 1, "Exchange rate").getCell(2).setCellValue(61.35);
            TaxResult doubled = run(new TaxRequest("TW", LocalDate.of(2026, 3, 2), "USD", Incoterm.FOB, new BigDecimal("61.35"), null,
                    null, new BigDecimal("1000"), new BigDecimal("55.55"), new BigDecimal("20"), null, null, List.of(shoes, bags)));
            var first = rowLabelled(sheet, 1, "leather shoes").getCell(cv);
            assertThat(BigDecimal.valueOf(evaluate(evaluator, first))).isCloseTo(doubled.lines().get(0).customsValue(),
                    org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
            assertThat(BigDecimal.valueOf(evaluate(evaluator, total.getCell(1)))).isEqualByComparingTo(doubled.total());
            assertThat(evaluate(evaluator, total.getCell(1))).isGreaterThan(result.total().doubleValue() * 1.8);
        }
    }

    @Test
    void australianCustomsValueDividesByTheForeignPerLocalRateAndKeepsTransportApart() throws IOException {
        TaxRequestLine line = new TaxRequestLine("electric sound amplifier", "85184000", "US", new BigDecimal("1274"), null, null,
                null, null, null, null, null, null, Map.of("duty", "5%"), null);
        TaxRequest request = new TaxRequest("AU", LocalDate.of(2013, 1, 15), "USD", Incoterm.FOB, null, new BigDecimal("0.9100"),
                null, new BigDecimal("118.30"), null, null, null, null, List.of(line));
        TaxResult result = run(request);
        TaxDocument doc = TaxResultDocuments.from("A-2", "Sydney Sound", Locale.ENGLISH,
                List.of(new Scenario("GENERAL", LocalizedText.of("一般稅率", "General rate"), List.of(), result)), "GENERAL", null,
                TaxResultDocuments.valuation(request, result, false));
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            var sheet = book.getSheet("General rate");
            var row = rowLabelled(sheet, 1, "electric sound amplifier");
            // published: US$1,274 ÷ 0.91 = A$1,400; transport and insurance US$118.30 ÷ 0.91 = A$130
            assertThat(evaluate(evaluator, row.getCell(DocumentsTestSupport.columnHeaded(sheet, "Customs value")))).isEqualTo(1400.0);
            assertThat(evaluate(evaluator, row.getCell(DocumentsTestSupport.columnHeaded(sheet, "Transport and insurance")))).isEqualTo(130.0);
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "General rate").getCell(1))).isEqualTo(230.00);
        }
    }

    private static TaxResult run(TaxRequest request) {
        return ENGINE.calculate(request, CHAINS.forJurisdiction(request.jurisdiction(), request.date()));
    }

    /** The data versions of a result saved before its sources were values, as the store now reads their English texts. */
    @Test
    void anOldRatesSourceAndDayAndAnUnreadReliefTextAreLabelledForTheReader() {
        java.time.LocalDate calculated = java.time.LocalDate.of(2026, 3, 5);
        org.tradedesk.shared.MessageText quote = org.tradedesk.shared.MessageText.of("taxes.dataVersion.quote",
                org.tradedesk.shared.MessageText.Arg.number(new BigDecimal("1.1")), org.tradedesk.shared.MessageText.Arg.literal("NZD"),
                org.tradedesk.shared.MessageText.Arg.literal("AUD"));
        org.tradedesk.shared.MessageText where = org.tradedesk.shared.MessageText.of("taxes.dataVersion.rate.from",
                org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.shared.MessageText.of("taxes.exchange-rate.row",
                        org.tradedesk.shared.MessageText.Arg.literal("RBA"), org.tradedesk.shared.MessageText.Arg.literal("12"))),
                org.tradedesk.shared.MessageText.Arg.date(java.time.LocalDate.of(2026, 3, 2)));
        org.tradedesk.shared.MessageText table = org.tradedesk.shared.MessageText.of("taxes.dataVersion.rate",
                org.tradedesk.shared.MessageText.Arg.message(quote), org.tradedesk.shared.MessageText.Arg.message(where));
        TaxDocument.DataVersion rate = TaxResultDocuments.dataVersion("exchangeRate.NZD", table, calculated);
        assertThat(rate.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
        assertThat(org.tradedesk.taxes.EngineTexts.en(rate.sourceText())).isEqualTo("rate table: RBA, row 12");
        assertThat(org.tradedesk.taxes.EngineTexts.zh(rate.versionText())).isEqualTo("1 AUD 兌 1.1 NZD（RBA，第 12 列，2026/03/02 起生效）");
        assertThat(TaxResultDocuments.savedQuote(table)).containsExactly("1.1", "NZD", "AUD");

        org.tradedesk.shared.MessageText given = org.tradedesk.shared.MessageText.of("taxes.dataVersion.rate.request",
                org.tradedesk.shared.MessageText.Arg.message(quote));
        TaxDocument.DataVersion request = TaxResultDocuments.dataVersion("exchangeRate.NZD", given, calculated);
        assertThat(request.effectiveFrom()).isEqualTo(calculated);
        assertThat(org.tradedesk.taxes.EngineTexts.en(request.sourceText())).isEqualTo("given in the request, for the calculation date");
        assertThat(TaxResultDocuments.savedQuote(given)).containsExactly("1.1", "NZD", "AUD");

        // a draught text in a form the store does not read: labelled by its line, not by the raw key
        TaxDocument.DataVersion draught = TaxResultDocuments.dataVersion("draught.line1", org.tradedesk.shared.MessageText.of(
                "taxes.text.asGiven", org.tradedesk.shared.MessageText.Arg.literal("beer (draught) from 2025-02-01")), calculated);
        assertThat(org.tradedesk.taxes.EngineTexts.en(draught.label())).isEqualTo("Draught rate of invoice line 1");
        assertThat(org.tradedesk.taxes.EngineTexts.zh(draught.label())).doesNotContain("draught.line");
        assertThat(draught.effectiveFrom()).isEqualTo(java.time.LocalDate.of(2025, 2, 1));
        TaxDocument.DataVersion spr = TaxResultDocuments.dataVersion("spr.line2", org.tradedesk.shared.MessageText.of(
                "taxes.text.asGiven", org.tradedesk.shared.MessageText.Arg.literal("cider SPR")), calculated);
        assertThat(org.tradedesk.taxes.EngineTexts.en(spr.label())).isEqualTo("Small Producer Relief table of invoice line 2");
    }
}
