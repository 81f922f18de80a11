package org.tradedesk.markets.api;

import org.tradedesk.markets.MarketsTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The minor findings of the last T2 acceptance review (issue 9), each seen failing before its fix. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2MinorFixesTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final String CHN_IMPORTS = "comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv";

    @Autowired
    MockMvc mvc;

    long upload(String name) throws Exception {
        return MarketsTestFiles.importResource(mvc, name);
    }

    long project(long dataset) throws Exception {
        return MarketsTestFiles.icExports(mvc, dataset);
    }

    String page(String url, String lang) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", lang)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** 1. qtyUnit N/A but a net weight: the unit value per kg of net weight, labelled so in the reader's language. */
    @Test
    void theUnitValueOfAFileWithoutQuantityIsPerKgOfNetWeightAndSaysSo() throws Exception {
        long id = upload(PORTAL);
        String url = "/markets/datasets/" + id + "/series?reporter=CHN&partner=0&flow=X&product=8542&from=2019&to=2019";
        // 2019: 102,102,959,980 USD over a net weight of 45,139,216.817 kg (the file's netWgt)
        String unitValue = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(102102959980.0 / 45139216.817);
        assertThat(page(url, "zh-TW")).contains("45,139,217 公斤（淨重）", unitValue + " 美元／每公斤（淨重）");
        assertThat(page(url, "en")).contains("45,139,217 kg (net weight)", unitValue + " USD per kg (net weight)");
    }

    /** 2. A tariff line of another heading is refused, naming the field by its label. */
    @Test
    void aTariffLineOfAnotherProductIsRefusedAtItsField() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":1,"TARIFF":1},
                                 "tariffs":{"CHN":0,"KOR":0,"USA":0},"tariffCodes":{"USA":"8541.10.00"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tariffCodes.USA"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff line of United States (USA)")) // t2fixF: the market named
                .andExpect(jsonPath("$.detail").value(containsString("tariff line of another product")))
                .andExpect(jsonPath("$.detail").value(containsString("(8542)")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":1},
                                 "tariffCodes":{"KOR":"0101.21"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tariffCodes.KOR"))
                .andExpect(jsonPath("$.errors[0].label").value("南韓（KOR） 的稅號"));
        // a line beneath the product's heading is the product's
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").contentType(MediaType.APPLICATION_JSON).content("""
                        {"dataset":%d,"flow":"X","product":"8542","weights":{"DEMAND_SIZE":1},"tariffCodes":{"USA":"8542.31.00"}}"""
                        .formatted(dataset)))
                .andExpect(status().isOk());
    }

    /** 3. Exports scored are the market's supply, not its demand: pages and API texts say so. */
    @Test
    void exportsAreLabelledAsSupplyNotDemand() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        String en = page("/markets/projects/" + id + "?dataset=" + dataset + "&flow=X&w_DEMAND_SIZE=1&w_DEMAND_GROWTH=1", "en");
        assertThat(en).contains("id=\"markets-ranking\"", "Export size (supply)", "Export growth (supply)").doesNotContain("Demand size")
                .doesNotContain("Demand growth");
        String zh = page("/markets/projects/" + id + "?dataset=" + dataset + "&flow=X&w_DEMAND_SIZE=1", "zh-TW");
        assertThat(zh).contains("出口規模（供給）").doesNotContain("需求規模");
        // the API's problem names the criterion as exports too
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"OUR_SHARE":1}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Our share of its exports")));
    }

    /**
     * 4. No schedule, no rate typed, no tariff dataset average chosen: the trade dataset has no tariff data to average, and the
     * answer says so and how to give one (t2fixN: a tariff dataset's average may be chosen).
     */
    @Test
    void withoutScheduleOrTypedRateTheAnswerSaysTheDatasetHasNoTariffData() throws Exception {
        long dataset = upload(PORTAL);
        long id = project(dataset);
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":0,"KOR":8}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Tariff rate of United States (USA) is not valid: the market has no value for Market access (tariff)")))
                .andExpect(jsonPath("$.detail").value(containsString("no tariff dataset average was chosen")))
                .andExpect(jsonPath("$.detail").value(containsString("tariffAverages")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1,"TARIFF":1},"tariffs":{"CHN":0,"KOR":8}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("美國（USA） 的關稅率不正確：該市場沒有「市場進入（關稅）」的數值")))
                .andExpect(jsonPath("$.detail").value(containsString("也未選擇關稅資料集的平均稅率")));
    }

    /** 5. An empty upload, an unknown format and a bad mail recipient: errors[] with field and label as elsewhere. */
    @Test
    void uploadAndMailProblemsNameTheirFields() throws Exception {
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].label").value("檔案"))
                .andExpect(jsonPath("$.detail").value("檔案不正確：檔案是空的。"));
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n".getBytes()))
                        .param("format", "EXCEL").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"))
                .andExpect(jsonPath("$.errors[0].label").value("Format"))
                .andExpect(jsonPath("$.detail").value(containsString("it is not a known format; the formats are COMTRADE_V1")));
        long id = project(upload(PORTAL));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/report/mail").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content("{\"recipients\":[{\"name\":\"X\",\"email\":\"not an address\",\"language\":\"en\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipients.email"))
                .andExpect(jsonPath("$.errors[0].label").value("E-mail address of the recipient"))
                .andExpect(jsonPath("$.detail").value(containsString("not an address")));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/report/mail").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-TW")
                        .content("{\"recipients\":[{\"name\":\"X\",\"email\":\"x@example.com\",\"language\":\"de\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipients.language"))
                .andExpect(jsonPath("$.errors[0].label").value("收件人語言"));
        mvc.perform(post("/api/v1/markets/projects/" + id + "/report/mail").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"recipients\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipients"));
    }

    /** 6. One partner: the normalised HHI is not defined (it was 1.0), and the answer says why. */
    @Test
    void theNormalisedHhiOfOnePartnerIsUndefinedAndSaidSo() throws Exception {
        long id = upload(CHN_IMPORTS);
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/concentration").param("year", "2016").param("flow", "M")
                        .param("product", "8542").param("by", "partner").param("reporter", "CHN").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shares.length()").value(1))
                .andExpect(jsonPath("$.hhi").value(1.0))
                .andExpect(jsonPath("$.normalizedHhi").doesNotExist())
                .andExpect(jsonPath("$.normalizedHhiNote.text").value(containsString("not defined for a single partner")));
        assertThat(page("/markets/datasets/" + id + "/concentration?year=2016&flow=M&product=8542&by=partner&reporter=CHN", "zh-TW"))
                .contains("僅一個貿易夥伴時無定義");
        // the series' product note has its text in the reader's language
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("partner", "842").param("flow", "M")
                        .param("product", "85").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productNote.text").value(containsString("檔案中沒有貨品")))
                .andExpect(jsonPath("$.productNote.text").value(not(containsString("markets.series"))));
    }
}
