package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.clearance.FileTime;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Issue 8: at 22:40 UTC on 6 Dec 2026 it is 06:40 on 7 Dec in Taipei and 09:40 on 7 Dec in Sydney. A file's "today" is
 * its jurisdiction's date, whatever the server's zone (the clock here is UTC): the declaration is dated 7 Dec, a
 * deadline of 16 Dec has 9 days left, a notice received on 7 Dec is not "after today".
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class FileZoneDatesTest {

    static final Instant NOW = Instant.parse("2026-12-06T22:40:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedUtcClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientDirectory clients;

    String file(String jurisdiction, LocalDate arrival) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("coordinator", "x", "ROLE_COORDINATOR"));
        long clientId = clients.create(new ClientDetails("Zone Foods", ClientKind.IMPORTER, CountryCode.TW, null, PreferredLanguage.ZH_TW,
                null, null, null)).id();
        String json = mvc.perform(post("/api/v1/clearance/transactions").contentType(MediaType.APPLICATION_JSON).content("""
                {"clientId":%d,"direction":"IMPORT","jurisdiction":"%s","mode":"SEA","arrivalDate":"%s"}"""
                .formatted(clientId, jurisdiction, arrival)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return "/api/v1/clearance/transactions/" + ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String move(String tx, String target, long version) throws Exception {
        return mvc.perform(post(tx + "/status").contentType(MediaType.APPLICATION_JSON).content("""
                {"status":"%s","version":%d}""".formatted(target, version)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String declare(String tx) throws Exception {
        String complete = move(tx, "DOCUMENTS_COMPLETE", 0);
        return move(tx, "DECLARED", ((Number) JsonPath.read(complete, "$.version")).longValue());
    }

    @Test
    void aTaiwanFileCountsInTaipei() throws Exception {
        // tw-lodge: arrival 1 Dec + 15 days = Wed 16 Dec (關稅法 第16條); on 7 Dec in Taipei 9 days are left (the UTC date gave 10)
        String tx = file("TW", LocalDate.parse("2026-12-01"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(tx))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-lodge')].lastDay").value("2026-12-16"))
                .andExpect(jsonPath("$.deadlines[?(@.id == 'tw-lodge')].daysLeft").value(9));
        String declared = declare(tx);
        assertThat((String) JsonPath.read(declared, "$.declarationDate")).isEqualTo("2026-12-07");
        // a notice received on 7 Dec (today in Taipei) is taken; 復查 30 days from it: 6 Jan 2027, 30 days left
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"AW/1","decisionSummary":"改列",
                 "noticeReceived":"2026-12-07","amount":100.00,"currency":"TWD","clientNeeds":"退稅"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines[0].lastDay").value("2027-01-06"))
                .andExpect(jsonPath("$.deadlines[0].daysLeft").value(30));
    }

    @Test
    void anAustralianFileCountsInSydney() throws Exception {
        String tx = file("AU", LocalDate.parse("2026-12-01"));
        String declared = declare(tx);
        assertThat((String) JsonPath.read(declared, "$.declarationDate")).isEqualTo("2026-12-07");
        mvc.perform(post(tx + "/disputes").contentType(MediaType.APPLICATION_JSON).content("""
                {"decisionKind":"RECLASSIFICATION","decisionReference":"B374/1","decisionSummary":"Reclassified",
                 "noticeReceived":"2026-12-07","paidOn":"2026-12-07","amount":"100.00","currency":"AUD","clientNeeds":"Refund"}"""))
                .andExpect(status().isCreated());
    }

    @Test
    void aClockTimeOfTheFileIsReadInItsZoneNotShiftedThroughUtc() {
        assertThat(FileTime.today(Clock.fixed(NOW, ZoneOffset.UTC), Jurisdiction.TW)).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(FileTime.today(Clock.fixed(NOW, ZoneOffset.UTC), Jurisdiction.AU)).isEqualTo(LocalDate.parse("2026-12-07"));
        // N5116 ReleaseDateTime 20261207063000 is 06:30 in Taipei = 22:30 UTC the day before
        assertThat(FileTime.instant(LocalDateTime.parse("2026-12-07T06:30:00"), Jurisdiction.TW))
                .isEqualTo(Instant.parse("2026-12-06T22:30:00Z"));
        assertThat(FileTime.date(NOW, Jurisdiction.AU)).isEqualTo(LocalDate.parse("2026-12-07"));
    }
}
