package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;

/**
 * Issue 6 §7, as Chromium's accessibility tree showed it: the penalty form's four inputs shared one
 * id (the calculation's UUID, which the field fragment took for its {@code id} parameter), so every
 * label pointed at the first field; errors of the live preview were not announced; no skip link;
 * empty table headers; calculation tables that pushed a 390 px page sideways.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScreensAccessibilityTest {

    static final RequestPostProcessor COORDINATOR = user("ally").roles("COORDINATOR");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern LABEL_FOR = Pattern.compile("<label[^>]*\\sfor=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    String location;

    String calculationPage() throws Exception {
        TestSecurityContextHolder.setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("ally", "x", "ROLE_COORDINATOR"));
        long client;
        try {
            client = clients.create(new ClientDetails("無障礙貿易有限公司", ClientKind.IMPORTER, CountryCode.TW, null,
                    PreferredLanguage.ZH_TW, null, null, null)).id();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
        location = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations"), String.valueOf(client),
                        "lines[0].optionScheme", "FTA", "lines[0].optionDuty", "0%").with(COORDINATOR))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return mvc.perform(get(location).with(COORDINATOR).param("lang", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyIdOnTheCalculationPageIsUniqueAndEveryLabelNamesAField() throws Exception {
        String page = calculationPage();
        List<String> ids = all(ID, page);
        Set<String> seen = new HashSet<>();
        assertThat(ids.stream().filter(id -> !seen.add(id)).toList()).as("duplicate ids").isEmpty();
        assertThat(all(LABEL_FOR, page)).isNotEmpty().allSatisfy(target -> assertThat(ids).contains(target));
        assertThat(ids).contains("penalty-shortfall", "penalty-daysLateDeclaration", "penalty-daysLatePayment",
                "penalty-unpaidTax", "penalty-voluntaryDisclosure");
    }

    @Test
    void theCalculationTablesScrollInTheirOwnBoxAndNoHeaderIsEmpty() throws Exception {
        String page = calculationPage();
        for (String table : List.of("invoice-lines", "taxes-table", "options-table")) {
            assertThat(page).containsPattern("class=\"table-responsive\"[^>]*>\\s*<table class=\"table table-sm\" id=\"" + table + "\"");
        }
        assertThat(page).doesNotContainPattern("<th[^>]*>\\s*</th>")
                .contains("<span class=\"visually-hidden\">最便宜或採用</span>");
    }

    @Test
    void aSkipLinkComesBeforeTheNavigationAndLeadsToTheMainContent() throws Exception {
        String page = mvc.perform(get("/taxes").with(COORDINATOR).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page.indexOf("id=\"skip-link\"")).isPositive().isLessThan(page.indexOf("<nav"));
        assertThat(page).containsPattern("<a class=\"visually-hidden-focusable skip-link\" id=\"skip-link\" href=\"#main\">Skip to content</a>")
                .contains("<main class=\"container-fluid px-4\" id=\"main\" tabindex=\"-1\">");
    }

    @Test
    void theLivePreviewsAndThePenaltyErrorsAreAnnounced() throws Exception {
        String preview = mvc.perform(QuotationPagesTest.bmw(post("/taxes/quotations/preview"), "", "lines[0].origin", "usa")
                        .with(COORDINATOR)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("role=\"alert\" id=\"result-errors\"");
        calculationPage();
        String penalties = mvc.perform(post(location + "/penalties").with(COORDINATOR)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("shortfall", "-5")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(penalties).contains("role=\"alert\" id=\"penalty-errors\"");
    }
}
