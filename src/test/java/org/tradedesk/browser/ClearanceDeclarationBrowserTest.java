package org.tradedesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ContactDetails;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.support.BrowserTestBase;
import org.tradedesk.support.TestSmtp;

/**
 * The declaration flow of issue 8 in headless Chromium (P4.5 – P4.6, O4.6.1): the coordinator opens an Australian sea
 * import, types the invoice and uploads the bill of lading, drafts the declaration, sends it to the client's contact
 * (in-process SMTP), confirms it with the code from the mail, lodges it through the outbox channel, records the
 * customs acknowledgement (CUSRES) and downloads the document set, whose ZIP holds the lodged message byte for byte,
 * the response as fed, the documents and the PDF index.
 */
class ClearanceDeclarationBrowserTest extends BrowserTestBase {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    static final int SMTP = TestSmtp.freePort();
    static final Path OUTBOX = tempDir();

    @RegisterExtension
    static GreenMailExtension greenMail = TestSmtp.server(SMTP);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestSmtp.sendTo(registry, SMTP);
        registry.add("tradedesk.clearance.lodgement.channel", () -> "outbox");
        registry.add("tradedesk.clearance.lodgement.outbox", OUTBOX::toString);
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("clearance-outbox-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ClientDirectory clients;
    @Autowired
    org.tradedesk.tariff.TariffCatalogue catalogue;

    @Test
    void draftSendConfirmLodgeRecordResponseAndDownloadTheDocumentSet() throws Exception {
        // the file's checks look the invoice's tariff code up in the Australian schedule
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, org.tradedesk.tariff.Jurisdiction.AU);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        try {
            long clientId = clients.create(new ClientDetails("Southern Cross Walk Pty Ltd", ClientKind.IMPORTER, CountryCode.AU, null,
                    PreferredLanguage.EN, null, null, null)).id();
            clients.addContact(new ClientId(clientId), new ContactDetails("Jane Walker", "jane.walker@example.com.au", null, null,
                    PreferredLanguage.EN));
        } finally {
            SecurityContextHolder.clearContext();
        }

        logInAs("coordinator");
        open("/clearance?lang=en");
        page.locator("#new-transaction").click();
        page.locator("#transaction-client").selectOption(new SelectOption().setLabel("Southern Cross Walk Pty Ltd"));
        page.locator("#transaction-direction").selectOption("IMPORT");
        // t4fixAC 3: the new form opens for Taiwan with its single-window particulars; choosing Australia fetches its fields
        // (htmx): Taiwan's go, the CUSDEC's stay, and the button for pages without scripts is not shown
        assertThat(page.locator("#transaction-goods-location")).isVisible();
        assertThat(page.locator("#transaction-show-fields")).isHidden();
        page.locator("#transaction-jurisdiction").selectOption("AU");
        assertThat(page.locator("#transaction-goods-location")).hasCount(0);
        assertThat(page.locator("#transaction-duty-notice-received")).hasCount(0);
        assertThat(page.locator("#transaction-journey")).isVisible();
        page.locator("#transaction-mode").selectOption("SEA");
        page.locator("#transaction-incoterm").selectOption("FOB");
        page.locator("#transaction-reference").fill("SYD-WALK-1");
        page.locator("#transaction-importer").fill("Southern Cross Walk Pty Ltd");
        page.locator("#transaction-arrival").fill(org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.AU).minusDays(2).toString());
        page.locator("#transaction-save").click();
        assertThat(page).hasURL(Pattern.compile(".*/clearance/transactions/\\d+$"));
        String filePath = page.url().substring(page.url().indexOf("/clearance"));
        long id = Long.parseLong(filePath.substring(filePath.lastIndexOf('/') + 1));

