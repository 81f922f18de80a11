package org.tradedesk.tariff.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;

/**
 * Web slice of the tariff REST API: only the controller, the problem-detail advice and MVC are
 * started; the catalogue is a mock. Checks the HTTP contract (JSON shape, status codes, problem
 * details) without a database, in a fraction of the full context's time.
 */
@WebMvcTest(TariffApiController.class)
@Import({TariffApiSliceTest.FixedClock.class, org.tradedesk.platform.MessageTexts.class, org.tradedesk.platform.Formats.class})
class TariffApiSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TariffCatalogue catalogue;

    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC);
        }

        @Bean
        org.tradedesk.platform.BusinessCalendar calendar(Clock clock) {
            return new org.tradedesk.platform.BusinessCalendar(clock, java.time.ZoneId.of("Asia/Taipei"));
        }
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void itemAnswersTheLineItsMeasuresAndTheDataVersion() throws Exception {
        TariffLine line = new TariffLine("22042110", "2204.21.10", "ITEM", "Wine of fresh grapes", null, "L");
        TariffMeasure general = new TariffMeasure("GENERAL", null, null, null, null, "5%", "5%", "Schedule 3");
        DataVersion version = new DataVersion(7, Jurisdiction.AU, "AU Schedule 3", Instant.parse("2026-01-05T10:00:00Z"), 3L, true);
        given(catalogue.lookup(Jurisdiction.AU, "22042110", LocalDate.of(2026, 1, 1)))
                .willReturn(new TariffLookup(Jurisdiction.AU, line, LocalDate.of(2026, 1, 1), List.of(general), version));

        mvc.perform(get("/api/v1/tariff/AU/items/22042110").param("date", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.line.dottedCode").value("2204.21.10"))
                .andExpect(jsonPath("$.measures[0].expression").value("5%"))
                .andExpect(jsonPath("$.dataVersion.id").value(7));
    }

    /** Issue 6: the run-together Schedule 3 text is also given component by component, each with its code. */
    @Test
    @WithMockUser(roles = "COORDINATOR")
    void eachMeasureGivesThePublishedTextComponentByComponent() throws Exception {
        TariffLine line = new TariffLine("87032390", "8703.23.90", "ITEM", "Other", null, "No");
        String published = "5% DCS4% CAFree DCT5%";
        TariffMeasure general = new TariffMeasure("GENERAL", null, null, null, null, "5%", published, "Schedule 3");
        DataVersion version = new DataVersion(7, Jurisdiction.AU, "AU Schedule 3", Instant.parse("2026-01-05T10:00:00Z"), 3L, true);
        given(catalogue.lookup(Jurisdiction.AU, "87032390", LocalDate.of(2026, 1, 1)))
                .willReturn(new TariffLookup(Jurisdiction.AU, line, LocalDate.of(2026, 1, 1), List.of(general), version));

        mvc.perform(get("/api/v1/tariff/AU/items/87032390").param("date", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[0].originalText").value(published))
                .andExpect(jsonPath("$.measures[0].publishedParts.length()").value(4))
                .andExpect(jsonPath("$.measures[0].publishedParts[0].rate").value("5%"))
                .andExpect(jsonPath("$.measures[0].publishedParts[1].label").value("DCS"))
                .andExpect(jsonPath("$.measures[0].publishedParts[1].rate").value("4%"))
                .andExpect(jsonPath("$.measures[0].publishedParts[2].label").value("CA"))
                .andExpect(jsonPath("$.measures[0].publishedParts[2].rate").value("Free"))
                .andExpect(jsonPath("$.measures[0].publishedParts[3].label").value("DCT"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void withoutADateTheLookupIsForTodayByTheApplicationClock() throws Exception {
        given(catalogue.lookup(eq(Jurisdiction.AU), eq("8542"), any()))
                .willThrow(TariffItemNotFound.forCode(Jurisdiction.AU, "8542"));
        mvc.perform(get("/api/v1/tariff/AU/items/8542"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("tariff.item.not-found"));
        verify(catalogue).lookup(Jurisdiction.AU, "8542", LocalDate.of(2026, 3, 2));
        // in the reader's language, with the code as typed and the schedule named
        mvc.perform(get("/api/v1/tariff/AU/items/8542").header("Accept-Language", "zh-TW"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("澳洲（AU）稅則中沒有號別 8542。"));
        mvc.perform(get("/api/v1/tariff/AU/items/8542").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("No tariff line 8542 in the schedule of Australia (AU)."));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void anUnknownJurisdictionIsABadRequestNamingIt() throws Exception {
        mvc.perform(get("/api/v1/tariff/XX/search").param("q", "wine"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tariff.jurisdiction.unknown"));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine"))
                .andExpect(status().isUnauthorized());
    }
}
