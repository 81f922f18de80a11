package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * Issue 8: an error of a CSV/XLSX line list named the column by its internal name ("The value '12a' of unit_price is not
 * a number"), and a 41-digit unit price was "not a number". Now the column is named by the file's own header and by its
 * label in the reader's language, with the line (or sheet row); a number too long is a number out of range, with the bounds
 * of {@code platform.validation.Bounds} (15 digits before the decimal mark, 6 after).
 */
class LineListErrorsTest {

    private static final MessageTexts TEXTS;

    static {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TEXTS = new MessageTexts(bundles, new Formats(Clock.systemUTC()));
    }

    private static final String FORTY_ONE = "12345678901234567890123456789012345678901";

    private static UnreadableMessage refused(byte[] file, String name) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> InvoiceFormats.read(file, name));
        assertThat(t).isInstanceOf(UnreadableMessage.class);
        return (UnreadableMessage) t;
    }

    private static String en(UnreadableMessage e) {
        return TEXTS.render(e.reason(), Locale.ENGLISH);
    }

    private static String zh(UnreadableMessage e) {
        return TEXTS.render(e.reason(), Locale.TRADITIONAL_CHINESE);
    }

    @Test
    void aBadNumberNamesTheFilesHeaderTheLabelInTheReadersLanguageAndTheLine() {
        String csv = "Description,Qty,Unit Price (USD),Amount\nBolts,10,1.20,12.00\nNuts,5,12a,3.00\n";
        UnreadableMessage e = refused(csv.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(e.reason().code()).isEqualTo("clearance.linelist.value.invalid-number");
        assertThat(e.location()).isEqualTo("line 3, column 3");
        assertThat(en(e)).isEqualTo("line 3, column 'Unit Price (USD)' (Unit price): '12a' is not a number.")
                .doesNotContain("unit_price");
        assertThat(zh(e)).isEqualTo("第 3 行「Unit Price (USD)」欄（單價）：「12a」不是數字。");
        // a Chinese header, a negative quantity
        String chinese = "品名,數量,單價\n螺栓,-4,1.20\n";
        UnreadableMessage negative = refused(chinese.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(zh(negative)).isEqualTo("第 2 行「數量」欄（數量）：「-4」為負數：數量、重量、單價及金額應為 0 或以上。");
        assertThat(en(negative)).startsWith("line 2, column '數量' (Quantity): '-4' is negative");
        // a date and a count of packages
        UnreadableMessage date = refused("Description,Quantity,Invoice date\nBolts,1,2026-02-30\n".getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(zh(date)).isEqualTo("第 2 行「Invoice date」欄（發票日期）：「2026-02-30」不是日期（YYYY-MM-DD）。");
        UnreadableMessage line = refused("No,Description,Quantity\n1.5,Bolts,1\n".getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(en(line)).isEqualTo("line 2, column 'No' (Line number): '1.5' is not a whole number.");
        assertThat(zh(line)).isEqualTo("第 2 行「No」欄（項次）：「1.5」不是整數。");
    }

    @Test
    void aFortyOneDigitUnitPriceIsANumberOutOfRangeWithTheBounds() {
        String csv = "Description,Quantity,Unit price\nBolts,10,%s\n".formatted(FORTY_ONE);
        UnreadableMessage e = refused(csv.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(e.reason().code()).isEqualTo("clearance.linelist.value.out-of-range");
        assertThat(en(e)).isEqualTo("line 2, column 'Unit price' (Unit price): '" + FORTY_ONE
                + "' is a number out of range: at most 15 digits before the decimal mark and 6 after.").doesNotContain("not a number");
        assertThat(zh(e)).isEqualTo("第 2 行「Unit price」欄（單價）：「" + FORTY_ONE + "」為超出範圍的數字：整數最多 15 位，小數最多 6 位。");
        // 16 digits, one past the bound, likewise; 15 taken
        assertThat(refused("Description,Quantity,Unit price\nBolts,10,1234567890123456\n".getBytes(StandardCharsets.UTF_8), "l.csv")
                .reason().code()).isEqualTo("clearance.linelist.value.out-of-range");
        assertThat(InvoiceFormats.read("Description,Quantity,Unit price\nBolts,10,123456789012345\n".getBytes(StandardCharsets.UTF_8),
                "l.csv").lines().get(0).unitPrice()).isEqualByComparingTo("123456789012345");
        // in any other message a 41-digit figure is out of range too, not "not a number"
        assertThatThrownBy(() -> Values.decimal(FORTY_ONE, "PriceAmount", "/Invoice/cac:InvoiceLine[1]"))
                .isInstanceOfSatisfying(UnreadableMessage.class, x -> {
                    assertThat(x.reason().code()).isEqualTo("clearance.value.out-of-range");
                    assertThat(TEXTS.render(x.reason(), Locale.ENGLISH)).contains("out of range: at most 15 digits before the decimal mark and 6 after");
                });
    }

    @Test
    void anXlsxListNamesTheSheetRowHeaderAndLabel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Lines");
            String[][] rows = {{"品名", "數量", "單價"}, {"螺栓", "10", "1.2"}, {"螺帽", "5", FORTY_ONE}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        UnreadableMessage e = refused(out.toByteArray(), "lines.xlsx");
        assertThat(e.location()).isEqualTo("sheet Lines, row 3, column 3");
        assertThat(zh(e)).isEqualTo("工作表 Lines，第 3 列「單價」欄（單價）：「" + FORTY_ONE + "」為超出範圍的數字：整數最多 15 位，小數最多 6 位。");
        assertThat(en(e)).startsWith("sheet Lines, row 3, column '單價' (Unit price): '" + FORTY_ONE + "' is a number out of range");
    }

    @Test
    void aMissingColumnIsNamedByItsLabelInTheReadersLanguage() {
        UnreadableMessage e = refused("Description,Amount\nBolts,12\n".getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(e.reason().code()).isEqualTo("clearance.linelist.missing-column");
        assertThat(zh(e)).startsWith("明細表缺少 數量 欄").doesNotContain("quantity");
        assertThat(en(e)).startsWith("The line list has no Quantity column");
    }

    /**
     * Review R6: a comma was turned into a decimal point, so {@code 1,234} (a thousands separator in most CSV/XLSX exports)
     * was read as 1.234. A comma is taken as the decimal mark only where it cannot be a thousands separator; otherwise the
     * cell is refused, named.
     */
    @Test
    void anAmbiguousCommaIsRefusedNamingTheCellAndAClearDecimalCommaIsTaken() {
        String csv = "Description;Quantity;Unit price\nBolts;1234,567;2\n";
        UnreadableMessage e = refused(csv.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(e.reason().code()).isEqualTo("clearance.linelist.value.ambiguous-comma");
        assertThat(en(e)).startsWith("line 2, column 'Quantity' (Quantity): in '1234,567' the comma may be a thousands separator");
        assertThat(zh(e)).startsWith("第 2 行「Quantity」欄（數量）：「1234,567」中的逗號無法判斷為千分位或小數點。");
        for (String ambiguous : new String[] {"1.234,5", "12,345,6", "1,5,0"}) {
            assertThat(refused(("Description;Quantity;Unit price\nBolts;2;" + ambiguous + "\n").getBytes(StandardCharsets.UTF_8), "l.csv")
                    .reason().code()).as(ambiguous).isEqualTo("clearance.linelist.value.ambiguous-comma");
        }
        // a decimal comma beyond doubt (not three digits after it, no dot)
        var lines = InvoiceFormats.read("Description;Quantity;Unit price\nBolts;1234,5;12,50\nNuts;3;0,1234\n".getBytes(StandardCharsets.UTF_8),
                "l.csv").lines();
        assertThat(lines.get(0).quantity()).isEqualByComparingTo("1234.5");
        assertThat(lines.get(0).unitPrice()).isEqualByComparingTo("12.50");
        assertThat(lines.get(1).unitPrice()).isEqualByComparingTo("0.1234");
        // thousands separators in their usual shape (a file exported with commas: 1,200 and 3,720.00) stay separators
        var grouped = InvoiceFormats.read("Description;Quantity;Unit price\nBolts;1,234,567;1,234.50\n".getBytes(StandardCharsets.UTF_8),
                "l.csv").lines();
        assertThat(grouped.get(0).quantity()).isEqualByComparingTo("1234567");
        assertThat(grouped.get(0).unitPrice()).isEqualByComparingTo("1234.50");
        // a 41-character value that is no number is not handed to BigDecimal: not a number, shown clipped
        assertThat(refused(("Description;Quantity;Unit price\nBolts;2;" + "9".repeat(20) + "x" + "9".repeat(20) + "\n")
                .getBytes(StandardCharsets.UTF_8), "l.csv").reason().code()).isEqualTo("clearance.linelist.value.invalid-number");
    }
}
