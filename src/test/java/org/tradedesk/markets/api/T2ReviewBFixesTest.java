package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** Findings of the T2 acceptance review handled on branch t2fixB, each seen failing before its fix. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2ReviewBFixesTest {

    @Autowired
    MockMvc mvc;

    long upload(String name) throws Exception {
        return MarketsTestFiles.importResource(mvc, name);
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    /** F5: no recipients is said once ("0 given"), not echoed again as a received value. */
    @Test
    void noRecipientsIsSaidOnce() throws Exception {
        long id = project(upload(PORTAL));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/report/mail").header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipients\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("(0 given)")))
                .andExpect(jsonPath("$.detail").value(not(containsString("received"))));
    }

    /** F5: an unknown key is a 400 naming it, not ignored (201) nor blamed on another field. */
    @Test
    void anUnknownKeyInAMarketsRequestBodyIsRefusedNamingIt() throws Exception {
        mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"0","flow":"X","product":"8542","from":2019,"to":2020,"apiKey":"x"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("apiKey"))
                .andExpect(jsonPath("$.detail").value(containsString("no such key")));
        mvc.perform(post("/api/v1/markets/projects").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"IC","hsCodes":["8542"],"markets":["CHN"],"questions":["Where?"],"datasets":[1],"bogus":1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bogus"))
                .andExpect(jsonPath("$.detail").value(containsString("沒有這個欄位")));
        mvc.perform(post("/api/v1/markets/projects/999999/report/mail").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"to":["a@example.com"],"format":"pdf"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Recipients"))));
    }

    /** F6: a Comtrade fetch's fields in the module's problem shape: label, errors[], reason; every bad field at once. */
    @Test
    void aComtradeFetchWithBadFieldsNamesThemByLabelWithTheirReasons() throws Exception {
        mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"ZZZ","partner":"0","flow":"X","product":"8542","from":2019,"to":2020}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reporter"))
                .andExpect(jsonPath("$.errors[0].label").value("申報國（市場）"))
                .andExpect(jsonPath("$.detail").value(containsString("Comtrade 國家代號")))
                .andExpect(jsonPath("$.detail").value(not(containsString("reporter"))));
        mvc.perform(post("/api/v1/markets/comtrade-fetches").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"frequency":"A","reporter":"CHN","partner":"0","flow":"X","product":"8542","from":1900,"to":2100}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.detail").value(containsString("from 1962 to 2100")));
    }

    /** F3: one partner's HHI of 1.0 says the shares are of the partners the file holds; only World rows give the reason. */
    @Test
    void concentrationSaysItsSharesAreOfThePartnersTheFileHolds() throws Exception {
        long imports = upload("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/markets/datasets/" + imports
                        + "/concentration?year=2020&flow=M&product=8542&by=partner").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hhi").value(1.0))
                .andExpect(jsonPath("$.notes[0].text").value(containsString("of the partner countries the file holds (1 in all)")));
        long portal = upload(PORTAL);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/markets/datasets/" + portal
                        + "/concentration?year=2020&flow=X&product=8542&by=partner&reporter=CHN").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hhi").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.notes[0].text").value(containsString("沒有任何夥伴國")));
    }

    /** F8: monthly asked of a yearly file is a 400 saying why; the dataset page names the store's precision and the time zone. */
    @Test
    void monthlyOfAYearlyFileSaysWhyAndTheDatasetPageNamesPrecisionAndZone() throws Exception {
        long id = upload(PORTAL);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/markets/datasets/" + id
                        + "/series?reporter=CHN&partner=0&flow=X&product=8542&frequency=M").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("frequency"))
                .andExpect(jsonPath("$.detail").value(containsString("only yearly ones")));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/markets/datasets/" + id)
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(page).contains("0.001 美元").containsPattern("\\d{2}:\\d{2}:\\d{2}（");
    }
}
