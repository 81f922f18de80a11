package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.ResearchProjects;

/**
 * t2fixO, the acceptance review of issue 9 (T2 market research): every problem of a form or endpoint at once (2), a negative
 * typed rate worded on the form (3), one message per fault and several as separate items (4), a double submit refused (5), a
 * reason of "." is no reason (6), an empty upload on the page keeps the form (7), a CSV cut off inside a quoted cell (8),
 * Taiwan's 158, errors[] of a comparison market without data, the indicators page's unit and the mail language (11).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixOTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ResearchProjects projects;
    @Autowired
    JdbcTemplate jdbc;

    T2FixJTest j() {
        T2FixJTest j = new T2FixJTest();
        j.mvc = mvc;
        j.projects = projects;
        return j;
    }

    long project(long dataset) {
        return projects.create("IC", List.of("8542"), List.of("CHN", "KOR", "USA"), List.of("Which market?"), List.of(dataset), "analyst").id();
    }

    /** The text of the element with this id (its inner HTML up to its closing div). */
    static String errorOf(String page, String id) {
        Matcher m = java.util.regex.Pattern.compile("(?s)id=\"" + id + "\"[^>]*>(.*?)</div>").matcher(page);
        return m.find() ? m.group(1) : null;
    }

    /** Item 2: the typed rates, the tariff date and a market not a candidate: all three in one answer. */
    @Test
    void theDecisionFormNamesEveryProblemAtOnce() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        String page = mvc.perform(j().decision(id, dataset, "en", "tariffs", "8542 CHN=0; 8542 KOR=99999; 8542 USA=2.5",
                        "tariffDate", "2026-13-45", "choices", "JPN: cheap"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Tariff rate of Rep. of Korea (KOR) is not valid: a typed tariff rate is a percentage from 0 to 1000")
                .contains("it must be a valid date (year-month-day")
                .contains("not one of the project");
        // the rate refused is not refused a second time as "no value"
        assertThat(page).doesNotContain("Rep. of Korea (KOR) is not valid: the market has no value");
        assertThat(projects.decisions(id)).isEmpty();
    }

    /** Item 2: the scoring API names the flow and the year with the weight, tariff and sensitivity. */
    @Test
    void theScoringApiNamesTheFlowAndTheYearWithTheOthers() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        mvc.perform(j().scoring(id, "en", """
                        {"dataset":%d,"flow":"Q","to":3024,"weights":{"DEMAND_SIZE":-1,"TARIFF":20},"tariffs":{"CHN":-2,"KOR":0,"USA":0},
                         "sensitivity":5}""".formatted(dataset)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("flow", "to", "weights.DEMAND_SIZE", "tariffs.CHN", "sensitivity")));
    }

    /** Item 2: the series names flow, frequency and a year too long for a number, at once. */
    @Test
    void theSeriesNamesEveryParameterProblemAtOnce() throws Exception {
        long dataset = j().dataset();
        mvc.perform(get("/api/v1/markets/datasets/" + dataset + "/series").header("Accept-Language", "en").param("reporter", "CHN")
                        .param("product", "8542").param("flow", "Q").param("frequency", "Z").param("from", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("flow", "frequency", "from")))
                .andExpect(jsonPath("$.detail").value(containsString("from 1900 to 2100")));
    }

    /** Item 2: the analysis page lists every bad explanatory pair, as the API does. */
    @Test
    void theAnalysisPageListsEveryBadExplanatoryPair() throws Exception {
        long dataset = j().dataset();
        String page = mvc.perform(get("/markets/datasets/" + dataset + "/analysis").header("Accept-Language", "en").param("method", "LAGGED")
                        .param("reporter", "CHN").param("partner", "0").param("flow", "X").param("product", "8542").param("frequency", "A")
                        .param("explanatory", "2013=abc; 2014=xyz; 2015=3; 2016=4; 2017=5; 2018=6; 2019=7").param("lags", "1"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2013=abc").contains("2014=xyz");
    }

    /** Item 3: a negative typed rate on the form is "cannot be negative", as the API says, not the format error. */
    @Test
    void aNegativeTypedRateIsWordedAsTheApiWordsIt() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        mvc.perform(j().decision(id, dataset, "en", "tariffs", "8542 CHN=-1; 8542 KOR=8; 8542 USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tariff rate of China (CHN) is not valid: a tariff rate cannot be negative")))
                .andExpect(content().string(not(containsString("write PRODUCT MARKET=rate entries"))));
        mvc.perform(j().decision(id, dataset, "zh-TW", "tariffs", "8542 CHN=-1; 8542 KOR=8; 8542 USA=2"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("關稅率不能為負數")));
        assertThat(projects.decisions(id)).isEmpty();
    }

    /** Item 4: one fault, one message; two faults of one field as two items, never run together. */
    @Test
    void aFieldShowsOneMessagePerFaultAndSeveralAsItems() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        String page = mvc.perform(j().decision(id, dataset, "zh-TW", "origin", "Taiwan", "choices", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String origin = errorOf(page, "decision-origin-error");
        assertThat(origin).contains("請填 ISO 二碼國家代碼").doesNotContain("長度須為");
        String choices = errorOf(page, "decision-choices-error");
        assertThat(choices).isNotNull();
        assertThat(choices.strip()).doesNotContain("<li>");
        // a product of 13 letters breaks two rules (digits only, at most 11): two items
        page = mvc.perform(j().decision(id, dataset, "en", "product", "abcdefghijklm"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String product = errorOf(page.replace("</li></ul></div>", "</li></ul>END</div>"), "decision-product-error");
        assertThat(product).contains("<li>an HS code of digits only</li>").contains("</li><li>");
    }

    /** Item 5: the same decision posted twice (one after the other, or at once) is recorded once; the second is a 409. */
    @Test
    void aDoubleSubmitRecordsOneDecision() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        String[] form = {"tariffs", "8542 CHN=0; 8542 KOR=8; 8542 USA=2"};
        mvc.perform(j().decision(id, dataset, "en", form)).andExpect(status().is3xxRedirection());
        long first = projects.decisions(id).get(0).id();
        mvc.perform(j().decision(id, dataset, "en", form))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The same decision was recorded a moment ago (decision #" + first + ")")));
        assertThat(projects.decisions(id)).hasSize(1);
        // two at once, on another project
        long other = project(dataset);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> post = () -> {
                start.await();
                return mvc.perform(j().decision(other, dataset, "en", form).with(user("analyst").roles("COORDINATOR")))
                        .andReturn().getResponse().getStatus();
            };
            Future<Integer> a = pool.submit(post);
            Future<Integer> b = pool.submit(post);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(projects.decisions(other)).hasSize(1);
    }

    /** Item 6: "." is no reason: the warning stays and the decision says why; a reason in words answers it. */
    @Test
    void aReasonWithoutLettersDoesNotAnswerTheWarning() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        // CHN's trend over 2013–2016 shrinks: a warning without a reason
        mvc.perform(j().decision(id, dataset, "en", "tariffs", "8542 CHN=0; 8542 KOR=8; 8542 USA=2", "choices", "CHN: ."))
                .andExpect(status().is3xxRedirection());
        ResearchProjects.Decision thin = projects.decisions(id).get(0);
        assertThat(thin.findings()).anyMatch(f -> f.market().equals("CHN") && f.severity().equals("WARNING")
                && f.text().code().startsWith("markets.stats.decision.") && !f.text().code().endsWith(".reasoned")
                && !f.text().code().endsWith("reason-too-short"));
        assertThat(thin.findings()).anyMatch(f -> f.text().code().equals("markets.stats.decision.reason-too-short"));
        mvc.perform(get("/markets/projects/" + id).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("does not answer the warnings above: a reason needs at least 2 letters")));
        mvc.perform(j().decision(id, dataset, "en", "tariffs", "8542 CHN=0; 8542 KOR=8; 8542 USA=2", "choices", "CHN: 擴廠"))
                .andExpect(status().is3xxRedirection());
        ResearchProjects.Decision reasoned = projects.decisions(id).get(0);
        assertThat(reasoned.findings()).noneMatch(f -> f.market() != null && f.market().equals("CHN") && f.severity().equals("WARNING"));
    }

    /** Item 7: an empty file on the page: the page again with the form kept and the reason at the file field. */
    @Test
    void anEmptyUploadOnThePageKeepsTheForm() throws Exception {
        String page = mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .param("format", "TW_GA30").with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"markets-upload-form\"").contains("id=\"markets-file-error\"").contains("the file is empty")
                .containsPattern("<option value=\"TW_GA30\" selected=\"selected\"");
    }

    /** Item 7: a file that failed, uploaded again on the page, replaces its failed entry: one entry, not two. */
    @Test
    void aFailedFileUploadedAgainLeavesOneEntry() throws Exception {
        byte[] bad = "Name,Colour\nApple,red\nPear,green\n".getBytes(StandardCharsets.UTF_8);
        String name = "not-trade-" + System.nanoTime() + ".csv";
        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", bad)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            awaitFinished(name);
        }
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset where file_name = ?", Integer.class, name)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from markets_dataset where file_name = ?", String.class, name)).isEqualTo("FAILED");
    }

    private void awaitFinished(String name) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<String> s = jdbc.queryForList("select status from markets_dataset where file_name = ?", String.class, name);
            if (!s.isEmpty() && s.stream().allMatch(x -> x.equals("FAILED") || x.equals("SUCCEEDED"))) {
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Item 8: a portal CSV cut off inside a quoted cell: "the file is cut off", with the line. */
    @Test
    void aCsvCutOffInsideAQuotedCellSaysSo() throws Exception {
        String csv;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + T2FixJTest.PORTAL)) {
            csv = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String[] lines = csv.split("\n", -1);
        StringBuilder cut = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            cut.append(lines[i]).append('\n');
        }
        // line 15 cut two characters after its first quote
        cut.append(lines[14], 0, lines[14].indexOf('"') + 3);
        mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", "cut.csv", "text/csv",
                        cut.toString().getBytes(StandardCharsets.ISO_8859_1))).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Line 15: the file is cut off")))
                .andExpect(jsonPath("$.detail").value(not(containsString("is not closed, or text follows"))));
    }

    /** Item 11: 158 (Taiwan's ISO numeric) is Taiwan on the GA30 dataset, as 490 and TWN are. */
    @Test
    void taiwanByIsoNumeric158IsTaiwan() throws Exception {
        long id;
        try (InputStream in = getClass().getResourceAsStream("/markets/" + MarketDatasetApiTest.TW_BIG5)) {
            String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", MarketDatasetApiTest.TW_BIG5,
                    "text/csv", in.readAllBytes()))).andReturn().getResponse().getContentAsString();
            id = ((Number) JsonPath.read(json, "$.id")).longValue();
        }
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "158").param("flow", "X").param("product", "8542"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(13))
                .andExpect(jsonPath("$.points[0].value").value(62823154368.19));
    }

    /** Item 11: a comparison market without data is named at the comparison field (errors[]). */
    @Test
    void aComparisonMarketWithoutDataIsAFieldError() throws Exception {
        long dataset = j().dataset();
        mvc.perform(MarketAnalysisApiTest.analysis(dataset, "", "DID", "at", "2019", "comparison", "XXX, KOR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comparison"))
                .andExpect(jsonPath("$.errors[0].label").value("Comparison markets"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("XXX")));
    }

    /** Item 11: the indicators page's unit value column names its unit. */
    @Test
    void theIndicatorsUnitValueColumnNamesItsUnit() throws Exception {
        long dataset = j().dataset();
        String page = mvc.perform(get("/markets/datasets/" + dataset + "/indicators").header("Accept-Language", "en")
                        .param("product", "8542").param("flow", "X"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain(">Unit value (USD)<").containsPattern(">Unit value \\(USD[^<]*kg[^<]*\\)<");
    }

    /** Item 11: a bad language in the mail form is an error at the language field. */
    @Test
    void aBadMailLanguageIsAFieldError() throws Exception {
        long dataset = j().dataset();
        long id = project(dataset);
        String page = mvc.perform(post("/markets/projects/" + id + "/report/mail").with(csrf()).header("Accept-Language", "en")
                        .param("name", "Ann").param("email", "ann@example.com").param("language", "xx"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(errorOf(page, "mail-language-error")).contains("zh-TW or en");
        assertThat(page).containsPattern("id=\"mail-language\"[^>]*is-invalid|class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\"mail-language\"");
    }
}
