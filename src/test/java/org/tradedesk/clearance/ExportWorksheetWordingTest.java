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
 * t4fixZ2 (acceptance review of issue 8, 5): the worksheet of an export declaration said "customs value" and "duties and
 * taxes"; an export says its FOB value and the export fee.
 */
class ExportWorksheetWordingTest {

    private static List<String> cells(boolean export, Locale locale, ResourceBundleMessageSource bundles) throws Exception {
        List<DeclarationItem> items = List.of(new DeclarationItem(1, "藍牙喇叭 Bluetooth speakers", "85182200006", null, "TW", null,
                new BigDecimal("120"), "SET", new BigDecimal("84.600"), new BigDecimal("1842.00"), new BigDecimal("61204"),
                List.of(new DutyTax("TPF", new BigDecimal("0.04"), new BigDecimal("61204"), new BigDecimal("24")))));
        DeclarationMessage m = new DeclarationMessage("TW", "AA15AB12345678", 1, DeclarationMessage.FunctionCode.ORIGINAL,
                LocalDate.of(2026, 12, 6), new Party("A12", "海港報關行", "TW"), new Party("12345678", "Formosa Outdoor Co., Ltd.", "TW"),
                new Party(null, "Shenzhen Audio Co.", "CN"), DeclarationMessage.TransportMode.SEA, "TWKEL", "CNSZX", LocalDate.of(2026, 12, 4),
                Incoterm.FOB, "FOB", "USD", new BigDecimal("32.150"), "TWD", new BigDecimal("1842.00"), null, null, new BigDecimal("61204"),
                new BigDecimal("24"), 17, new BigDecimal("90.000"), items, null, null,
                export ? new DeclarationMessage.ExportParticulars(LocalDate.of(2026, 12, 6), "CN", new Party(null, "Shenzhen Audio Co.", "CN")) : null);
        DeclarationView view = new DeclarationView(1, 7, 1, 1, "9", DeclarationStatus.DRAFT, "TW_XML", null, m, List.of(), null, null,
                "coordinator", Instant.parse("2026-12-06T01:00:00Z"), null, null, null, null, null, null, null, List.of(), List.of());
        byte[] xlsx = ClearanceSummaryDocuments.worksheet(view, locale, (code, l) -> bundles.getMessage(code, null, l));
        List<String> out = new ArrayList<>();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(xlsx))) {
            DataFormatter f = new DataFormatter();
            for (Row r : book.getSheetAt(0)) {
                r.forEach(c -> out.add(f.formatCellValue(c)));
            }
        }
        return out;
    }

    @Test
    void anExportWorksheetSaysTheFobValueAndTheExportFee() throws Exception {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setUseCodeAsDefaultMessage(true);
        bundles.setFallbackToSystemLocale(false);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("zh-TW")}) {
            String customsValue = bundles.getMessage("clearance.worksheet.customs-value", null, locale);
            String dutiesTotal = bundles.getMessage("clearance.worksheet.duties-total", null, locale);
            List<String> export = cells(true, locale, bundles);
            assertThat(export).doesNotContain(customsValue, dutiesTotal)
                    .contains(bundles.getMessage("clearance.worksheet.customs-value.export", null, locale),
                            bundles.getMessage("clearance.worksheet.duties-total.export", null, locale));
            assertThat(cells(false, locale, bundles)).contains(customsValue, dutiesTotal);
        }
    }
}
