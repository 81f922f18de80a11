package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradedesk.markets.ResearchProjects;

/**
 * t2fixJ, the acceptance review's open points on scoring and the decision form (real Comtrade portal file, HS 8542 exports
 * of CHN, KOR, USA): typed tariffs per product × market, kept on error and marked as typed; every tariff problem of a
 * scoring at once at its field; 1e308 refused with a bound and printed in a few digits; the partner and the direction of our
 * market share checked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixJTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    /** A run of 30 digits or more: 1e308 printed whole (309 digits) anywhere on a page or in an answer. */
    static final String LONG_DIGITS = "(?s).*[0-9]{30,}.*";
    static final String E308 = "1" + "0".repeat(308);

    @Autowired
    MockMvc mvc;
    @Autowired
    ResearchProjects projects;

    long dataset() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + PORTAL)) {
            bytes = in.readAllBytes();
        }
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", PORTAL, "text/csv", bytes)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    MockHttpServletRequestBuilder scoring(long id, String language, String body) {
        return post("/api/v1/markets/projects/" + id + "/scoring").header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The decision form with its usual figures, {@code changed} (name, value, …) in place of some of them. */
    MockHttpServletRequestBuilder decision(long id, long dataset, String language, String... changed) {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("dataset", String.valueOf(dataset));
        p.put("flow", "X");
        p.put("product", "8542");
        p.put("from", "2013");
        p.put("to", "2016");
        p.put("demandSize", "40");
        p.put("demandGrowth", "40");
        p.put("tariff", "20");
        p.put("sensitivity", "0.2");
        p.put("choices", "KOR: largest");
        for (int i = 0; i < changed.length; i += 2) {
            p.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder b = post("/markets/projects/" + id + "/decisions").with(csrf()).header("Accept-Language", language);
        p.forEach((k, v) -> b.param(k, v));
        return b;
    }

    /** Item 1: on the decision form a rate is typed per product and market; the input is kept on error and marked as typed. */
    @Test
    void theDecisionFormTakesTypedTariffsPerProductAndMarketKeepsThemAndMarksThemTyped() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", List.of("8542", "8541"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        // a rate without its product in a project of two products, and one of 2000 %: both at the tariffs field, input kept
        mvc.perform(decision(id, dataset, "en", "tariffs", "8542 CHN=0; 8542 KOR=2000; USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"8542 CHN=0; 8542 KOR=2000; USA=2\"")))
                .andExpect(content().string(containsString("Tariff rate of Rep. of Korea (KOR) is not valid: a typed tariff rate is a percentage from 0 to 1000")))
                .andExpect(content().string(containsString("Tariff rate of United States (USA) is not valid: a rate is typed per product and market, "
                        + "and the project has more than one product (8542, 8541); name the product, e.g. 8542 USA=2")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"markets-typed-tariffs\">\\s*<li>8542 × China \\(CHN\\): 0 % \\(typed by the user\\)</li>.*")));
        assertThat(projects.decisions(id)).isEmpty();
        mvc.perform(decision(id, dataset, "zh-TW", "tariffs", "8542 CHN=0; 8542 KOR=8; 8542 USA=2; 8541 KOR=99"))
                .andExpect(status().is3xxRedirection());
        ResearchProjects.Decision d = projects.decisions(id).get(0);
        ResearchProjects.MarketLine kor = d.figures().ranking().stream().filter(l -> l.market().equals("KOR")).findFirst().orElseThrow();
        // the rate of 8542 in KOR, not the one typed for 8541
        assertThat(kor.tariffPercent()).isEqualTo(8.0);
        assertThat(kor.tariffSource()).isEqualTo("TYPED_BY_USER");
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("8542 × 南韓（KOR）：8 %（由使用者輸入）")));
    }

    /** Item 2 (and 3): a typed 2000 %, a negative rate and a market with no rate at all, each at its field, at once. */
    @Test
    void everyTariffProblemOfAScoringIsNamedAtItsFieldAtOnce() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        String body = """
                {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"TARIFF":20},"tariffs":{"CHN":2000,"KOR":-1}}""".formatted(dataset);
        mvc.perform(scoring(id, "en", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("tariffs.CHN"))
                .andExpect(jsonPath("$.errors[0].label").value("Tariff rate of China (CHN)"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("a percentage from 0 to 1000")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("\"2000\"")))
                .andExpect(jsonPath("$.errors[1].field").value("tariffs.KOR"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("cannot be negative")))
                .andExpect(jsonPath("$.errors[2].field").value("tariffs.USA"))
                .andExpect(jsonPath("$.errors[2].label").value("Tariff rate of United States (USA)"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("no value for Market access (tariff)")));
        mvc.perform(scoring(id, "zh-TW", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[2].field").value("tariffs.USA"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("沒有「市場進入（關稅）」的數值")))
                .andExpect(jsonPath("$.detail").value(not(containsString("markets."))));
        // 1e308: refused with its bound, printed in a few digits, never 309 of them
        mvc.perform(scoring(id, "en", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":1e308,"TARIFF":20},"tariffs":{"CHN":1e308,"KOR":0,"USA":0}}"""
                        .formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("weights.DEMAND_SIZE"))
                .andExpect(jsonPath("$.errors[1].field").value("tariffs.CHN"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("\"1.0E308\"")))
                .andExpect(content().string(not(matchesPattern(LONG_DIGITS))));
    }

    /** Item 3: 1e308 on the pages (scoring, decision form) and in an explanatory series: a bound, a short number. */
    @Test
    void hugeNumbersAreRefusedWithABoundAndNeverPrintedWhole() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_DEMAND_SIZE", "40").param("w_TARIFF", "20").param("tariff_CHN", "1e308")
                        .param("tariff_KOR", "-2"))
                .andExpect(content().string(not(containsString("id=\"markets-ranking\""))))
                .andExpect(content().string(matchesPattern("(?s).*class=\"form-control is-invalid\" id=\"tariff_CHN\".*")))
                .andExpect(content().string(matchesPattern("(?s).*class=\"form-control is-invalid\" id=\"tariff_KOR\".*")))
                .andExpect(content().string(containsString("Tariff rate of China (CHN) is not valid: a typed tariff rate is a percentage from 0 to 1000")))
                .andExpect(content().string(containsString("(received &quot;1.0E308&quot;)")))
                .andExpect(content().string(not(matchesPattern(LONG_DIGITS))));
        mvc.perform(decision(id, dataset, "en", "sensitivity", "1e308", "unitValue", "-1e308", "tariffs", "CHN=" + E308 + "; KOR=8; USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("1E+308 is above the highest value allowed, 1")))
                .andExpect(content().string(containsString("-1E+308 is below the lowest value allowed, 0")))
                .andExpect(content().string(containsString("<li>8542 × China (CHN): 1E+308 % (typed by the user)</li>")))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString().replace("value=\"CHN=" + E308, ""))
                        .as("the typed text is kept in its field, and printed nowhere else whole").doesNotMatch(LONG_DIGITS));
        mvc.perform(decision(id, dataset, "en", "demandSize", "1e308", "tariffs", "CHN=" + E308 + "; KOR=8; USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("1E+308 is above the highest value allowed, 1000000")));
        mvc.perform(decision(id, dataset, "en", "tariffs", "CHN=" + E308 + "; KOR=8; USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tariff rate of China (CHN) is not valid: a typed tariff rate is a percentage from 0 to 1000")))
                .andExpect(content().string(containsString("(received &quot;1.0E308&quot;)")));
        assertThat(projects.decisions(id)).isEmpty();
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en").param("method", "LAGGED")
                        .param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542")
                        .param("explanatory", "2013=1e308; 2014=2; 2015=3; 2016=4; 2017=5; 2018=6; 2019=7")
                        .param("explanatoryName", "GDP").param("explanatorySource", "WDI").param("explanatoryUnit", "USD"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanatory"))
                .andExpect(jsonPath("$.detail").value(containsString("at most 18 digits before the point")))
                .andExpect(content().string(not(matchesPattern(LONG_DIGITS))));
    }

    /** Item 5: partner XYZ, a partner that is a candidate, a direction of no criterion or in words: field errors, at once. */
    @Test
    void thePartnerAndTheDirectionAreCheckedAtTheirFields() throws Exception {
        long dataset = dataset();
        long id = projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset),
                "analyst").id();
        mvc.perform(scoring(id, "en", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40,"OUR_SHARE":20},"partner":"XYZ",
                         "directions":{"OUR_SHARE":"愈高愈好","PRICE":"HIGHER_IS_BETTER"}}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("directions.OUR_SHARE"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("it is not a direction")))
                .andExpect(jsonPath("$.errors[1].field").value("directions.PRICE"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("it is not a scoring criterion")))
                .andExpect(jsonPath("$.errors[2].field").value("partner"))
                .andExpect(jsonPath("$.errors[2].label").value("Partner"))
                .andExpect(jsonPath("$.errors[2].message").value(containsString("not a country code of the UN Comtrade country list")));
        // the partner is one of the candidates (the share of a market's trade with itself), also when our share has no weight
        mvc.perform(scoring(id, "zh-TW", """
                        {"dataset":%d,"flow":"X","weights":{"DEMAND_SIZE":40},"partner":"kor"}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partner"))
                .andExpect(jsonPath("$.errors[0].label").value("貿易夥伴"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("夥伴是候選市場之一")));
        // the scoring form: a direction in words, with no weight on our share, stands at its field
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "zh-TW").param("dataset", String.valueOf(dataset))
                        .param("flow", "X").param("w_DEMAND_SIZE", "40").param("dir_OUR_SHARE", "愈高愈好").param("partner", "XYZ"))
                .andExpect(content().string(not(containsString("id=\"markets-ranking\""))))
                .andExpect(content().string(matchesPattern("(?s).*<div class=\"invalid-feedback d-block\">評分方向：[^<]*「愈高愈好」.*")))
                .andExpect(content().string(matchesPattern("(?s).*class=\"form-control is-invalid\" id=\"partner\".*")));
        // the decision form: the label posted back in place of the value
        mvc.perform(decision(id, dataset, "zh-TW", "tariffs", "CHN=0; KOR=8; USA=2", "ourShare", "10", "ourShareDirection", "愈高愈好（已有據點）"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("「愈高愈好（已有據點）」不是評分方向；請選擇「愈高愈好（已有據點）」或「愈低愈好（成長空間較大）」")));
        mvc.perform(decision(id, dataset, "en", "tariffs", "CHN=0; KOR=8; USA=2", "ourShare", "10", "partner", "USA"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Partner is not valid: the partner is one of the candidate markets (CHN, KOR, USA)")));
        assertThat(projects.decisions(id)).isEmpty();
    }
}
