package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.TaxInputInvalid;

/** The invoice file reader and the measures text, without Spring. */
class InvoiceFileTest {

    @Test
    void csvKeepsQuotedCommasQuotesAndLineBreaks() {
        List<List<String>> rows = InvoiceFile.csv("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",3".getBytes(StandardCharsets.UTF_8));
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "3"));
    }

    @Test
    void anUnclosedQuoteIsAProblemOfTheFile() {
        InvoiceFile.Parsed parsed = InvoiceFile.read("x.csv", "description,value\n\"open,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isZero();
            assertThat(p.message().code()).isEqualTo("taxes.batch.reason.csv-malformed");
        });
    }

    @Test
    void theLineOfAnUnclosedQuoteIsNeverGrouped() {
        // issue 9 minor, same fix as the markets' upload messages: "line 1235", never "line 1,235"
        String csv = "description,value\n" + "a,1\n".repeat(1233) + "\"open,1\n";
        InvoiceFile.Parsed parsed = InvoiceFile.read("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(org.tradedesk.taxes.EngineTexts.en(p.message())).endsWith("(the row starting in line 1235)");
            assertThat(org.tradedesk.taxes.EngineTexts.zh(p.message())).contains("第 1235 行").doesNotContain("1,235");
        });
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemSkippingBlankRows() {
        InvoiceFile.Parsed parsed = InvoiceFile.read("x.csv",
                "Description,VALUE,origin\nA,1,us\n,,\nB,2.5,DE\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).containsExactly(2, 4);
        assertThat(parsed.lines().get(0).origin()).isEqualTo("US");
        assertThat(parsed.lines().get(1).value()).isEqualByComparingTo("2.5");
    }

    @Test
    void measuresTextIsReadAsKeyExpressionPairs() {
        assertThat(MeasuresText.parse("duty=17.5%; commodityTax = 30%\nexciseEquivalent=57.79 AUD/LAL"))
                .containsEntry("duty", "17.5%").containsEntry("commodityTax", "30%").containsEntry("exciseEquivalent", "57.79 AUD/LAL");
        assertThat(MeasuresText.parse("  ")).isEmpty();
        assertThatThrownBy(() -> MeasuresText.parse("duty 5%")).isInstanceOf(TaxInputInvalid.class).hasMessageContaining("key=expression");
    }

    /** Issue 6 §1: the retail price a "% retail price" duty needs is a batch column too. */
    @Test
    void theRetailPriceColumnReachesTheRequest() {
        InvoiceFile.Parsed parsed = InvoiceFile.read("x.csv",
                "description,value,quantity,unit,retailPrice\ncigarettes,300,1000,No,\"1,000\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines().get(0).retailPrice()).isEqualByComparingTo("1000");
        QuotationForm form = QuotationForm.blank("", "UK", java.time.LocalDate.of(2024, 1, 2)).withLines(parsed.lines());
        assertThat(form.toRequest().lines().get(0).retailPrice()).isEqualByComparingTo("1000");
    }

    /** Issue 6 §1: a small producer's annual production (Small Producer Relief) is a batch column too. */
    @Test
    void theAnnualProductionColumnReachesTheRequest() {
        InvoiceFile.Parsed parsed = InvoiceFile.read("x.csv",
                "description,value,litres,alcoholByVolume,annualProductionHl\nbeer,1000,1000,3,\"1,250.5\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        QuotationForm form = QuotationForm.blank("", "UK", java.time.LocalDate.of(2026, 6, 1)).withLines(parsed.lines());
        assertThat(form.toRequest().lines().get(0).annualProductionHl()).isEqualByComparingTo("1250.5");
        assertThat(InvoiceFile.read("x.csv", "description,value,annualProductionHl\nbeer,1000,lots\n".getBytes(StandardCharsets.UTF_8))
                .problems()).singleElement().satisfies(p -> assertThat(p.message().code()).isEqualTo("taxes.batch.reason.not-a-number"));
    }

    @Test
    void aBadMeasureIsNamedAtItsLine() {
        QuotationForm form = QuotationForm.blank("", "TW", java.time.LocalDate.of(2026, 1, 5)).withLines(List.of(
                QuotationForm.LineForm.blank(), new QuotationForm.LineForm("B", "", "", java.math.BigDecimal.ONE, null, "", null, null,
                        null, "duty", "", "", "", "", null)));
        assertThatThrownBy(form::toRequest).isInstanceOfSatisfying(TaxInputInvalid.class,
                e -> assertThat(e.field()).isEqualTo("lines[1].measures"));
    }

    /** Issue 6: a Big5 invoice (written by Python's Big5 codec) read as UTF-8 gave mojibake without a word. */
    @Test
    void aBig5InvoiceKeepsItsChineseDescriptionsAndSaysHowItWasRead() throws java.io.IOException {
        byte[] big5;
        try (java.io.InputStream in = InvoiceFileTest.class.getResourceAsStream("/uploads/invoice-big5.csv")) {
            big5 = in.readAllBytes();
        }
        InvoiceFile.Parsed parsed = InvoiceFile.read("發票.csv", big5);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.encoding()).isEqualTo("Big5");
        assertThat(parsed.lines()).extracting(QuotationForm.LineForm::description).containsExactly("凍頂烏龍茶（半發酵，真空包裝）",
                "碧螺春綠茶，小包裝", "不鏽鋼炒鍋（直徑三十二公分）", "陶瓷茶具組（一壺四杯）", "電動咖啡研磨機");
        assertThat(parsed.lines().get(4).unit()).isEqualTo("台");
        assertThat(InvoiceFile.read("x.csv", "description,value\nA,1\n".getBytes(StandardCharsets.UTF_8)).encoding()).isEqualTo("UTF-8");
    }

    /**
     * A long calculation copied through the batch upload: what a line holds without a column of the invoice file is
     * named, line by line, in the reader's language (the page said every line was kept while these were dropped silently).
     */
    @Test
    void whatTheInvoiceFileCannotCarryIsNamedPerLine() {
        java.math.BigDecimal ten = java.math.BigDecimal.TEN;
        var plain = new org.tradedesk.taxes.TaxRequestLine("Plain", "8708.99", "DE", ten, null, null, null, null, null, null, null,
                null, java.util.Map.of("duty", "5%"), List.of(new org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest("OWN", null, "1%", null)),
                null, null, null);
        var rich = new org.tradedesk.taxes.TaxRequestLine("Juice", "2009.89", "AU", ten, null, null, null, null, null,
                new java.math.BigDecimal("12"), Boolean.TRUE, "ANZCERTA", java.util.Map.of(), List.of(
                        new org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest("FTA", null, "0%", "certificate of origin"),
                        new org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest("TCO", null, null, null, "1864894"),
                        new org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest("OWN", null, "2%", null)),
                new java.math.BigDecimal("15"), null, null);
        var dropped = InvoiceFile.notCarried(List.of(plain, rich));
        assertThat(dropped.stream().map(org.tradedesk.taxes.EngineTexts::en)).containsExactly(
                "line 2, duty options after the first: 2", "line 2, What it requires", "line 2, Option the line's result uses",
                "line 2, Sucrose content %", "line 2, Total soluble solids %", "line 2, Fuel-efficient car");
        assertThat(dropped.stream().map(org.tradedesk.taxes.EngineTexts::zh)).containsExactly(
                "第 2 項 第一個以外之稅率方案：2 個", "第 2 項 適用條件", "第 2 項 該項試算採用之方案", "第 2 項 蔗糖含量 %",
                "第 2 項 可溶性固形物含量 %", "第 2 項 節能車");
        // what the file carries is not named: the first option's scheme, duty and reference, the measures
        assertThat(InvoiceFile.notCarried(List.of(plain))).isEmpty();
    }

    /**
     * The lines file is opened in a spreadsheet and uploaded again: text a spreadsheet would run as a formula is written
     * behind an apostrophe (shown as text) and read back exactly; a negative number stays a number.
     */
    @Test
    void formulaLikeTextIsNeutralisedAndReadBackExactly() {
        List<String> texts = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "'=already quoted", "plain");
        List<QuotationForm.LineForm> lines = new java.util.ArrayList<>();
        for (String t : texts) {
            lines.add(new QuotationForm.LineForm(t, "", "", new java.math.BigDecimal("-5"), null, "", null, null, null, "", "", "",
                    "", t, null, null));
        }
        String csv = InvoiceFile.csv(lines);
        for (String row : csv.split("\r\n")) {
            for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(bare).as("no cell starts like a formula: %s", cell).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@");
                if (bare.startsWith("-")) {
                    assertThat(bare).as("only a number starts with a minus").isEqualTo("-5");
                }
            }
        }
        InvoiceFile.Parsed read = InvoiceFile.read("lines.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.lines().stream().map(QuotationForm.LineForm::description)).containsExactlyElementsOf(texts);
        assertThat(read.lines().stream().map(QuotationForm.LineForm::optionReference)).containsExactlyElementsOf(texts);
        assertThat(read.lines()).allSatisfy(l -> assertThat(l.value()).isEqualByComparingTo("-5"));
    }
}
