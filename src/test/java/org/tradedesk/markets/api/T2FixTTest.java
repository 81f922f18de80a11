package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketsTestFiles;
import org.tradedesk.markets.ResearchProjects;
import org.tradedesk.markets.ResearchReports;

/**
 * Acceptance review of T2 (t2fixT), minor fixes, each failing on the behaviour before: a report asked in a language the
 * product has not answers its refusal in the Accept-Language language; zh-TW lists and the comment line punctuated
 * full-width; the report names people by display name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "t2fixt.coordinator", roles = {"COORDINATOR", "ADMIN"})
class T2FixTTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    ResearchReports reports;

    @Autowired
    org.tradedesk.identity.UserAdministration users;

    @Test
    void aLanguageTheProductHasNotIsRefusedInTheAcceptLanguageLanguage() throws Exception {
        String zh = mvc.perform(get("/api/v1/markets/projects/999999/report.pdf").param("lang", "xx").header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(zh, "$.detail")).contains("須為 zh-TW 或 en").doesNotContain("must be");
        String en = mvc.perform(get("/api/v1/markets/projects/999999/report.pdf").param("lang", "xx").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(en, "$.detail")).contains("it must be zh-TW or en");
    }

    @Test
    void theClaimablePreferencesAreListedWithTheReadersSeparator() {
        ResearchProjects.ScheduleTariff t = new ResearchProjects.ScheduleTariff("8542.31", java.time.LocalDate.of(2026, 12, 1), "TWN", 5.0,
                null, null, 1L, "KR 2026", null, null, null, "RCEP 4%, KAFTA 0%", null);
        assertThat(reports.scheduleReference(t, Locale.TRADITIONAL_CHINESE)).contains("RCEP 4%、KAFTA 0%").doesNotContain("4%, KAFTA");
        assertThat(reports.scheduleReference(t, Locale.ENGLISH)).contains("RCEP 4%, KAFTA 0%");
    }

    @Test
    void theCommentLineIsPunctuatedFullWidthAndPeopleAreNamedByDisplayName() throws Exception {
        if (users.list().stream().noneMatch(u -> u.username().equals("t2fixt.coordinator"))) {
            users.create(new org.tradedesk.identity.NewUser("t2fixt.coordinator", "Lin Mei-ling",
                    java.util.EnumSet.of(org.tradedesk.identity.Role.COORDINATOR), "T2fixT-coordinator-pass-2026!"));
        }
        long dataset = MarketsTestFiles.importResource(mvc, PORTAL);
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"IC exports","hsCodes":["8542"],"markets":["CHN","KOR","USA"],
                         "questions":["Which market grows fastest?"],"datasets":[%d]}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long project = ((Number) JsonPath.read(json, "$.id")).longValue();
        String shared = mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"parameters":{"method":"TREND","reporter":"USA","partner":"0","flow":"X","product":"8542",
                                 "frequency":"A"},"title":"USA trend"}""".formatted(dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long analysis = ((Number) JsonPath.read(shared, "$.id")).longValue();
        mvc.perform(post("/api/v1/markets/projects/" + project + "/analyses/" + analysis + "/comments")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"looks right\"}"))
                .andExpect(status().isCreated());
        byte[] zh = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(zh)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).containsPattern("Lin Mei-ling（\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}，臺北時間）：looks right")
                    .contains("由 Lin Mei-ling 分享").doesNotContain("t2fixt.coordinator").doesNotContain("）):");
        }
        byte[] en = mvc.perform(get("/api/v1/markets/projects/" + project + "/report.pdf").param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(en)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).containsPattern("Lin Mei-ling \\(\\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2}, Taipei time\\): looks right")
                    .contains("Shared by Lin Mei-ling");
        }
    }
}
