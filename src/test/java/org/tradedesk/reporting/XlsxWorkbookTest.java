package org.tradedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.RoundingRule;

class XlsxWorkbookTest {

    @Test
    void formulasRecomputeLineAndSheetTotalsAfterReadBack() throws IOException {
        XlsxWorkbook book = XlsxWorkbook.create();
        XlsxSheet lines = book.sheet("Lines 明細");
        lines.columnWidths(30, 10, 14, 16);
        XlsxRow header = lines.bilingualHeader(Locale.TRADITIONAL_CHINESE, List.of(
                LocalizedText.of("品名", "Goods"), LocalizedText.of("數量", "Quantity"),
                LocalizedText.of("單價", "Unit price"), LocalizedText.of("金額", "Amount")));
        lines.freezeRowsThrough(header.number());
        int first = lines.nextRowNumber();
        Object[][] data = {{"Speaker 喇叭", "12", "1234.56"}, {"Cable 線材", "250", "3.07"}, {"Amplifier 擴大機", "3", "18999.99"}};
        for (Object[] d : data) {
            XlsxRow r = lines.row().text((String) d[0]).number(new BigDecimal((String) d[1]), XlsxFormat.number(0))
                    .amount(new BigDecimal((String) d[2]), 2);
            r.formula("B" + r.number() + "*C" + r.number(), XlsxFormat.amount(2));
        }
        int last = lines.nextRowNumber() - 1;
        XlsxRow total = lines.row(XlsxEmphasis.TOTAL).text("合計 Total").at(3)
                .formula("SUM(" + XlsxSheet.range(3, first, last) + ")", XlsxFormat.amount(CurrencyCode.AUD));

        XlsxSheet summary = book.sheet("Summary");
        XlsxRow tax = summary.row().text("GST 10%")
                .formula(lines.absoluteRef(3, total.number()) + "*0.1", XlsxFormat.amount(2));
        summary.row().text("Grand total").formula(lines.absoluteRef(3, total.number()) + "+B" + tax.number(), XlsxFormat.amount(2));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()))) {
            FormulaEvaluator evaluator = read.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = read.getSheet("Lines 明細");
            // by hand: 12 × 1,234.56 = 14,814.72; 250 × 3.07 = 767.50; 3 × 18,999.99 = 56,999.97
            assertThat(value(evaluator, sheet, "D3")).isEqualTo(14814.72, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(value(evaluator, sheet, "D4")).isEqualTo(767.50, org.assertj.core.data.Offset.offset(1e-9));
            // 14,814.72 + 767.50 + 56,999.97 = 72,582.19; GST 7,258.219; grand total 79,840.409
            assertThat(value(evaluator, sheet, "D6")).isEqualTo(72582.19, org.assertj.core.data.Offset.offset(1e-9));
            Sheet sum = read.getSheet("Summary");
            assertThat(value(evaluator, sum, "B1")).isEqualTo(7258.219, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(value(evaluator, sum, "B2")).isEqualTo(79840.409, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(sum.getRow(0).getCell(1).getCellFormula()).isEqualTo("'Lines 明細'!$D$6*0.1");

            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("金額");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(5).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(30 * 256);
            assertThat(read.getForceFormulaRecalculation()).isTrue();
            // cached result written for viewers that do not calculate
            assertThat(sheet.getRow(5).getCell(3).getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(72582.19, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void roundingFormulasFollowTheLegalRuleNotTheBinaryDouble() throws IOException {
        // in doubles 0.29 × 100 = 28.999999999999996; the law (and BigDecimal) says 29
        assertThat(0.29 * 100).isLessThan(29.0);
        assertThat(evaluate(XlsxFormulas.rounded("0.29*100", RoundingRule.TRUNCATE_WHOLE))).isEqualTo(29.0);
        assertThat(evaluate(XlsxFormulas.rounded("1234567.89*0.05", RoundingRule.TRUNCATE_WHOLE))).isEqualTo(61728.0);
        assertThat(evaluate(XlsxFormulas.rounded("-7.5", RoundingRule.TRUNCATE_WHOLE))).isEqualTo(-7.0);
        assertThat(evaluate(XlsxFormulas.rounded("0", RoundingRule.TRUNCATE_WHOLE))).isEqualTo(0.0);
        // 1.005 is 1.00499999999999989... in binary; half-up to cents is 1.01 in decimal arithmetic
        assertThat(evaluate(XlsxFormulas.rounded("1.005", RoundingRule.NEAREST_CENT))).isEqualTo(1.01);
        assertThat(evaluate(XlsxFormulas.rounded("19.999", RoundingRule.TRUNCATE_CENT))).isEqualTo(19.99);
        assertThat(evaluate(XlsxFormulas.rounded("2.5", RoundingRule.parse("HALF_EVEN_0")))).isEqualTo(2.0);
        assertThat(evaluate(XlsxFormulas.rounded("3.5", RoundingRule.parse("HALF_EVEN_0")))).isEqualTo(4.0);
        assertThat(evaluate(XlsxFormulas.rounded("2.6", RoundingRule.parse("HALF_EVEN_0")))).isEqualTo(3.0);
        assertThat(evaluate(XlsxFormulas.rounded("2.345", RoundingRule.parse("HALF_EVEN_2")))).isEqualTo(2.34);
        assertThat(evaluate(XlsxFormulas.rounded("-2.5", RoundingRule.parse("FLOOR_0")))).isEqualTo(-3.0);
        assertThat(evaluate(XlsxFormulas.rounded("2-0.55", RoundingRule.parse("FLOOR_1")))).isEqualTo(1.4);
        assertThat(evaluate(XlsxFormulas.rounded("2.01", RoundingRule.parse("CEILING_0")))).isEqualTo(3.0);
        assertThat(XlsxFormulas.rounded("A1*B1", RoundingRule.NONE)).isEqualTo("A1*B1");
    }

    @Test
    void agreesWithBigDecimalTruncationOnManyProducts() throws IOException {
        // amounts with cents times tariff rates: the spreadsheet must truncate exactly like the engine
        XlsxWorkbook book = XlsxWorkbook.create();
        XlsxSheet sheet = book.sheet("Check");
        String[] rates = {"0.05", "0.075", "0.1", "0.0004", "0.29", "0.07"};
        List<BigDecimal[]> cases = new java.util.ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            BigDecimal amount = new BigDecimal(i * 137 + "." + String.format("%02d", (i * 7) % 100));
            BigDecimal rate = new BigDecimal(rates[i % rates.length]);
            cases.add(new BigDecimal[] {amount, rate});
            XlsxRow r = sheet.row().amount(amount, 2).number(rate, XlsxFormat.number(4));
            r.formula(XlsxFormulas.rounded("A" + r.number() + "*B" + r.number(), RoundingRule.TRUNCATE_WHOLE), XlsxFormat.amount(0));
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()))) {
            FormulaEvaluator evaluator = read.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < cases.size(); i++) {
                BigDecimal expected = RoundingRule.TRUNCATE_WHOLE.apply(cases.get(i)[0].multiply(cases.get(i)[1]));
                Cell cell = read.getSheet("Check").getRow(i).getCell(2);
                assertThat(BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()))
                        .as("row %d: %s × %s", i + 1, cases.get(i)[0], cases.get(i)[1])
                        .isEqualByComparingTo(expected);
            }
        }
    }

    @Test
    void refusesInvalidAndDuplicateSheetNames() {
        XlsxWorkbook book = XlsxWorkbook.create();
        book.sheet("Option A");
        assertThatThrownBy(() -> book.sheet("option a"))
                .isInstanceOf(ReportingException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> book.sheet("A/B"))
                .isInstanceOf(ReportingException.class).hasMessageContaining("sheet \"A/B\"");
        assertThatThrownBy(() -> book.sheet("x".repeat(32)))
                .isInstanceOf(ReportingException.class);
    }

    @Test
    void isWrittenOnlyOnce() {
        XlsxWorkbook book = XlsxWorkbook.create();
        book.sheet("One").row().text("x");
        assertThat(book.toBytes()).isNotEmpty();
        assertThatThrownBy(book::toBytes).isInstanceOf(ReportingException.class).hasMessageContaining("already written");
    }

    @Test
    void refusesABrokenFormulaNamingTheCell() {
        XlsxSheet sheet = XlsxWorkbook.create().sheet("Lines");
        XlsxRow row = sheet.row().text("x");
        assertThatThrownBy(() -> row.formula("SUM(A1:", XlsxFormat.amount(0)))
                .isInstanceOf(ReportingException.class)
                .hasMessageContaining("Lines!B1");
    }

    @Test
    void sharesStylesInsteadOfCreatingOnePerCell() throws IOException {
        XlsxWorkbook book = XlsxWorkbook.create();
        XlsxSheet sheet = book.sheet("Many");
        for (int i = 0; i < 2000; i++) {
            sheet.row().text("line " + i).amount(BigDecimal.valueOf(i), 2).percent(new BigDecimal("0.05"), 1);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()))) {
            assertThat(read.getNumCellStyles()).isLessThan(10);
            assertThat(read.getSheet("Many").getRow(1999).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    private static double value(FormulaEvaluator evaluator, Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        return evaluator.evaluate(sheet.getRow(r.getRow()).getCell(r.getCol())).getNumberValue();
    }

    private static double evaluate(String formula) throws IOException {
        XlsxWorkbook book = XlsxWorkbook.create();
        book.sheet("F").row().formula(formula, XlsxFormat.number(4));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()))) {
            return read.getCreationHelper().createFormulaEvaluator()
                    .evaluate(read.getSheet("F").getRow(0).getCell(0)).getNumberValue();
        }
    }
}
