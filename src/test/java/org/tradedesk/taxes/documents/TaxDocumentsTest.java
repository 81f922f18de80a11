package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.columnHeaded;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.evaluate;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.pdfText;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.read;
import static org.tradedesk.taxes.documents.DocumentsTestSupport.rowLabelled;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.documents.TaxDocument.Line;
import org.tradedesk.taxes.documents.TaxDocument.Option;
import org.tradedesk.taxes.documents.TaxDocument.Step;
import org.tradedesk.taxes.documents.TaxDocument.Term;

class TaxDocumentsTest {

    static final Locale ZH = Locale.TRADITIONAL_CHINESE;

    final TaxDocuments documents = DocumentsTestSupport.documents();

    @Test
    void taiwanWorksheetFormulasReproduceThePublishedBmwAssessment() throws IOException {
        byte[] xlsx = documents.worksheetXlsx(TaxDocumentFixtures.taiwanBmwX5(ZH));
        save("tw-bmw-zh.xlsx", xlsx);
        try (XSSFWorkbook book = read(xlsx)) {
            assertThat(sheetNames(book)).containsExactly("摘要", "一般稅率(第一欄)", "資料版本與法令依據");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet option = book.getSheet("一般稅率(第一欄)");
            Row line = rowLabelled(option, 1, "Used BMW X5");
            // published by the court: duty 129,936, commodity tax 261,728, business tax 56,707
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "進口稅")))).isEqualTo(129936);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "貨物稅")))).isEqualTo(261728);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "營業稅")))).isEqualTo(56707);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "營業稅稅基")))).isEqualTo(742492 + 129936 + 261728);
            Row fee = rowLabelled(option, 1, "推廣貿易服務費");
            assertThat(evaluate(evaluator, fee.getCell(4))).isEqualTo(296);
            assertThat(fee.getCell(4).getCellFormula()).contains("ROUNDDOWN").contains("<=100");

            Sheet summary = book.getSheet("摘要");
            Row general = rowLabelled(summary, 0, "一般稅率(第一欄)");
            assertThat(evaluate(evaluator, general.getCell(1))).isEqualTo(448667);
            assertThat(general.getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluate(evaluator, general.getCell(3))).as("formula total minus engine total").isZero();
            assertThat(summary.getRow(7).getCell(1).getStringCellValue()).isEqualTo("應納稅費合計");
            // issue 6: one language per document as asked, no English header row under the Chinese one
            for (Sheet sheet : book) {
                assertThat(T1ReviewTestSupport.text(sheet)).as(sheet.getSheetName())
                        .doesNotContain("Duties and taxes payable", "Reference data");
            }
        }
    }

    @Test
    void formulasRecomputeWhenTheCoordinatorChangesARate() throws IOException {
        try (XSSFWorkbook book = read(documents.worksheetXlsx(TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH)))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet option = book.getSheet("General rate (column 1)");
            Row line = rowLabelled(option, 1, "Used BMW X5");
            line.getCell(columnHeaded(option, "Import duty rate")).setCellValue(0.0);
            // without duty, by hand: CT = floor(742,492 × 30 %) = 222,747; VAT = floor(965,239 × 5 %) = 48,261;
            // fee unchanged 296; total 271,304
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "Commodity tax")))).isEqualTo(222747);
            Row total = rowLabelled(book.getSheet("Summary"), 0, "General rate (column 1)");
            assertThat(evaluate(evaluator, total.getCell(1))).isEqualTo(271304);
        }
    }

    @Test
    void taiwanAntiDumpingEntersTheBusinessTaxBase() throws IOException {
        try (XSSFWorkbook book = read(documents.worksheetXlsx(TaxDocumentFixtures.taiwanShoesWithAntiDumping(Locale.ENGLISH)))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet option = book.getSheet("General rate");
            Row line = rowLabelled(option, 1, "Footwear");
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "Import duty")))).isEqualTo(151412);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(option, "Business tax")))).isEqualTo(150186);
            assertThat(evaluate(evaluator, rowLabelled(option, 1, "Trade promotion service fee").getCell(4))).isEqualTo(807);
            // published total 1,135,893
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "General rate").getCell(1))).isEqualTo(1135893);
        }
    }

    @Test
    void australianWorksheetHasOneSheetPerOptionAndMatchesThePublishedFigures() throws IOException {
        byte[] xlsx = documents.worksheetXlsx(TaxDocumentFixtures.australianAmplifier(Locale.ENGLISH));
        save("au-amplifier-en.xlsx", xlsx);
        try (XSSFWorkbook book = read(xlsx)) {
            assertThat(sheetNames(book)).containsExactly("Summary", "General rate", "AUSFTA preference", "Data versions and law");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Sheet general = book.getSheet("General rate");
            Row line = rowLabelled(general, 1, "Electric sound amplifier");
            // published: customs value A$1,400, duty 70, VoTI 1,600, GST 160
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(general, "Customs value")))).isEqualTo(1400.00);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(general, "Customs duty")))).isEqualTo(70.00);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(general, "Value of the taxable importation")))).isEqualTo(1600.00);
            assertThat(evaluate(evaluator, line.getCell(columnHeaded(general, "GST")))).isEqualTo(160.00);
            assertThat(line.getCell(columnHeaded(general, "GST")).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            Sheet summary = book.getSheet("Summary");
            Row gen = rowLabelled(summary, 0, "General rate");
            Row fta = rowLabelled(summary, 0, "AUSFTA preference");
            assertThat(evaluate(evaluator, gen.getCell(1))).isEqualTo(230.00);
            // by hand: VoTI 1,400 + 0 + 130 = 1,530; GST 153.00; duty 0
            assertThat(evaluate(evaluator, fta.getCell(1))).isEqualTo(153.00);
            assertThat(evaluate(evaluator, fta.getCell(4))).as("difference from the first option").isEqualTo(-77.00);
            // t1fixI 9: the difference is rounded to the totals' decimals, not stored as a binary remainder
            assertThat(fta.getCell(4).getCellFormula()).startsWith("ROUND(").endsWith(",2)");
            assertThat(fta.getCell(3).getCellFormula()).startsWith("ROUND(");
            assertThat(fta.getCell(5).getStringCellValue()).isEqualTo("✔");
            assertThat(fta.getCell(6).getStringCellValue()).isEqualTo("Proof of US origin required");

            Sheet sources = book.getSheet("Data versions and law");
            assertThat(rowLabelled(sources, 0, "Australian Customs Tariff").getCell(1).getStringCellValue()).isEqualTo("2014-01");
            assertThat(rowLabelled(sources, 0, "GST").getCell(3).getStringCellValue()).isEqualTo("GST Act s13-20");
        }
    }

    @Test
    void aFigureTheSheetCannotRebuildIsShownAsTheEngineValueAndSaidSo() throws IOException {
        TaxDocument base = TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH);
        Option option = base.options().get(0);
        Line line = option.lines().get(0);
        Step duty = line.steps().get(0);
        Step whicheverHigher = new Step(duty.code(), duty.label(), duty.terms(), null, duty.rate(), true,
                "17.5% or NT$ 30,000/unit, whichever is higher", duty.rounding(), null, true, false,
                duty.engineBase(), new BigDecimal("129936"), duty.legalReference());
        Line changed = new Line(1, line.description(), line.tariffCode(), line.origin(), line.inputs(),
                List.of(whicheverHigher, line.steps().get(1), line.steps().get(2)));
        TaxDocument doc = withOptions(base, List.of(new Option(option.code(), option.name(), option.requirements(),
                List.of(changed), option.shipmentSteps(), option.engineTotal())));
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            Sheet sheet = book.getSheet("General rate (column 1)");
            Cell cell = rowLabelled(sheet, 1, "Used BMW").getCell(columnHeaded(sheet, "Import duty"));
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(129936);
            assertThat(rowLabelled(book.getSheet("Data versions and law"), 0, "Import duty").getCell(3).getStringCellValue())
                    .contains("computed by the engine from 17.5% or NT$ 30,000/unit, whichever is higher");
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluate(evaluator, rowLabelled(book.getSheet("Summary"), 0, "General rate").getCell(1))).isEqualTo(448667);
        }
    }

    @Test
    void worksheetPdfIsInTheClientsLanguage() throws IOException {
        byte[] zh = documents.worksheetPdf(TaxDocumentFixtures.taiwanBmwX5(ZH));
        save("tw-bmw-worksheet-zh.pdf", zh);
        String text = pdfText(zh);
        assertThat(text).contains("進口稅費試算表", "推廣貿易服務費", "營業稅", "貨物稅", "應納稅費合計（TWD）", "448,667", "56,707", "台中汽車貿易有限公司",
                "2018/03/01", "海關進口稅則");
        String en = pdfText(documents.worksheetPdf(TaxDocumentFixtures.australianAmplifier(Locale.ENGLISH)));
        assertThat(en).contains("Import duty and tax worksheet", "AUSFTA preference", "Duties and taxes payable (AUD) 230.00",
                "Duties and taxes payable (AUD) 153.00", "3 Feb 2014");
    }

    @Test
    void adviceLetterInChineseGivesResultRecommendationConditionsRisksAndVersions() throws IOException {
        byte[] pdf = documents.adviceLetterPdf(TaxDocumentFixtures.australianAmplifier(ZH));
        save("au-amplifier-letter-zh.pdf", pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("進口稅費商業建議書", "Sydney Sound Pty Ltd 您好", "建議採用：澳美自由貿易協定優惠。應納稅費合計 AUD 153.00。",
                "較一般稅率節省 AUD 77.00。", "需有美國原產地證明", "Customs Act s243T", "澳洲關稅表", "2014-01", "商品及服務稅");
    }

    @Test
    void adviceLetterInEnglish() throws IOException {
        byte[] pdf = documents.adviceLetterPdf(TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH));
        save("tw-bmw-letter-en.pdf", pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Duty and tax advice", "Dear 台中汽車貿易有限公司,",
                "We recommend: General rate (column 1). Duties and taxes payable: TWD 448,667.",
                "Trade promotion service fee", "Misdeclaration", "Customs Import Tariff of the ROC", "TW-2018.1")
                .doesNotContain("less than under");
        assertThat(documents.adviceLetterHtml(TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH))).contains("lang=\"en\"");
    }

    @Test
    void aThousandLineInvoiceTotalsTheSameInFormulasAsInBigDecimal() throws IOException {
        TaxDocument doc = TaxDocumentFixtures.largeTaiwanInvoice(1000);
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            Row summary = rowLabelled(book.getSheet("摘要"), 0, "一般稅率");
            assertThat(BigDecimal.valueOf(evaluate(evaluator, summary.getCell(1))))
                    .isEqualByComparingTo(doc.options().get(0).engineTotal());
            assertThat(book.getSheet("一般稅率").getLastRowNum()).isGreaterThan(1000);
        }
    }

    @Test
    void refusesAStepWhoseBaseNamesNothingKnown() {
        TaxDocument base = TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH);
        Option option = base.options().get(0);
        Step broken = new Step("VAT", LocalizedText.of("營業稅", "VAT"), List.of(Term.plus("CIF")), null, new BigDecimal("0.05"), true,
                "5%", RoundingRule.TRUNCATE_WHOLE, null, true, true, null, BigDecimal.ONE, null);
        Line line = new Line(7, "x", null, null, Map.of("CV", BigDecimal.TEN), List.of(broken));
        assertThatThrownBy(() -> withOptions(base, List.of(new Option("GENERAL", option.name(), List.of(), List.of(line), List.of(), BigDecimal.ONE))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("option GENERAL line 7 step VAT")
                .hasMessageContaining("term CIF");
    }

    @Test
    void documentsReadASavedTextAsThePageDoesThroughTheStoredMessageUpgrades() throws IOException {
        TaxDocument base = TaxDocumentFixtures.taiwanBmwX5(Locale.ENGLISH);
        org.tradedesk.shared.MessageText stored = org.tradedesk.shared.MessageText.of("taxes.text.asGiven",
                org.tradedesk.shared.MessageText.Arg.literal("stored-before-upgrade"));
        TaxDocument.DataVersion version = new TaxDocument.DataVersion(LocalizedText.of("資料", "data"), "v1", null, null, null, null, stored);
        TaxDocument doc = new TaxDocument(base.reference(), base.clientName(), base.language(), base.jurisdiction(), base.date(),
                base.currency(), base.amountDecimals(), base.inputs(), base.options(), base.recommended().code(), List.of(version),
                base.advice());
        TaxDocuments documents = DocumentsTestSupport.documents(m -> m.equals(stored)
                ? org.tradedesk.shared.MessageText.of("taxes.text.asGiven", org.tradedesk.shared.MessageText.Arg.literal("read-as-today"))
                : m);
        assertThat(documents.adviceLetterHtml(doc)).contains("read-as-today").doesNotContain("stored-before-upgrade");
        try (XSSFWorkbook book = read(documents.worksheetXlsx(doc))) {
            StringBuilder cells = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|'))));
            assertThat(cells).contains("read-as-today").doesNotContain("stored-before-upgrade");
        }
    }

    private static TaxDocument withOptions(TaxDocument d, List<Option> options) {
        return new TaxDocument(d.reference(), d.clientName(), d.language(), d.jurisdiction(), d.date(), d.currency(),
                d.amountDecimals(), d.inputs(), options, options.get(0).code(), d.dataVersions(), d.advice());
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return java.util.stream.IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    private static void save(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target/documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
