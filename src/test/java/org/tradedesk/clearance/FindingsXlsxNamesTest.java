package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.CrossDocumentChecks;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.DocumentFigures;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;

/**
 * Acceptance review of issue 8: the findings XLSX of the document set showed the client {@code COMMERCIAL_INVOICE#6}, the
 * rule {@code cross.figures} and the field {@code grossMassKg}. Read back with POI, each is now named in the reader's
 * language with the bundles' own labels, and no internal name is left.
 */
class FindingsXlsxNamesTest {

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    /**
     * Invoice 6 (two lines, gross 310 kg) and packing list 7 (gross 250 kg): |310 − 250| = 60 &gt; 2 % of 310 → the
     * cross.figures finding on grossMassKg; and a missing tariff code on the invoice's line 2 (index 1).
     */
    private static List<Finding> findings(Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents) throws Exception {
        CapturedInvoice invoice = new CapturedInvoice("MANUAL", false, "SP-7781", LocalDate.of(2026, 11, 20), "USD", "Shenzhen Power",
                "CN", "Southern Cross", "AU", "FOB", null, new BigDecimal("3000"), new BigDecimal("310"), 12,
                List.of(new CapturedLine(1, "batteries", "8507600010", "CN", new BigDecimal("100"), "EA", null, null, null,
                                new BigDecimal("1000"), null, null, null),
                        new CapturedLine(2, "T-shirts", null, "CN", new BigDecimal("1200"), "EA", null, null, null,
                                new BigDecimal("2000"), null, null, null)));
        // issue 8: named by what the user knows — the invoice by its number, the packing list by its place in the file
        // (the 2nd added; ids 6 and 7 are the database's and never shown)
        List<CheckedFile.Document> docs = List.of(new CheckedFile.Document(6, "COMMERCIAL_INVOICE", invoice, null, null, null, 1),
                new CheckedFile.Document(7, "PACKING_LIST", null, null, null, null, 2));
        docs.forEach(d -> documents.put(d.ref().id(), d));
        DocumentChecks checks;
        try (InputStream in = FindingsXlsxNamesTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            checks = DocumentChecks.read(in);
        }
        CheckedFile file = new CheckedFile("AU", "IMPORT", "AIR", "FOB", LocalDate.of(2026, 12, 1), docs);
        List<Finding> out = new ArrayList<>(CrossDocumentChecks.check(checks.rules("AU"), file,
                Map.of(7L, new DocumentFigures(12, new BigDecimal("250"), null, null, null, null, null, null, null))));
        assertThat(out).extracting(f -> f.rule() + " " + f.documents() + " " + f.fields())
                .contains("cross.figures [COMMERCIAL_INVOICE#6, PACKING_LIST#7] [grossMassKg]");
        out.add(new Finding(Finding.Severity.ERROR, "field.tariff-code", List.of(docs.get(0).ref()), List.of("lines[1].tariffCode"),
                MessageText.of("clearance.finding.line-field-missing", MessageText.Arg.code("clearance.invoice.field.tariffCode"),
                        MessageText.Arg.number(2), MessageText.Arg.literal("SP-7781")), null));
        return out;
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter format = new DataFormatter();
            book.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(format.formatCellValue(c))));
        }
        return cells;
    }

    @Test
    void theFindingsWorkbookNamesRulesDocumentsAndFieldsInTheReadersLanguage() throws Exception {
        ResourceBundleMessageSource bundles = bundles();
        MessageTexts texts = new MessageTexts(bundles, new Formats(Clock.systemUTC()));
        Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents = new java.util.HashMap<>();
        List<Finding> findings = findings(documents);
        for (Locale language : List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)) {
            byte[] xlsx = ClearanceSummaryDocuments.findings(42, findings, documents, language,
                    (code, l) -> bundles.getMessage(code, null, code, l), m -> texts.render(m, language));
            List<String> cells = cells(xlsx);
            String all = String.join("\n", cells);
            if ("zh".equals(language.getLanguage())) {
                assertThat(cells).contains("各文件數字相符", "已填各項稅則號別", "商業發票 SP-7781、裝箱單（案件第 2 份文件） · 毛重（公斤）",
                        "商業發票 SP-7781 · 第 2 項稅則號別");
            } else {
                assertThat(cells).contains("Document figures agree", "Tariff code of each line given",
                        "Commercial invoice SP-7781, Packing list (2nd document of the file) · gross mass (kg)",
                        "Commercial invoice SP-7781 · line 2: tariff code");
            }
            assertThat(all).as(language.toString()).doesNotContain("COMMERCIAL_INVOICE", "PACKING_LIST", "#6", "document 6", "document 7",
                    "文件 6", "文件 7", "cross.figures",
                    "field.tariff-code", "grossMassKg", "tariffCode", "lines[", "clearance.");
        }
    }

    /** Every rule of {@code checks.tsv} has its readable title in both bundles (the dates.* rules had none). */
    @Test
    void everyRuleHasATitleInBothLanguages() throws Exception {
        List<String> rules = new ArrayList<>();
        try (InputStream in = FindingsXlsxNamesTest.class.getResourceAsStream("/clearance/checks.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length > 2 && !cols[1].equals("rule")) {
                    rules.add(cols[1]);
                }
            }
        }
        assertThat(rules).contains("cross.figures", "dates.invoice-future");
        for (String bundle : List.of("/i18n/clearance_en.properties", "/i18n/clearance_zh_TW.properties")) {
            Properties p = new Properties();
            try (InputStream in = FindingsXlsxNamesTest.class.getResourceAsStream(bundle)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(rules).as(bundle).allSatisfy(r -> assertThat(p.getProperty("clearance.check.rule." + r)).as(bundle + " " + r).isNotBlank());
        }
    }
}