        // the invoice, typed by hand: one line of batteries, USD 1,000 FOB
        page.locator("#capture-invoice").click();
        page.locator("#invoice-number").fill("SP-WALK-1");
        page.locator("#invoice-date").fill(org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.AU).minusDays(20).toString());
        page.locator("#invoice-currency").fill("USD");
        page.locator("#invoice-incoterm").fill("FOB");
        page.locator("#invoice-seller").fill("Shenzhen Power Co., Ltd.");
        page.locator("#invoice-seller-country").fill("CN");
        page.locator("#invoice-total").fill("1000");
        page.locator("#invoice-gross").fill("310");
        page.locator("#invoice-packages").fill("12");
        page.locator("[id='lines0.description']").fill("Lithium-ion batteries 3.7 V");
        page.locator("[id='lines0.tariffCode']").fill("8507.60.00");
        page.locator("[id='lines0.originCountry']").fill("CN");
        page.locator("[id='lines0.quantity']").fill("100");
        page.locator("[id='lines0.unitCode']").fill("EA");
        page.locator("[id='lines0.amount']").fill("1000");
        page.locator("#invoice-save").click();
        assertThat(page.locator(".captured-lines .line-tariff-code").first()).hasText("8507.60.00");
        assertThat(page.locator(".capture-format").first()).hasText("typed by hand");

        // the bill of lading a sea import needs
        page.waitForLoadState(LoadState.NETWORKIDLE);
        byte[] bl = ("B/L COSU-WALK-" + id).getBytes(StandardCharsets.UTF_8);
        page.locator("#upload-file").setInputFiles(new FilePayload("bl-walk.txt", "text/plain", bl));
        page.locator("#upload-type").selectOption("BILL_OF_LADING");
        page.locator("#upload-submit").click();
        assertThat(page.locator(".document-row[data-type='BILL_OF_LADING']")).hasCount(1);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator("#move-DOCUMENTS_COMPLETE").click();
        assertThat(page.locator("#status")).hasAttribute("data-status", "DOCUMENTS_COMPLETE");

        // the draft: Australian ids, the exchange rate, the duty of the line
        page.locator("#declaration-link").click();
        page.locator("#draft-declarant-name").fill("Harbour Customs Brokers Pty Ltd");
        page.locator("#draft-declarant-id").fill("53004085616");
        page.locator("#draft-importer-id").fill("51824753556");
        page.locator("#draft-rate").fill("1.5");
        page.locator("#draft-freight").fill("0");
        page.locator("#draft-insurance").fill("0");
        page.locator("#draft-recommendation").fill("Lodge at the general rate; no preference claimed.");
        page.locator("[id='items0.statisticalCode']").fill("87"); // 8507.60.00's statistical code in Schedule 3
        page.locator("[id='items0.duty']").fill("5%");
        page.locator("#draft-submit").click();
        assertThat(page.locator("#declaration-status")).hasAttribute("data-status", "DRAFT");
        // 1,000 × 1.5 = AUD 1,500 customs value
        assertThat(page.locator("#declaration-customs-value")).hasText(Pattern.compile("AUD 1,500(\\.0+)?"));
        String code = page.locator("#declaration-code").textContent().strip();

        // sent to the contact; the mail carries the confirmation code
        greenMail.reset();
        page.locator("#send-contact").selectOption(new SelectOption().setLabel("Jane Walker"));
        page.locator("#send-submit").click();
        assertThat(page.locator("#declaration-status")).hasAttribute("data-status", "SENT");
        assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).contains("jane.walker@example.com.au");
        Matcher m = Pattern.compile("confirmation code ([0-9a-f]{12})").matcher(text(mail.getContent()));
        assertThat(m.find()).as("the mail names the code").isTrue();
        assertThat(m.group(1)).isEqualTo(code);

        // confirmed with the code from the mail, then lodged into the outbox
        page.locator("#confirm-contact").selectOption(new SelectOption().setLabel("Jane Walker"));
        page.locator("#confirm-code").fill(m.group(1));
        page.locator("#confirm-submit").click();
        assertThat(page.locator("#declaration-status")).hasAttribute("data-status", "CONFIRMED");
        page.locator("#lodge-submit").click();
        assertThat(page.locator("#declaration-status")).hasAttribute("data-status", "LODGED");
        String messageId = page.locator("#declaration-message-id").textContent().strip();
        List<Path> dropped;
        try (Stream<Path> files = Files.list(OUTBOX)) {
            dropped = files.filter(p -> p.getFileName().toString().contains(messageId)).toList();
        }
        assertThat(dropped).as("the message dropped into the outbox").hasSize(1);
        byte[] lodged = Files.readAllBytes(dropped.get(0));
        assertThat(sha256(lodged)).startsWith(code);

        // the customs acknowledgement (CUSRES, function 11 "received"), fed through the page
        String cusres = """
                UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+261206:1015+CRWALK1'
                UNH+1+CUSRES:D:99B:UN'
                BGM+961:::IMDR+%s:1+11'
                DTM+137:202612061012:203'
                UNT+4+1'
                UNZ+1+CRWALK1'
                """.formatted(messageId);
        page.locator("#response-file").setInputFiles(new FilePayload("cusres-walk.edi", "application/EDIFACT",
                cusres.getBytes(StandardCharsets.ISO_8859_1)));
        page.locator("#response-submit").click();
        assertThat(page.locator(".response-row[data-kind='RECEIVED']")).hasCount(1);
        assertThat(page.locator("#declaration-status")).hasAttribute("data-status", "ACCEPTED");

        // the document set: the documents, the lodged message as confirmed, the response as fed, the PDF index
        Download download = page.waitForDownload(() -> page.locator("#document-set").click());
        Map<String, byte[]> entries = unzip(Files.readAllBytes(download.path()));
        assertThat(entries.keySet()).contains("index.pdf", "declarations/v1-" + messageId + ".edi");
        assertThat(entries.keySet()).anyMatch(k -> k.endsWith("-captured-invoice.json"));
        String blEntry = entries.keySet().stream().filter(k -> k.endsWith("bl-walk.txt")).findFirst().orElseThrow();
        assertThat(entries.get(blEntry)).isEqualTo(bl);
        assertThat(entries.get("declarations/v1-" + messageId + ".edi")).isEqualTo(lodged);
        String response = entries.keySet().stream().filter(k -> k.startsWith("responses/")).findFirst().orElseThrow();
        assertThat(new String(entries.get(response), StandardCharsets.ISO_8859_1)).isEqualTo(cusres);
        try (PDDocument pdf = Loader.loadPDF(entries.get("index.pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains(String.valueOf(id), sha256(bl));
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target/browser-screenshots/t4-declaration.png")));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() == null && (part.isMimeType("text/plain") || part.isMimeType("multipart/*"))) {
                    return text(part.getContent());
                }
            }
            return "";
        }
        return content.toString();
    }
}
