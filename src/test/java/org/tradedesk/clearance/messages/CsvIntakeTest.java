package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 (T4 acceptance review): CSV line lists in Big5 (what Excel on a Taiwanese PC saves) are decoded as Big5 and say
 * so; a file mixing UTF-8 and Big5 lines is refused naming the line; camelCase, spaced and Chinese headers are read, the
 * headers not understood are listed; a packing-list CSV is read with its totals.
 */
class CsvIntakeTest {

    private static final Charset BIG5 = Charset.forName("Big5");

    @Test
    void big5LineListIsReadAsBig5AndSaysSo() {
        byte[] big5 = "Description,Quantity\n綠茶,10\n".getBytes(BIG5);
        CapturedInvoice inv = InvoiceFormats.read(big5, "lines.csv");
        assertThat(inv.lines().get(0).description()).isEqualTo("綠茶");
        assertThat(inv.encoding()).isEqualTo("Big5");
        assertThat(inv.needsConfirmation()).as("a detected encoding is for the user to confirm").isTrue();
    }

    @Test
    void utf8LineListIsUtf8AndNeedsNoConfirmation() {
        CapturedInvoice inv = InvoiceFormats.read("Description,Quantity\n綠茶,10\n".getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(inv.lines().get(0).description()).isEqualTo("綠茶");
        assertThat(inv.encoding()).isEqualTo("UTF-8");
        assertThat(inv.needsConfirmation()).isFalse();
    }

    @Test
    void aFileMixingBig5AndUtf8LinesIsRefusedNamingTheLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Description,Quantity\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("綠茶,10\n烏龍茶,5\n".getBytes(BIG5));
        out.writeBytes("紅茶,3\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> InvoiceFormats.read(out.toByteArray(), "mixed.csv"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.csv.encoding-mixed");
                    assertThat(e.reason().args().get(0).value()).isEqualTo("Big5");
                    assertThat(e.locationText().args().get(0).value()).isEqualTo("4");
                });
    }

    @Test
    void camelCaseSpacedAndChineseHeadersAreReadAndUnknownOnesListed() {
        String csv = "description,quantity,tariffCode,netMass,grossMass,unitPrice,invoice number,invoice date,Colour\n"
                + "Bolts,10,7318.15,1.5,2,0.20,INV-7,2026/11/30,red\n"
                + "Nuts,20,7318.16,0.5,1,0.10,INV-7,2026/11/30,blue\n";
        CapturedInvoice inv = InvoiceFormats.read(csv.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(inv.lines().get(0).tariffCode()).isEqualTo("731815");
        assertThat(inv.lines().get(0).netMassKg()).isEqualByComparingTo("1.5");
        assertThat(inv.lines().get(0).grossMassKg()).isEqualByComparingTo("2");
        assertThat(inv.lines().get(0).unitPrice()).isEqualByComparingTo("0.20");
        assertThat(inv.invoiceNumber()).isEqualTo("INV-7");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(inv.unrecognisedColumns()).containsExactly("Colour");

        String zh = "品名,數量,稅則號別,淨重,毛重,單價,發票號碼\n綠茶,10,0902.10,5,6,100,A-1\n";
        CapturedInvoice tw = InvoiceFormats.read(zh.getBytes(StandardCharsets.UTF_8), "l.csv");
        assertThat(tw.lines().get(0).grossMassKg()).isEqualByComparingTo("6");
        assertThat(tw.invoiceNumber()).isEqualTo("A-1");
        assertThat(tw.unrecognisedColumns()).isEmpty();
    }

    @Test
    void packingListCsvIsReadWithItsTotals() {
        String csv = "Marks,Packages,Description,Quantity,Net mass (kg),Gross mass (kg)\n"
                + "A/1-10,10,Bolts,100,50,55\n"
                + "A/11-12,2,Nuts,40,9.5,10.5\n";
        CapturedInvoice pl = InvoiceFormats.readPackingList(csv.getBytes(StandardCharsets.UTF_8), "pl.csv");
        assertThat(pl).isNotNull();
        assertThat(pl.packages()).isEqualTo(12);
        assertThat(pl.grossMassKg()).isEqualByComparingTo(new BigDecimal("65.5"));
        assertThat(pl.lines()).extracting(CapturedInvoice.CapturedLine::netMassKg)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("50"), new BigDecimal("9.5"));
        assertThat(pl.unrecognisedColumns()).isEmpty();
    }

    /** F9 (T4 acceptance review): Excel's "Unicode text" — UTF-16LE with a byte-order mark — is read as the Big5 copy is. */
    @Test
    void aUtf16LeLineListWithAByteOrderMarkIsReadLikeItsBig5Copy() throws java.io.IOException {
        byte[] utf16;
        try (java.io.InputStream in = CsvIntakeTest.class.getResourceAsStream("/uploads/invoice-utf16le-bom.csv")) {
            utf16 = in.readAllBytes();
        }
        CapturedInvoice inv = InvoiceFormats.read(utf16, "invoice.csv");
        assertThat(inv.format()).isEqualTo("CSV");
        assertThat(inv.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(inv.lines()).extracting(CapturedInvoice.CapturedLine::description)
                .containsExactly("凍頂烏龍茶（半發酵，真空包裝）", "碧螺春綠茶，小包裝");
        assertThat(inv.lines().get(1).tariffCode()).isEqualTo("090210");
        assertThat(inv.needsConfirmation()).as("the byte-order mark said the encoding").isFalse();

        // Excel's "Unicode text" proper is tab-separated
        String tsv = "Description\tQuantity\tValue\n綠茶\t10\t500\n";
        byte[] tabbed = new ByteArrayOutputStream() {
            {
                writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                writeBytes(tsv.getBytes(StandardCharsets.UTF_16LE));
            }
        }.toByteArray();
        CapturedInvoice tab = InvoiceFormats.read(tabbed, "invoice.txt");
        assertThat(tab.lines().get(0).description()).isEqualTo("綠茶");
        assertThat(tab.lines().get(0).quantity()).isEqualByComparingTo("10");
    }
}
