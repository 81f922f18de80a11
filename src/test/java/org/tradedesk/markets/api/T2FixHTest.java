package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Code-read fixes of issue 9 (t2fixH). Files constructed here (made-up figures, Comtrade legacy bulk layout). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixHTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long upload(String name, String csv) throws Exception {
        return MarketsTestFiles.importText(mvc, name, csv);
    }

    long project(String markets, long dataset) throws Exception {
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Wine","hsCodes":["220421"],"markets":[%s],"questions":["Where?"],"datasets":[%d]}"""
                        .formatted(markets, dataset)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** R1: a LAGGED analysis shared before its explanatory series had to be described still shows, with a note. */
    @Test
    void aLaggedAnalysisSharedBeforeTheSeriesHadToBeDescribedStillShowsWithANote() throws Exception {
        long dataset = upload("wine_aus_lagged_old.csv", T2FixETest.oneMarket(36, 1_000_000));
        String gdp = "2014=100;2015=104;2016=109;2017=113;2018=120;2019=124;2020=118;2021=131";
        long id = project("\"AUS\",\"NZL\"", dataset);
        String json = mvc.perform(post("/api/v1/markets/projects/" + id + "/analyses").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dataset":%d,"parameters":{"method":"LAGGED","reporter":"AUS","partner":"0","flow":"M","product":"220421",
                         "frequency":"A","explanatory":"%s","lags":"1","explanatoryName":"Household spending index",
                         "explanatorySource":"ABS 5206.0 table 8, 2026-09-03","explanatoryUnit":"index 2014=100"},
                         "title":"Spending before the rule"}""".formatted(dataset, gdp)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long shared = ((Number) JsonPath.read(json, "$.id")).longValue();
        // the request as stored before the three fields existed
        String stored = jdbc.queryForObject("select request_json from markets_shared_analysis where id = ?", String.class, shared);
        String old = stored.replaceAll(",?\"explanatory(Name|Source|Unit)\":(\"[^\"]*\"|null)", "");
        assertThat(old).doesNotContain("explanatoryName", "Household").contains("\"method\":\"LAGGED\"");
        jdbc.update("update markets_shared_analysis set request_json = ? where id = ?", old, shared);

        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Spending before the rule")))
                .andExpect(content().string(containsString("Explanatory series not described (shared before 2026-12-07")))
                .andExpect(content().string(not(containsString("Name of the explanatory series"))));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("解釋序列未加說明（於 2026-12-07 前分享")));
        byte[] pdf = mvc.perform(get("/api/v1/markets/projects/" + id + "/report.pdf").header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Explanatory series not described (shared before 2026-12-07")
                    .doesNotContain("Name of the explanatory series");
        }
        // sharing or running it anew still asks for all three
        mvc.perform(post("/api/v1/markets/projects/" + id + "/analyses").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dataset":%d,"parameters":{"method":"LAGGED","reporter":"AUS","partner":"0","flow":"M","product":"220421",
                         "frequency":"A","explanatory":"%s","lags":"1"},"title":"Undescribed"}""".formatted(dataset, gdp)))
                .andExpect(status().isBadRequest());
    }

    /**
     * R9: KOR's 2021 World row is there but it has no row with Taiwan (490): its share is 0 with a note, not a 400 for the
     * whole scoring. AUS 2021: 324,000 ÷ 1,060,000 as in T2FixETest.
     */
    @Test
    void aMarketWithNoRowForThePartnerThatYearScoresAShareOfZeroWithANote() throws Exception {
        String csv = T2FixETest.partnerFile(true).replace("2021,410,1,490,\"H5\",\"220421\",8,,,40000,0\n", "");
        assertThat(csv).doesNotContain("2021,410,1,490,");
        long dataset = upload("wine_partner_490_kor_gap.csv", csv);
        long id = project("\"AUS\",\"KOR\"", dataset);
        String scored = mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"dataset":%d,"weights":{"DEMAND_SIZE":40,"OUR_SHARE":20}}""".formatted(dataset)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.notes[*]")
                        .value(org.hamcrest.Matchers.hasItem(containsString("no recorded trade"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(T2FixETest.share(scored, "KOR")).isEqualTo(0.0);
        assertThat(T2FixETest.share(scored, "AUS")).isCloseTo(324_000.0 / 1_060_000, org.assertj.core.api.Assertions.within(1e-12));
        // a dataset with no partner breakdown at all is still refused
        long bare = upload("wine_world_only.csv", T2FixETest.partnerFile(false));
        long id2 = project("\"AUS\",\"KOR\"", bare);
        mvc.perform(post("/api/v1/markets/projects/" + id2 + "/scoring").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"dataset":%d,"weights":{"DEMAND_SIZE":40,"OUR_SHARE":20}}""".formatted(bare)))
                .andExpect(status().isBadRequest());
    }
}
