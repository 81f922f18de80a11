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

    private static TaxResult run(TaxRequest request) {
        return ENGINE.calculate(request, CHAINS.forJurisdiction(request.jurisdiction(), request.date()));
    }
}
