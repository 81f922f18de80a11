package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;

/**
 * Every invoice sample of {@code shared/data/clearance} (copied to {@code src/test/resources/clearance}) read
 * with the values printed in the file itself; the D.97B sample with a wrong UNT count refused with that
 * error; CSV/XLSX/PDF built here with known values; malformed input refused with where it went wrong.
 */
class InvoiceFormatsTest {

    static byte[] resource(String name) {
        try (InputStream in = InvoiceFormatsTest.class.getResourceAsStream("/clearance/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void ublInvoiceOfTheEn16931ExampleIsReadWithItsValues() {
        CapturedInvoice inv = InvoiceFormats.read(resource("en16931_ubl-tc434-example1.xml"), "any-name.bin");
        assertThat(inv.format()).isEqualTo("UBL");
        assertThat(inv.needsConfirmation()).isFalse();
        assertThat(inv.invoiceNumber()).isEqualTo("12115118");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2015, 1, 9));
        assertThat(inv.currency()).isEqualTo("EUR");
        assertThat(inv.sellerName()).isEqualTo("De Koksmaat");
        assertThat(inv.sellerCountry()).isEqualTo("NL");
        assertThat(inv.buyerName()).isEqualTo("ODIN 59");
        assertThat(inv.buyerCountry()).isEqualTo("NL");
        // without VAT (TaxExclusiveAmount, BT-109), the goods' value for customs; 250.33 is with VAT
        assertThat(inv.totalAmount()).isEqualByComparingTo("229.60");
        assertThat(inv.lines()).hasSize(20);
        CapturedLine first = inv.lines().get(0);
        assertThat(first.lineNumber()).isEqualTo(1);
        assertThat(first.description()).isEqualTo("PATAT FRITES 10MM 10KG");
        assertThat(first.quantity()).isEqualByComparingTo("2");
        assertThat(first.unitCode()).isEqualTo("EA");
        assertThat(first.unitPrice()).isEqualByComparingTo("9.95");
        assertThat(first.amount()).isEqualByComparingTo("19.90");
        CapturedLine last = inv.lines().get(19);
        assertThat(last.description()).isEqualTo("FRITUUR VET 10 KG RETOUR");
        assertThat(last.amount()).isEqualByComparingTo("-109.98");
        assertThat(inv.lines().stream().map(CapturedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("sum of line amounts = LineExtensionAmount of the file").isEqualByComparingTo("229.60");
    }

    @Test
    void crossIndustryInvoiceD16bIsReadWithItsValues() {
        CapturedInvoice inv = InvoiceFormats.read(resource("en16931_CII_example2.xml"), "invoice.xml");
        assertThat(inv.format()).isEqualTo("CII");
        assertThat(inv.invoiceNumber()).isEqualTo("TOSL108");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(inv.currency()).isEqualTo("NOK");
        assertThat(inv.sellerName()).isEqualTo("Salescompany ltd.");
        assertThat(inv.sellerCountry()).isEqualTo("NO");
        assertThat(inv.buyerName()).isEqualTo("The Buyercompany");
        assertThat(inv.buyerCountry()).isEqualTo("NO");
        assertThat(inv.totalAmount()).as("TaxBasisTotalAmount, without VAT").isEqualByComparingTo("1436.5");
        assertThat(inv.lines()).hasSize(5);
        CapturedLine laptop = inv.lines().get(0);
        assertThat(laptop.description()).isEqualTo("Laptop computer");
        assertThat(laptop.originCountry()).isEqualTo("DE");
        assertThat(laptop.tariffCode()).as("class code 65434568 is listID STI, not HS: never taken as a tariff code").isNull();
        assertThat(laptop.quantity()).isEqualByComparingTo("1");
        assertThat(laptop.unitCode()).isEqualTo("NAR");
        assertThat(laptop.unitPrice()).isEqualByComparingTo("1273");
        assertThat(laptop.amount()).isEqualByComparingTo("1273");
        CapturedLine cable = inv.lines().get(4);
        assertThat(cable.description()).isEqualTo("Network cable");
        assertThat(cable.quantity()).isEqualByComparingTo("250");
        assertThat(cable.unitCode()).isEqualTo("MTR");
        assertThat(cable.unitPrice()).isEqualByComparingTo("0.75");
        assertThat(cable.amount()).isEqualByComparingTo("187.5");
        assertThat(inv.lines().stream().map(CapturedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("sum of lines = LineTotalAmount of the file").isEqualByComparingTo("1436.5");
    }

    @Test
    void edifactInvoicD14bWithUnowAndEscapedApostrophesIsReadWithItsValues() {
        CapturedInvoice inv = InvoiceFormats.read(resource("en16931_INVOIC_D14B_EXAMPLE1.edi"), "x.txt");
        assertThat(inv.format()).isEqualTo("EDIFACT_INVOIC_D14B");
        assertThat(inv.invoiceNumber()).isEqualTo("12115118");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2015, 1, 9));
        assertThat(inv.currency()).isEqualTo("EUR");
        assertThat(inv.sellerName()).isEqualTo("De Koksmaat");
        assertThat(inv.sellerCountry()).isEqualTo("NL");
        assertThat(inv.buyerName()).isEqualTo("ODIN 59");
        assertThat(inv.totalAmount()).as("MOA+389, total without VAT").isEqualByComparingTo("229.6");
        assertThat(inv.lines()).hasSize(20);
        CapturedLine first = inv.lines().get(0);
        assertThat(first.description()).isEqualTo("PATAT FRITES 10MM 10KG");
        assertThat(first.quantity()).isEqualByComparingTo("2");
        assertThat(first.unitCode()).isEqualTo("H87");
        assertThat(first.unitPrice()).isEqualByComparingTo("9.95");
        assertThat(first.amount()).isEqualByComparingTo("19.9");
        assertThat(inv.lines().get(19).amount()).isEqualByComparingTo("-109.98");
        assertThat(inv.lines().stream().map(CapturedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("sum of MOA+203 = MOA+79 of the file").isEqualByComparingTo("229.6");
    }

    @Test
    void edifactD97bWithCustomUnaIsRefusedWithTheSegmentCountErrorNamed() {
        assertThatThrownBy(() -> InvoiceFormats.read(resource("staedi_invoic_d97b_una.edi"), "invoic.edi"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.edifact.segment-count");
                    assertThat(e.reason().args()).extracting(MessageText_Arg_value()).containsExactly("23", "24");
                    assertThat(e.location()).isEqualTo("line 26, segment UNT (position 26), element 1");
                });
    }

    @Test
    void theSameD97bMessageWithTheRightCountIsReadThroughItsCustomUna() {
        String fixed = new String(resource("staedi_invoic_d97b_una.edi"), StandardCharsets.ISO_8859_1).replace("UNT*23*", "UNT*24*");
        CapturedInvoice inv = InvoiceFormats.read(fixed.getBytes(StandardCharsets.ISO_8859_1), "invoic.edi");
        assertThat(inv.format()).isEqualTo("EDIFACT_INVOIC_D97B");
        assertThat(inv.invoiceNumber()).isEqualTo("342459");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2006, 5, 15));
        assertThat(inv.currency()).isEqualTo("USD");
        assertThat(inv.buyerName()).isEqualTo("CUMMINS MID-RANGE ENGINE PLANT");
        assertThat(inv.sellerName()).isEqualTo("GENERAL WIDGET COMPANY");
        assertThat(inv.totalAmount()).isEqualByComparingTo("2137.58");
        assertThat(inv.lines()).extracting(CapturedLine::description).containsExactly("WIDGET", "DIFFERENT WIDGET");
        assertThat(inv.lines()).extracting(CapturedLine::originCountry).containsExactly("US", "JP");
        assertThat(inv.lines().get(0).quantity()).isEqualByComparingTo("1020");
        assertThat(inv.lines().get(0).unitPrice()).isEqualByComparingTo("1.179");
        assertThat(inv.lines().get(0).amount()).isEqualByComparingTo("1202.58");
        assertThat(inv.lines().get(1).amount()).isEqualByComparingTo("410");
    }

    private static java.util.function.Function<org.tradedesk.shared.MessageText.Arg, String> MessageText_Arg_value() {
        return org.tradedesk.shared.MessageText.Arg::value;
    }

    static final String CSV_EN = """
            Line,Description,HS Code,Origin,Quantity,Unit,Net mass (kg),Gross mass (kg),Unit price,Amount,Currency,UN number,DG class,Packing group
            1,Lithium ion batteries,8507.60.00,CN,100,PCE,25.5,30,12.40,1240.00,USD,UN3480,9,II
            2,"Cotton T-shirts, men's",6109.10.00,BD,"1,200",PCE,240,260,3.10,"3,720.00",USD,,,
            """;

    @Test
    void csvLineListWithEnglishHeaderIsRead() {
        CapturedInvoice inv = InvoiceFormats.read(CSV_EN.getBytes(StandardCharsets.UTF_8), "lines.csv");
        assertThat(inv.format()).isEqualTo("CSV");
        assertThat(inv.currency()).isEqualTo("USD");
        assertThat(inv.invoiceNumber()).isNull();
        assertThat(inv.lines()).containsExactly(
                new CapturedLine(1, "Lithium ion batteries", "85076000", "CN", bd("100"), "PCE", bd("25.5"), bd("30"),
                        bd("12.40"), bd("1240.00"), "3480", "9", "II"),
                new CapturedLine(2, "Cotton T-shirts, men's", "61091000", "BD", bd("1200"), "PCE", bd("240"), bd("260"),
                        bd("3.10"), bd("3720.00"), null, null, null));
    }

    @Test
    void csvLineListWithTraditionalChineseHeaderInBig5AndSemicolonsIsRead() {
        String csv = "項次;品名;稅則號別;原產地;數量;單位;淨重(公斤);單價;金額;幣別\n"
                + "1;不鏽鋼保溫瓶;9617.00.10;TW;500;PCE;150;4.20;2100.00;USD\n";
        CapturedInvoice inv = InvoiceFormats.read(csv.getBytes(Charset.forName("Big5")), "明細.csv");
        assertThat(inv.lines()).singleElement().satisfies(l -> {
            assertThat(l.description()).isEqualTo("不鏽鋼保溫瓶");
            assertThat(l.tariffCode()).isEqualTo("96170010");
            assertThat(l.quantity()).isEqualByComparingTo("500");
            assertThat(l.netMassKg()).isEqualByComparingTo("150");
            assertThat(l.amount()).isEqualByComparingTo("2100.00");
        });
        assertThat(inv.currency()).isEqualTo("USD");
    }

    @Test
    void csvWithABadNumberIsRefusedNamingLineAndColumn() {
        String csv = "Description,Quantity,Amount\nBolts,10,12.00\nNuts,ten,3.00\n";
        assertThatThrownBy(() -> InvoiceFormats.read(csv.getBytes(StandardCharsets.UTF_8), "l.csv"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.linelist.value.invalid-number");
                    assertThat(e.location()).isEqualTo("line 3, column 2");
                });
    }

    @Test
    void csvWithoutAQuantityColumnOrWithAnOpenQuoteIsRefused() {
        assertThatThrownBy(() -> InvoiceFormats.read("Description,Amount\nBolts,12\n".getBytes(StandardCharsets.UTF_8), "l.csv"))
                .isInstanceOfSatisfying(UnreadableMessage.class,
                        e -> assertThat(e.reason().code()).isEqualTo("clearance.linelist.missing-column"));
        assertThatThrownBy(() -> InvoiceFormats.read("Description,Quantity\n\"Bolts,12\n".getBytes(StandardCharsets.UTF_8), "l.csv"))
                .isInstanceOfSatisfying(UnreadableMessage.class,
                        e -> assertThat(e.reason().code()).isEqualTo("clearance.csv.malformed"));
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("發票明細");
            Row h = sheet.createRow(0);
            String[] header = {"項次", "品名", "貨品分類號列", "生產國別", "數量", "單位", "毛重", "單價", "金額"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = sheet.createRow(2);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("Bluetooth speakers");
            r.createCell(2).setCellValue("85182200001");
            r.createCell(3).setCellValue("CN");
            r.createCell(4).setCellValue(120);
            r.createCell(5).setCellValue("SET");
            r.createCell(6).setCellValue(84.6);
            r.createCell(7).setCellValue(15.35);
            r.createCell(8).setCellValue(1842);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void xlsxLineListWithChineseHeaderIsReadWithExactDecimals() throws IOException {
        CapturedInvoice inv = InvoiceFormats.read(xlsx(), "whatever");
        assertThat(inv.format()).isEqualTo("XLSX");
        assertThat(inv.lines()).containsExactly(new CapturedLine(1, "Bluetooth speakers", "85182200001", "CN", bd("120"), "SET",
                null, bd("84.6"), bd("15.35"), bd("1842"), null, null, null));
    }

    static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 740);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -16);
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pdfInvoicePrefillsOnlyWhatIsLabelledAndAsksForConfirmation() throws IOException {
        byte[] pdf = pdf("COMMERCIAL INVOICE", "Invoice No: INV-2026-0815", "Date: 2026-11-20", "Currency: USD",
                "Terms of delivery: FOB Kaohsiung", "1  Stainless steel bottles   500 PCE   4.20   2,100.00",
                "Total amount: USD 2,100.00");
        CapturedInvoice inv = InvoiceFormats.read(pdf, "scan.pdf");
        assertThat(inv.format()).isEqualTo("PDF_TEXT");
        assertThat(inv.needsConfirmation()).isTrue();
        assertThat(inv.invoiceNumber()).isEqualTo("INV-2026-0815");
        assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(inv.currency()).isEqualTo("USD");
        assertThat(inv.incoterm()).isEqualTo("FOB");
        assertThat(inv.totalAmount()).isEqualByComparingTo("2100.00");
        assertThat(inv.lines()).as("lines are never guessed from a layout").isEmpty();
        assertThat(inv.sellerName()).isNull();
    }

    /**
     * F6 (T4 acceptance review): "Total: 4,250.00" and the row "LED lamps 8539.52 … 4,250.00" were not read — the invoice
     * came in with no lines and no total, and its goods were left out of the declaration.
     */
    @Test
    void pdfInvoiceReadsABareTotalLabelAndSimpleLineRows() throws IOException {
        byte[] pdf = pdf("COMMERCIAL INVOICE", "Invoice No: PDF-2026-55", "Date: 2026-11-28", "Currency: USD",
                "1  LED lamps  8539.52  500 PCE  8.50  4,250.00", "Subtotal: 4,000.00", "Total: 4,250.00");
        CapturedInvoice inv = InvoiceFormats.read(pdf, "invoice.pdf");
        assertThat(inv.needsConfirmation()).isTrue();
        assertThat(inv.totalAmount()).isEqualByComparingTo("4250.00");
        assertThat(inv.lines()).containsExactly(new CapturedLine(1, "LED lamps", "853952", null, bd("500"), "PCE", null, null,
                bd("8.50"), bd("4250.00"), null, null, null));
        // the other labels, in English and Traditional Chinese; a total quantity is no total amount
        assertThat(PdfInvoiceTextReader.fromText("Amount due: USD 1,000.50\nTotal quantity: 500\n").totalAmount())
                .isEqualByComparingTo("1000.50");
        assertThat(PdfInvoiceTextReader.fromText("Invoice total 99.00\n").totalAmount()).isEqualByComparingTo("99.00");
        assertThat(PdfInvoiceTextReader.fromText("總計：12,000\n").totalAmount()).isEqualByComparingTo("12000");
        assertThat(PdfInvoiceTextReader.fromText("合計：NTD 300\n").totalAmount()).isEqualByComparingTo("300");
        assertThat(PdfInvoiceTextReader.fromText("總金額：8,000\n").totalAmount()).isEqualByComparingTo("8000");
        assertThat(PdfInvoiceTextReader.fromText("Total quantity: 500\n").totalAmount()).isNull();
        // labelled parties, gross mass and packages (T4 review r-t4c 15), in both languages; a mass without its unit is not taken
        CapturedInvoice labelled = PdfInvoiceTextReader.fromText("Seller: Shenzhen Bright Lighting Co., Ltd.\nBuyer: Formosa Trading Co.\n"
                + "Gross weight: 2,150 kg\nPackages: 300 cartons\nTotal: 4,250.00\n");
        assertThat(labelled.sellerName()).isEqualTo("Shenzhen Bright Lighting Co., Ltd.");
        assertThat(labelled.buyerName()).isEqualTo("Formosa Trading Co.");
        assertThat(labelled.grossMassKg()).isEqualByComparingTo("2150");
        assertThat(labelled.packages()).isEqualTo(300);
        CapturedInvoice labelledZh = PdfInvoiceTextReader.fromText("賣方：深圳明亮照明有限公司\n買方：寶島貿易股份有限公司\n毛重：812.5 公斤\n件數：42\n");
        assertThat(labelledZh.sellerName()).isEqualTo("深圳明亮照明有限公司");
        assertThat(labelledZh.buyerName()).isEqualTo("寶島貿易股份有限公司");
        assertThat(labelledZh.grossMassKg()).isEqualByComparingTo("812.5");
        assertThat(labelledZh.packages()).isEqualTo(42);
        assertThat(PdfInvoiceTextReader.fromText("Gross weight: 2,150\n").grossMassKg()).isNull();
        // figures too long for their field are not taken (code read R1: 9,999,999,999 packages answered 500)
        CapturedInvoice tooLong = PdfInvoiceTextReader.fromText("Packages: 9,999,999,999\nGross weight: 1,000,000,000,000,000 kg\n"
                + "Packages: 12345678901\n");
        assertThat(tooLong.packages()).isNull();
        assertThat(tooLong.grossMassKg()).isNull();
        CapturedInvoice zh = PdfInvoiceTextReader.fromText("發票號碼：A-1\n綠茶 0902.10 100 公斤 80.00 8,000.00\n總計：8,000.00\n");
        assertThat(zh.lines()).extracting(CapturedLine::description, CapturedLine::tariffCode, CapturedLine::unitCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("綠茶", "090210", "公斤"));
    }

    @Test
    void pdfWithTwoDifferentIncotermsLeavesTheIncotermEmpty() throws IOException {
        CapturedInvoice inv = InvoiceFormats.read(pdf("Invoice No: A1", "FOB Keelung or CIF Sydney"), "a.pdf");
        assertThat(inv.incoterm()).isNull();
        assertThat(inv.invoiceNumber()).isEqualTo("A1");
    }

    @Test
    void malformedXmlIsRefusedWithLineAndColumn() {
        String xml = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n"
                + "<ID>1</ID>\n<IssueDate>2015-01-09</Issue>\n</Invoice>";
        assertThatThrownBy(() -> InvoiceFormats.read(xml.getBytes(StandardCharsets.UTF_8), "i.xml"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.xml.malformed");
                    assertThat(e.location()).startsWith("line 4");
                });
    }

    @Test
    void badValueInUblIsRefusedWithItsPath() {
        String ubl = new String(resource("en16931_ubl-tc434-example1.xml"), StandardCharsets.UTF_8)
                .replace("<cbc:PriceAmount currencyID=\"EUR\">9.95</cbc:PriceAmount>", "<cbc:PriceAmount currencyID=\"EUR\">9,95 EUR</cbc:PriceAmount>");
        assertThatThrownBy(() -> InvoiceFormats.read(ubl.getBytes(StandardCharsets.UTF_8), "i.xml"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.value.invalid-number");
                    assertThat(e.location()).matches("line \\d+, /Invoice/InvoiceLine/Price/PriceAmount");
                });
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>&x;</ID></Invoice>";
        assertThatThrownBy(() -> InvoiceFormats.read(xxe.getBytes(StandardCharsets.UTF_8), "i.xml"))
                .isInstanceOfSatisfying(UnreadableMessage.class,
                        e -> assertThat(e.reason().code()).isEqualTo("clearance.xml.dtd-refused"));
    }

    @Test
    void otherXmlAndOtherEdifactMessagesAreNotInvoices() {
        assertThatThrownBy(() -> InvoiceFormats.read(resource("hmrc_wco_dms36_import_declaration_valid.xml"), "d.xml"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.xml.not-invoice"));
        assertThatThrownBy(() -> InvoiceFormats.read(resource("ts-edifact_cusdec_d99b_au_exd.edi"), "d.edi"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.edifact.not-invoice");
                    assertThat(e.reason().args().get(0).value()).isEqualTo("CUSDEC");
                });
    }

    @Test
    void brokenEdifactIsRefusedWithTheSegmentAtFault() {
        String edi = new String(resource("en16931_INVOIC_D14B_EXAMPLE1.edi"), StandardCharsets.UTF_8).replace("QTY+47:2:H87'", "QTY+47:two:H87'");
        assertThatThrownBy(() -> InvoiceFormats.read(edi.getBytes(StandardCharsets.UTF_8), "x.edi"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.value.invalid-number");
                    assertThat(e.location()).isEqualTo("line 24, segment QTY (position 24), element 1");
                });
    }

    @Test
    void emptyTooLargeAndUnknownContentIsRefused() {
        assertThatThrownBy(() -> InvoiceFormats.read(new byte[0], "e"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.message.empty"));
        assertThatThrownBy(() -> InvoiceFormats.read(new byte[MessageLimits.MAX_BYTES + 1], "big"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.message.too-large"));
        assertThatThrownBy(() -> InvoiceFormats.read(new byte[] {1, 0, 2, 0}, "bin"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> assertThat(e.reason().code()).isEqualTo("clearance.document.format-unknown"));
    }

    @Test
    void moreLinesThanTheLimitAreRefusedNotTruncated() {
        StringBuilder csv = new StringBuilder("Description,Quantity\n");
        for (int i = 0; i <= MessageLimits.MAX_LINES; i++) {
            csv.append("item ").append(i).append(",1\n");
        }
        assertThatThrownBy(() -> InvoiceFormats.read(csv.toString().getBytes(StandardCharsets.UTF_8), "l.csv"))
                .isInstanceOfSatisfying(UnreadableMessage.class,
                        e -> assertThat(e.reason().code()).isEqualTo("clearance.document.too-many-lines"));
    }

    static final org.tradedesk.platform.MessageTexts TEXTS;

    static {
        org.springframework.context.support.ResourceBundleMessageSource bundles = new org.springframework.context.support.ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        TEXTS = new org.tradedesk.platform.MessageTexts(bundles, new org.tradedesk.platform.Formats(java.time.Clock.systemUTC()));
    }

    static UnreadableMessage refusal(String xml) {
        try {
            InvoiceFormats.read(xml.getBytes(StandardCharsets.UTF_8), "i.xml");
        } catch (UnreadableMessage e) {
            return e;
        }
        throw new AssertionError("read: " + xml);
    }

    static String en(UnreadableMessage e) {
        return TEXTS.render(e.reason(), java.util.Locale.ENGLISH);
    }

    static String zh(UnreadableMessage e) {
        return TEXTS.render(e.reason(), java.util.Locale.TAIWAN);
    }

    static final String UBL_OPEN = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n";

    /**
     * Review of issue 8: a broken XML invoice said only "The XML is malformed" (or, through the parser, its English text).
     * Each fault is classified into a reason of our own in the reader's language, with its line and column.
     */
    @Test
    void aMalformedXmlInvoiceSaysWhyInTheReadersLanguage() {
        UnreadableMessage endTag = refusal(UBL_OPEN + "<ID>1</ID>\n<IssueDate>2015-01-09</Issue>\n</Invoice>");
        assertThat(endTag.location()).matches("line 4, column \\d+");
        assertThat(endTag.reason().args().get(0).message().code()).isEqualTo("clearance.xml.fault.end-tag");
        assertThat(en(endTag)).isEqualTo("The XML is not well-formed: the element IssueDate is not closed by its matching end tag </IssueDate>.");
        assertThat(zh(endTag)).isEqualTo("XML 格式不正確：元素 IssueDate 未以對應的結束標籤 </IssueDate> 關閉。");
        assertThat(TEXTS.render(endTag.locationText(), java.util.Locale.TAIWAN)).contains("第 4 行");

        assertThat(refusal(UBL_OPEN + "<ID>1</ID>\n").reason().args().get(0).message().code()).isEqualTo("clearance.xml.fault.truncated");
        assertThat(refusal(UBL_OPEN + "<ID>A & B</ID></Invoice>").reason().args().get(0).message().code())
                .isEqualTo("clearance.xml.fault.ampersand");
        assertThat(refusal(UBL_OPEN + "<ID x=1>1</ID></Invoice>").reason().args().get(0).message().args().get(0).value()).isEqualTo("x");
        assertThat(refusal(UBL_OPEN + "<ID>1</ID></Invoice><Invoice/>").reason().args().get(0).message().code())
                .isEqualTo("clearance.xml.fault.after-root");
        assertThat(refusal(UBL_OPEN + "<cbc:ID>1</cbc:ID></Invoice>").reason().args().get(0).message().code())
                .isEqualTo("clearance.xml.fault.prefix");
        assertThat(refusal(UBL_OPEN + "<ID>\u0001</ID></Invoice>").reason().args().get(0).message().code())
                .isEqualTo("clearance.xml.fault.character");
        // never the parser's own English
        assertThat(zh(endTag)).doesNotContain("must be terminated", "ParseError");
    }

    @Test
    void anXmlOfAnotherKindIsNamedByItsRootAndNamespace() {
        // a UBL 2.0-style namespace: an Invoice, but not the one read here
        UnreadableMessage otherNs = refusal("<Invoice xmlns=\"urn:example:invoice\"><ID>1</ID></Invoice>");
        assertThat(otherNs.reason().code()).isEqualTo("clearance.xml.unknown-namespace");
        assertThat(en(otherNs)).isEqualTo("The root element Invoice is in namespace urn:example:invoice, not the one read here "
                + "(urn:oasis:names:specification:ubl:schema:xsd:Invoice-2): is it another version of the standard?");
        UnreadableMessage noNs = refusal("<CrossIndustryInvoice><ID>1</ID></CrossIndustryInvoice>");
        assertThat(zh(noNs)).isEqualTo("根元素 CrossIndustryInvoice 的命名空間為 無，不是本系統讀取的命名空間"
                + "（urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100）：是否為該標準的其他版本？");
        UnreadableMessage creditNote = refusal("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"/>");
        assertThat(creditNote.reason().code()).isEqualTo("clearance.xml.not-invoice");
        assertThat(en(creditNote)).isEqualTo("The XML's root element is CreditNote (namespace urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2): "
                + "not a UBL 2.1 Invoice nor a UN/CEFACT Cross-Industry Invoice, the XML invoices read here.");
    }

    @Test
    void anXmlInvoiceWithoutARequiredElementIsRefusedNamingIt() {
        String ubl = new String(resource("en16931_ubl-tc434-example1.xml"), StandardCharsets.UTF_8);
        String noLines = ubl.replaceAll("(?s)<cac:InvoiceLine>.*</cac:InvoiceLine>", "");
        UnreadableMessage e = refusal(noLines);
        assertThat(e.reason().code()).isEqualTo("clearance.xml.missing-element");
        assertThat(e.location()).isEqualTo("/Invoice/InvoiceLine");
        assertThat(en(e)).isEqualTo("The UBL 2.1 invoice has no InvoiceLine element (/Invoice/InvoiceLine), which the standard requires: "
                + "there is nothing to capture without it.");
        assertThat(zh(e)).startsWith("UBL 2.1 發票缺少 InvoiceLine 元素（/Invoice/InvoiceLine）");
        String cii = new String(resource("en16931_CII_example2.xml"), StandardCharsets.UTF_8);
        String noId = cii.replaceFirst("(?s)(<rsm:ExchangedDocument>.*?)<ram:ID>[^<]*</ram:ID>", "$1");
        assertThat(refusal(noId).location()).isEqualTo("/CrossIndustryInvoice/ExchangedDocument/ID");
        // the samples themselves still read
        assertThat(InvoiceFormats.read(resource("en16931_ubl-tc434-example1.xml"), "u.xml").lines()).isNotEmpty();
        assertThat(InvoiceFormats.read(resource("en16931_CII_example2.xml"), "c.xml").lines()).isNotEmpty();
    }

    /**
     * R1 (T4 code read): the line pattern backtracked roughly cubically on rows of spaces ("a 1234.56" + 291 spaces took
     * ~400 ms a row). The rows are now tokenised; 10,000 hostile rows must go through in far less than 5 s (the old
     * pattern needed over an hour for them) — a guard against catastrophic backtracking, not a benchmark.
     */
    @Test
    void hostilePdfRowsAreReadWithoutCatastrophicBacktracking() {
        StringBuilder text = new StringBuilder();
        String spaces = " ".repeat(291);
        String longToken = "x".repeat(250);
        for (int i = 0; i < 10_000; i++) {
            text.append(switch (i % 3) {
                case 0 -> "a 1234.56" + spaces;
                case 1 -> "a" + " 1".repeat(140) + spaces + "1234.56 x";
                default -> "1 " + longToken + " 8539.52" + " \t ".repeat(20) + "500 PCE 8.50 4,250.00";
            }).append('\n');
        }
        CapturedInvoice inv = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> PdfInvoiceTextReader.fromText(text.toString()));
        // a third of the rows are real lines once their blanks are collapsed (the limit of lines applies)
        assertThat(inv.lines()).isNotEmpty();
        assertThat(inv.lines().get(0).quantity()).isEqualByComparingTo("500");
        assertThat(inv.lines().get(0).amount()).isEqualByComparingTo("4250.00");
    }

    /**
     * R7 (T4 code read): a four-digit price or a dotted date was taken for the tariff code, and a unit price for the line
     * amount.
     */
    @Test
    void pdfRowsDoNotTakePricesOrDatesForTariffCodes() {
        assertThat(PdfInvoiceTextReader.fromText("2 Laptop 10 PCS 1250.00 12500.00\n").lines())
                .as("a unit price is no tariff code").isEmpty();
        assertThat(PdfInvoiceTextReader.fromText("Due date 2025.01.31 USD 4,250.00\n").lines())
                .as("a date is no tariff code").isEmpty();
        assertThat(PdfInvoiceTextReader.fromText("LED lamp 8539.52 500 PCS 2.50\n").lines())
                .as("one figure after a quantity is its unit price, not the line amount").isEmpty();
        assertThat(PdfInvoiceTextReader.fromText("Bolts 9912.00 4,250.00\n").lines()).as("HS chapter 99 does not exist").isEmpty();
        assertThat(PdfInvoiceTextReader.fromText("Bolts 0012.00 4,250.00\n").lines()).as("HS chapter 00 does not exist").isEmpty();
        CapturedInvoice ok = PdfInvoiceTextReader.fromText("3   Green tea   0902.10.00   100 KGS   80.00   8,000.00\n");
        assertThat(ok.lines()).containsExactly(new CapturedLine(3, "Green tea", "09021000", null, bd("100"), "KGS", null, null,
                bd("80.00"), bd("8000.00"), null, null, null));
    }

    /** Review r-t4c F12: a row with an origin column reads the origin, the quantity and its unit (were all null). */
    @Test
    void pdfRowsWithAnOriginColumnReadOriginAndQuantity() {
        CapturedInvoice inv = PdfInvoiceTextReader.fromText("1 Kitchen knives 8211.91.00 CN 500 PCE 2000.00\n");
        assertThat(inv.lines()).containsExactly(new CapturedLine(1, "Kitchen knives", "82119100", "CN", bd("500"), "PCE", null, null,
                null, bd("2000.00"), null, null, null));
        CapturedInvoice priced = PdfInvoiceTextReader.fromText("2 Woks 7323.93.00 TW 100 PCE 25.00 2,500.00\n");
        assertThat(priced.lines().get(0).originCountry()).isEqualTo("TW");
        assertThat(priced.lines().get(0).unitPrice()).isEqualByComparingTo("25.00");
    }

    /** R6 (T4 code read): the total's currency matched any three letters of any case, and counts of cartons were totals. */
    @Test
    void pdfTotalsAreMoneyInAnIsoCurrency() {
        CapturedInvoice qty = PdfInvoiceTextReader.fromText("Total Qty 500\n");
        assertThat(qty.totalAmount()).isNull();
        assertThat(qty.currency()).isNull();
        assertThat(PdfInvoiceTextReader.fromText("TOTAL QTY 500\n").totalAmount()).isNull();
        assertThat(PdfInvoiceTextReader.fromText("TOTAL 500 CTNS\n").totalAmount()).isNull();
        assertThat(PdfInvoiceTextReader.fromText("Total: 12 cartons\n").totalAmount()).isNull();
        CapturedInvoice due = PdfInvoiceTextReader.fromText("Total due 300\n");
        assertThat(due.totalAmount()).isNull();
        assertThat(due.currency()).isNull();
        CapturedInvoice usd = PdfInvoiceTextReader.fromText("TOTAL USD 4,250.00\n");
        assertThat(usd.totalAmount()).isEqualByComparingTo("4250.00");
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(PdfInvoiceTextReader.fromText("合計：NTD 300\n").currency()).isEqualTo("TWD");
    }
}
