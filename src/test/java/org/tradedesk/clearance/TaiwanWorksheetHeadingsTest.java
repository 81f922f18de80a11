package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.shared.Incoterm;

/**
 * t4fixU 4: the Taiwan worksheet left the preference column blank where the general rate applies and had a column with an
 * empty heading. The general rate is said, every column is headed.
 */
class TaiwanWorksheetHeadingsTest {

    @Test
    void theGeneralRateIsSaidAndEveryColumnHeaded() throws Exception {
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "藍牙喇叭 Bluetooth speakers", "85182200006", null, "CN", null, new BigDecimal("120"), "SET",
                        new BigDecimal("84.600"), new BigDecimal("1842.00"), new BigDecimal("61204"), List.of(
                                new DutyTax("DUTY", new BigDecimal("0"), new BigDecimal("61204"), new BigDecimal("0")))));
        DeclarationMessage m = new DeclarationMessage("TW", "AA15AB12345678", 1, DeclarationMessage.FunctionCode.ORIGINAL,
                LocalDate.of(2026, 12, 6), new Party("A12", "海港報關行", "TW"), new Party("12345678", "Formosa Outdoor Co., Ltd.", "TW"),
                new Party(null, "Shenzhen Audio Co.", "CN"), DeclarationMessage.TransportMode.SEA, "CNSZX", "TWKEL", LocalDate.of(2026, 12, 4),
                Incoterm.CIF, "CIF", "USD", new BigDecimal("32.150"), "TWD", new BigDecimal("1842.00"), null, null, new BigDecimal("61204"),
                new BigDecimal("0"), 17, new BigDecimal("90.000"), items, null);
        DeclarationView view = new DeclarationView(1, 7, 1, 1, "9", DeclarationStatus.DRAFT, "TW_XML", null, m, List.of(), null, null,
                "coordinator", Instant.parse("2026-12-06T01:00:00Z"), null, null, null, null, null, null, null, List.of(), List.of());
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setUseCodeAsDefaultMessage(true);
        Locale zh = Locale.forLanguageTag("zh-TW");
        byte[] xlsx = ClearanceSummaryDocuments.worksheet(view, zh, (code, locale) -> bundles.getMessage(code, null, locale));
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            String preferenceHeading = bundles.getMessage("clearance.worksheet.preference", null, zh);
            Row header = null;
            for (Row r : sheet) {
                for (var c : r) {
                    if (preferenceHeading.equals(f.formatCellValue(c))) {
                        header = r;
                    }
                }
            }
            assertThat(header).as("the items' heading row").isNotNull();
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < header.getLastCellNum(); i++) {
                headings.add(header.getCell(i) == null ? "" : f.formatCellValue(header.getCell(i)));
            }
            assertThat(headings).doesNotContain("");
            int preference = headings.indexOf(preferenceHeading);
            Row item = sheet.getRow(header.getRowNum() + 1);
            assertThat(f.formatCellValue(item.getCell(preference))).isEqualTo("一般稅率（未申請優惠）");
        }
    }

    /**
     * t4fixW: the TWD columns of the worksheet showed 61,204.00 and 9,181.00 (a two-decimal format), and a claimed scheme its
     * engine code (TW_COLUMN_II). The local-currency cells are whole-dollar cells, the scheme said in the reader's words.
     */
    @Test
    void taiwanDollarCellsAreWholeAndTheSchemeIsWorded() throws Exception {
        BigDecimal value = new BigDecimal("61204");
        BigDecimal duty = new BigDecimal("9180.60").setScale(0, java.math.RoundingMode.DOWN);
        List<DeclarationItem> items = List.of(
                new DeclarationItem(1, "藍牙喇叭 Bluetooth speakers", "85182200006", null, "CN", "TW_COLUMN_II", new BigDecimal("120"), "SET",
                        new BigDecimal("84.600"), new BigDecimal("1842.00"), value, List.of(
                                new DutyTax("DUTY", new BigDecimal("15"), value, duty))));
        DeclarationMessage m = new DeclarationMessage("TW", "AA15AB12345678", 1, DeclarationMessage.FunctionCode.ORIGINAL,
                LocalDate.of(2026, 12, 6), new Party("A12", "海港報關行", "TW"), new Party("12345678", "Formosa Outdoor Co., Ltd.", "TW"),
                new Party(null, "Shenzhen Audio Co.", "CN"), DeclarationMessage.TransportMode.SEA, "CNSZX", "TWKEL", LocalDate.of(2026, 12, 4),
                Incoterm.CIF, "CIF", "USD", new BigDecimal("32.150"), "TWD", new BigDecimal("1842.00"), null, null, value,
                duty, 17, new BigDecimal("90.000"), items, null);
        DeclarationView view = new DeclarationView(1, 7, 1, 1, "9", DeclarationStatus.DRAFT, "TW_XML", null, m, List.of(), null, null,
                "coordinator", Instant.parse("2026-12-06T01:00:00Z"), null, null, null, null, null, null, null, List.of(), List.of());
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setUseCodeAsDefaultMessage(true);
        for (Locale language : List.of(Locale.forLanguageTag("zh-TW"), Locale.ENGLISH)) {
            byte[] xlsx = ClearanceSummaryDocuments.worksheet(view, language, (code, locale) -> bundles.getMessage(code, null, locale));
            try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = book.getSheetAt(0);
                DataFormatter f = new DataFormatter(Locale.ENGLISH);
                List<String> shown = new ArrayList<>();
                for (Row r : sheet) {
                    for (var c : r) {
                        shown.add(f.formatCellValue(c));
                    }
                }
                String grouped = String.format(Locale.ROOT, "%,d", value.intValueExact());
                String dutyShown = String.format(Locale.ROOT, "%,d", duty.intValueExact());
                assertThat(shown).as(language.toString()).contains(grouped, dutyShown)
                        .doesNotContain(grouped + ".00", dutyShown + ".00", "TW_COLUMN_II")
                        .contains(bundles.getMessage("clearance.scheme.TW_COLUMN_II", null, language));
            }
        }
    }
}
