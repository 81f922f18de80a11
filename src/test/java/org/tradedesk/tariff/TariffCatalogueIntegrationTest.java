package org.tradedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The full Australian Customs Tariff and the Taiwan sample imported through the background job on H2,
 * then looked up, searched and shown over REST and the pages. Expected rates are the published texts
 * of the bundled files (e.g. 2204.21 wine: "5%, and ... per litre" — checked in the JSON by hand).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TariffCatalogueIntegrationTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long auJob;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        auJob = catalogue.startBundledImport(Jurisdiction.AU, "test");
        long twJob = catalogue.startBundledImport(Jurisdiction.TW, "test");
        assertThat(await(auJob).status()).isEqualTo("SUCCEEDED");
        ImportJobView tw = await(twJob);
        assertThat(tw.status()).as(tw.message()).isEqualTo("SUCCEEDED");
    }

    ImportJobView await(long job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJobView view = catalogue.importJob(job);
            if (!view.running() && (view.status().equals("FAILED") || awaitIndex())) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + job + " did not finish in 60 s");
    }

    boolean awaitIndex() {
        return !catalogue.search(Jurisdiction.AU, "01", 0, 1).hits().isEmpty();
    }

    @Test
    void aPagePastEveryLineAnswersAtOnceWithTheCountAndNoHits() {
        // issue 11: page=200000&size=200 took 3.1 s and 0.9 GB, page=10737419 (past an int once multiplied) was a 500
        long total = catalogue.search(Jurisdiction.AU, "wine", 0, 20).total();
        assertThat(total).isPositive();
        for (int page : new int[] {200_000, 10_737_419, Integer.MAX_VALUE}) {
            var far = catalogue.search(Jurisdiction.AU, "wine", page, 200);
            assertThat(far.hits()).as("page %d", page).isEmpty();
            assertThat(far.total()).isEqualTo(total);
            assertThat(far.page()).isEqualTo(page);
        }
        assertThat(catalogue.search(Jurisdiction.AU, "8703", Integer.MAX_VALUE, 200).hits()).isEmpty();
    }

    @Test
    void importsTheWholeAustralianScheduleWithItsReport() {
        ImportJobView job = catalogue.importJob(auJob);
        assertThat(job.status()).isEqualTo("SUCCEEDED");
        assertThat(job.sha256()).hasSize(64);
        assertThat(job.rowsRead()).isGreaterThan(7671);
        // the five cheese lines ("$1.220/kg DC$1.220/kg, less 5%") keep their general rate: listed, not rejected
        long partlyRead = job.issues().stream().filter(i -> i.reason().endsWith("(the line's other rates are imported)")).count();
        assertThat(partlyRead).isEqualTo(5);
        assertThat(job.rowsRejected()).isEqualTo(job.issues().size() - partlyRead);
        assertThat(job.parsedShare()).isGreaterThan(99.0);
        DataVersion version = catalogue.activeVersion(Jurisdiction.AU).orElseThrow();
        assertThat(version.importJobId()).isEqualTo(auJob);
        Integer lines = jdbc.queryForObject("select count(*) from tariff_node where data_version = ?", Integer.class, version.id());
        assertThat(lines).isGreaterThan(7000);
    }

    @Test
    void looksUpTheRatesInForceOnADateWithTheDataVersion() {
        TariffLookup lookup = catalogue.lookup(Jurisdiction.AU, "8703.23.90", LocalDate.of(2025, 1, 1));
        assertThat(lookup.line().code()).isEqualTo("87032390");
        assertThat(lookup.measures()).filteredOn(m -> m.type().equals("GENERAL")).singleElement()
                .extracting(TariffMeasure::expression).isEqualTo("5%");
        assertThat(lookup.dataVersion().jurisdiction()).isEqualTo(Jurisdiction.AU);
        // Staged: 5% until 30 June 2018, 3.75% from 1 July 2018, Free from 1 July 2019 (Schedule 3 text of these lines).
        String staged = jdbc.queryForObject("select min(item_code) from tariff_measure where original_text = "
                + "'5% From1July2018 3.75% From1July2019 Free'", String.class);
        assertThat(generalRate(staged, LocalDate.of(2018, 6, 30))).isEqualTo("5%");
        assertThat(generalRate(staged, LocalDate.of(2018, 7, 1))).isEqualTo("3.75%");
        assertThat(generalRate(staged, LocalDate.of(2019, 7, 1))).isEqualTo("0%");
    }

    @Test
    void aNewImportIsUsedByTheNextLookupAtOnce() throws InterruptedException {
        // lookups keep the active version and what a code resolves to in it: a new import must still win at once
        TariffLookup before = catalogue.lookup(Jurisdiction.TW, "2204.21.00.10", LocalDate.of(2026, 1, 1));
        assertThat(catalogue.lookup(Jurisdiction.TW, "2204.21.00.10", LocalDate.of(2026, 1, 1)).dataVersion())
                .isEqualTo(before.dataVersion());
        ImportJobView again = await(catalogue.startBundledImport(Jurisdiction.TW, "test"));
        assertThat(again.status()).isEqualTo("SUCCEEDED");
        TariffLookup after = catalogue.lookup(Jurisdiction.TW, "2204.21.00.10", LocalDate.of(2026, 1, 1));
        assertThat(after.dataVersion().id()).isNotEqualTo(before.dataVersion().id())
                .isEqualTo(catalogue.activeVersion(Jurisdiction.TW).orElseThrow().id());
        assertThat(after.dataVersion().importJobId()).isEqualTo(again.id());
    }

    private String generalRate(String code, LocalDate date) {
        return catalogue.lookup(Jurisdiction.AU, code, date).measures().stream().filter(m -> m.type().equals("GENERAL"))
                .findFirst().orElseThrow().expression();
    }

    @Test
    void itemShowsItsAncestorsAndDirectChildren() {
        TariffItemDetail wine = catalogue.item(Jurisdiction.AU, "220421");
        assertThat(wine.hierarchy()).extracting(TariffLine::code).containsExactly("22", "2204");
        assertThat(wine.children()).extracting(TariffLine::code).contains("22042110").doesNotContain("2204211010");
        TariffItemDetail taiwanCars = catalogue.item(Jurisdiction.TW, "87032390005");
        assertThat(taiwanCars.hierarchy()).extracting(TariffLine::code).containsExactly("87", "8703", "870323", "87032390");
        assertThat(taiwanCars.importRegulations()).isEqualTo("MW0");
    }

    @Test
    void statisticalLineTakesTheRatesOfItsTariffItem() {
        TariffLookup taiwanWine = catalogue.lookup(Jurisdiction.TW, "2204.21.00.10", LocalDate.of(2026, 1, 1));
        assertThat(taiwanWine.line().code()).isEqualTo("22042100100");
        assertThat(taiwanWine.measures()).extracting(TariffMeasure::expression).contains("10%", "0%", "40%");
        assertThatThrownBy(() -> catalogue.lookup(Jurisdiction.AU, "9999.99.99", org.tradedesk.platform.BusinessCalendar.dateIn(clock, Jurisdiction.AU.zone())))
                .isInstanceOf(TariffItemNotFound.class);
    }

    @Test
    void searchesByCodePrefixAndWordsInBothLanguages() {
        assertThat(catalogue.search(Jurisdiction.AU, "8703.23", 0, 50).hits())
                .isNotEmpty().allSatisfy(h -> assertThat(h.line().code()).startsWith("870323"));
        assertThat(catalogue.search(Jurisdiction.AU, "870323", 0, 50).total())
                .isEqualTo(catalogue.search(Jurisdiction.AU, "8703.23", 0, 50).total());
        // a code prefix: every line below it, in code order, counted exactly and paged
        long version = catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id();
        List<String> below = jdbc.queryForList("select code from tariff_node where data_version = ? and code like '8703%' order by code",
                String.class, version);
        TariffSearchPage first = catalogue.search(Jurisdiction.AU, "87 03", 0, 10);
        TariffSearchPage second = catalogue.search(Jurisdiction.AU, "8703", 1, 10);
        assertThat(first.total()).isEqualTo(below.size());
        assertThat(first.hits()).extracting(h -> h.line().code()).containsExactlyElementsOf(below.subList(0, 10));
        assertThat(second.hits()).extracting(h -> h.line().code()).containsExactlyElementsOf(below.subList(10, 20));
        assertThat(catalogue.search(Jurisdiction.AU, "99999", 0, 10).total()).isZero();
        assertThat(catalogue.search(Jurisdiction.AU, "passenger motor vehicles", 0, 10).hits())
                .anySatisfy(h -> assertThat(h.line().code()).startsWith("8703"));
        // ranked as a coordinator means it: grape wine (2204) first, not "wine lees" (2307); a statistical line that
        // repeats its item's text is not listed twice
        List<TariffSearchPage.Hit> wine = catalogue.search(Jurisdiction.AU, "wine", 0, 10).hits();
        assertThat(wine.get(0).line().code()).startsWith("2204");
        assertThat(wine).extracting(h -> h.line().code()).doesNotContain("2307000021");
        assertThat(wine.stream().filter(h -> h.line().code().startsWith("2204")).count()).isGreaterThanOrEqualTo(5);
        assertThat(catalogue.search(Jurisdiction.TW, "葡萄酒", 0, 10).hits().get(0).line().code()).startsWith("2204");
        // Australia has no Chinese text: found through Taiwan's at the shared HS 6-digit level
        assertThat(catalogue.search(Jurisdiction.AU, "葡萄酒", 0, 10).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.line().code()).startsWith("2204"));
        assertThat(catalogue.search(Jurisdiction.AU, "機動車輛", 0, 50).hits()).extracting(h -> h.line().code())
                .anySatisfy(c -> assertThat(c).startsWith("870323"));
        assertThat(catalogue.search(Jurisdiction.TW, "wine", 0, 10).hits()).anySatisfy(h -> assertThat(h.line().code()).startsWith("2204"));
    }

    @Test
    void aMalformedFileIsRefusedAndLeavesTheCatalogueAsItWas() throws Exception {
        DataVersion before = catalogue.activeVersion(Jurisdiction.AU).orElseThrow();
        Integer measuresBefore = jdbc.queryForObject("select count(*) from tariff_measure", Integer.class);
        long job = catalogue.startImport(Jurisdiction.AU, "broken.json", "[{\"number\": \"I\", \"chapters\": [".getBytes(StandardCharsets.UTF_8),
                List.of(), "test");
        ImportJobView failed = await(job);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).contains("not valid JSON");
        assertThat(catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id()).isEqualTo(before.id());
        assertThat(jdbc.queryForObject("select count(*) from tariff_measure", Integer.class)).isEqualTo(measuresBefore);
    }

    @Test
    void aFileShapedUnlikeTheScheduleIsReportedInOurWordsWithAnIncidentNotAnException() throws Exception {
        // issue 11: the report showed "JsonNodeException: ... java.lang.String"
        long job = catalogue.startImport(Jurisdiction.AU, "x".repeat(400) + ".json",
                "[{\"number\": 5, \"chapters\": \"none\"}]".getBytes(StandardCharsets.UTF_8), List.of(), "test");
        ImportJobView failed = await(job);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void restGivesMeasuresInForceAndProblemDetailsForBadCodes() throws Exception {
        mvc.perform(get("/api/v1/tariff/AU/items/8703.23.90").param("date", "2025-01-01").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.line.code").value("87032390"))
                .andExpect(jsonPath("$.measures[0].expression").value("5%"))
                .andExpect(jsonPath("$.dataVersion.id").isNumber());
        mvc.perform(get("/api/v1/tariff/AU/items/9999.99.99").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("tariff.item.not-found"));
        mvc.perform(get("/api/v1/tariff/AU/items/87A3").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tariff.code.invalid"));
        mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine").param("size", "5").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits.length()").value(5))
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/tariff/AU/search").param("q", "wine")).andExpect(status().isUnauthorized());
    }

    /**
     * Issue 6 (review finding): Taiwan's printed CCC code "0902.10.00.00-4" (fixture row 09021000004) finds its line in
     * the search, the page and the API, as typed with dots and a dash, spaces or full-width digits. A wrong check digit
     * is named with the digit the schedule prints: a 400 problem on the API, a notice above the line in the search.
     */
    @Test
    void taiwansPrintedCodeWithItsCheckDigitFindsItsLineAndAWrongDigitIsNamed() throws Exception {
        for (String printed : List.of("0902.10.00.00-4", "0902 10 00 00-4", "０９０２．１０．００．００－４")) {
            TariffSearchPage found = catalogue.search(Jurisdiction.TW, printed, 0, 10);
            assertThat(found.hits()).as(printed).extracting(h -> h.line().code()).containsExactly("09021000004");
            assertThat(found.checkDigitOf()).isNull();
        }
        TariffSearchPage wrong = catalogue.search(Jurisdiction.TW, "0902.10.00.00-5", 0, 10);
        assertThat(wrong.hits()).extracting(h -> h.line().code()).containsExactly("09021000004");
        assertThat(wrong.expectedCheckDigit()).isEqualTo("4");
        String page = mvc.perform(get("/tariff").param("j", "TW").param("q", "0902.10.00.00-5").param("lang", "zh-TW")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#tariff-check-digit").text())
                .contains("0902.10.00.00-5 的檢查號碼有誤").contains("0902.10.00.00-4").contains("檢查號碼為 4");

        mvc.perform(get("/api/v1/tariff/TW/items/0902.10.00.00-4").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.line.code").value("09021000004"));
        mvc.perform(get("/api/v1/tariff/TW/items/0902.10.00.00-5").header("Accept-Language", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("tariff.code.check-digit"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("prints this line as 0902.10.00.00-4, check digit 4")));
    }

    @Test
    void pagesShowSearchItemAndImportsToTheRightRoles() throws Exception {
        String search = mvc.perform(get("/tariff").param("j", "TW").param("q", "葡萄酒").param("lang", "zh-TW")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // an 11-digit line as Taiwan prints it, the check digit after a dash
        assertThat(search).contains("2204.21.00.10-0").contains("找到");
        String item = mvc.perform(get("/tariff/AU/items/87032390").param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(item).contains("Duty measures").contains("8703").contains("Published text");
        // issue 6: Schedule 3 prints "5% DCS4% CAFree DCT5%" run together; the page shows each rate with its code
        assertThat(item).contains("5%; DCS: 4%; CA: Free; DCT: 5%").doesNotContain(">5% DCS4% CAFree DCT5%<");
        String itemZh = mvc.perform(get("/tariff/AU/items/87032390").param("lang", "zh-TW").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(itemZh).contains("5%；DCS：4%；CA：免稅；DCT：5%");
        mvc.perform(get("/tariff/imports").with(user("c").roles("COORDINATOR"))).andExpect(status().isForbidden());
        String imports = mvc.perform(get("/tariff/imports").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(imports).contains("tariff-upload-form");
        String report = mvc.perform(get("/tariff/imports/" + auJob).with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("tariff-job-issues").contains("less 5%");
        // the import time names its zone, as the clearance pages do
        assertThat(report).containsPattern("id=\"tariff-job-created\">[^<]+[（(][^)）<]+[)）]</dd>");
        // each rejection reason in the reader's language (the published text itself stays as published)
        org.jsoup.select.Elements zhReasons = org.jsoup.Jsoup.parse(mvc.perform(get("/tariff/imports/" + auJob)
                        .with(user("m").roles("MANAGER")).param("lang", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).select("#tariff-job-issues tbody tr td:nth-child(3)");
        assertThat(zhReasons).isNotEmpty().allSatisfy(td -> assertThat(td.text()).containsPattern("\\p{IsHan}")
                .doesNotContain("could not be read").doesNotContain("the line's other rates"));
        org.jsoup.select.Elements enReasons = org.jsoup.Jsoup.parse(mvc.perform(get("/tariff/imports/" + auJob)
                        .with(user("m").roles("MANAGER")).param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).select("#tariff-job-issues tbody tr td:nth-child(3)");
        assertThat(enReasons).isNotEmpty().allSatisfy(td -> assertThat(td.text()).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void uploadStartsAJobAndAWrongHeaderIsRefusedNamingTheExpectedOne() throws Exception {
        MockMultipartFile bad = new MockMultipartFile("file", "bad.xls", "application/vnd.ms-excel",
                getClass().getResourceAsStream("/reference-data/tariff/au/SOURCE.md").readAllBytes());
        String location = mvc.perform(multipart("/tariff/imports").file(bad).param("jurisdiction", "TW")
                        .with(user("m").roles("MANAGER")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ImportJobView view = await(job);
        assertThat(view.status()).isEqualTo("FAILED");
        assertThat(view.message()).contains(".xls");
        String fragment = mvc.perform(get("/tariff/imports/" + job + "/progress").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("data-status=\"FAILED\"").doesNotContain("hx-get");
        assertThat(view.messageCode()).isEqualTo("tariff.import.tw.unreadable");
        String chinese = mvc.perform(get("/tariff/imports/" + job).with(user("m").roles("MANAGER")).param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(chinese).contains("檔案不是舊版 Excel（.xls）活頁簿").contains(".xls");
    }

    @Test
    void aRunningJobsProgressFragmentKeepsPollingEverySecond() throws Exception {
        jdbc.update("insert into tariff_import_job (jurisdiction, file_name, status, progress, started_by, created_at) "
                + "values ('AU', 'running.json', 'RUNNING', 42, 'test', current_timestamp)");
        Long id = jdbc.queryForObject("select max(id) from tariff_import_job where file_name = 'running.json'", Long.class);
        String fragment = mvc.perform(get("/tariff/imports/" + id + "/progress").with(user("m").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("hx-get=\"/tariff/imports/" + id + "/progress\"").contains("every 1s")
                .contains("width: 42%").contains("data-status=\"RUNNING\"");
        jdbc.update("update tariff_import_job set status = 'FAILED' where id = ?", id);
    }

    @Test
    void chineseSearchOnTheAustralianScheduleFindsBeerAndTea() {
        // Schedule 3 has no Chinese: the HS titles (2203 麥芽釀造之啤酒, 0902 茶) and Taiwan's lines carry the words
        List<TariffSearchPage.Hit> beer = catalogue.search(Jurisdiction.AU, "啤酒", 0, 10).hits();
        assertThat(beer).isNotEmpty();
        assertThat(beer.get(0).line().code()).startsWith("2203");
        assertThat(catalogue.search(Jurisdiction.AU, "茶", 0, 50).hits()).extracting(h -> h.line().code())
                .anySatisfy(c -> assertThat(c).startsWith("0902"));
        assertThat(catalogue.search(Jurisdiction.AU, "葡萄酒", 0, 10).hits().get(0).line().code()).startsWith("2204");
        // seen: 咖啡 ranked tea first (Taiwan's tea lines sit under chapter 9「咖啡、茶、馬黛茶及香辛料」): coffee comes first
        List<TariffSearchPage.Hit> coffee = catalogue.search(Jurisdiction.AU, "咖啡", 0, 10).hits();
        assertThat(coffee).isNotEmpty();
        // coffee itself (0901) or coffee extracts (2101.1x), never a tea line
        assertThat(coffee.get(0).line().code()).matches("0901.*|21011.*");
        assertThat(coffee.get(0).line().code()).doesNotStartWith("0902");
        assertThat(catalogue.search(Jurisdiction.AU, "茶", 0, 10).hits().get(0).line().code()).startsWith("0902");
        // and the demo clients' goods are in the Taiwan sample
        for (String words : List.of("茶", "tea", "啤酒", "beer", "葡萄酒", "wine", "不銹鋼", "stainless", "洗碟機", "machines")) {
            assertThat(catalogue.search(Jurisdiction.TW, words, 0, 5).total()).as(words).isPositive();
        }
    }

    @Test
    void anEmptyResultSaysWhyAndSuggestsWhatToTry() throws Exception {
        assertThat(catalogue.search(Jurisdiction.AU, "zzqxv", 0, 10).emptyReason()).isEqualTo(TariffSearchPage.NO_MATCH);
        assertThat(catalogue.search(Jurisdiction.AU, "龘", 0, 10).emptyReason()).isEqualTo(TariffSearchPage.NO_CHINESE_TEXT);
        assertThat(catalogue.search(Jurisdiction.AU, "wine", 0, 10).emptyReason()).isNull();
        String page = mvc.perform(get("/tariff").param("j", "AU").param("q", "龘").param("lang", "en")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"tariff-search-none\"").contains("published without Chinese text")
                .contains("a code prefix").contains("an English word").contains("/tariff?j=TW&amp;q=");
        String chinese = mvc.perform(get("/tariff").param("j", "TW").param("q", "zzqxv").param("lang", "zh-TW")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(chinese).contains("沒有稅號符合「zzqxv」").contains("在澳洲（AU）稅則中查詢相同字詞");
    }

    /**
     * Issue 6 §5: the item page's "applies to" column names the countries of each scheme's list on the date, in the
     * reader's language, with "to confirm" where the membership is not confirmed from a cited source (AANZFTA's
     * per-party dates ship so; AUSFTA's US entry, 1 January 2005, is confirmed from DAFF's list of FTAs in force), instead
     * of the scheme's code.
     */
    @Test
    void itemPageNamesTheCountriesOfEachSchemesListInTheReadersLanguage() throws Exception {
        String zh = mvc.perform(get("/tariff/AU/items/22042190").param("lang", "zh-TW").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(zh);
        assertThat(doc.selectFirst("tbody[data-scheme=AUSFTA] td.tariff-applies-to").text()).contains("美國")
                .doesNotContain("美國（待確認）").doesNotContain("AUSFTA");
        assertThat(doc.selectFirst("tbody[data-scheme=AANZFTA] td.tariff-applies-to").text()).contains("越南（待確認）")
                .doesNotContain("AANZFTA");
        assertThat(doc.selectFirst("tbody[data-scheme=SAFTA] td.tariff-applies-to .tariff-country").text()).isEqualTo("新加坡");
        String en = mvc.perform(get("/tariff/AU/items/22042190").param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document enDoc = org.jsoup.Jsoup.parse(en);
        assertThat(enDoc.selectFirst("tbody[data-scheme=AUSFTA] td.tariff-applies-to .tariff-country").text())
                .isEqualTo("United States");
        assertThat(enDoc.selectFirst("tbody[data-scheme=SAFTA] td.tariff-applies-to .tariff-country").text()).isEqualTo("Singapore");
    }

    /**
     * Issue 6 §5 (review finding): Schedule 8B prints for 0406.10.00 only "0406.10.00 (Rate No. 002) United Kingdom:" /
     * "From 24 December 2024: $0.998/kg" (au-customs-tariff-fta-schedules.json). That rate is the United Kingdom's: the
     * page listed it for every CPTPP party (Japan, Canada, …). It now names the United Kingdom alone and says the
     * scheme's other parties have no rate on the line.
     */
    @Test
    void aRatePublishedForTheUnitedKingdomOnlyIsListedForItAlone() throws Exception {
        for (String lang : List.of("en", "zh-TW")) {
            String html = mvc.perform(get("/tariff/AU/items/04061000").param("lang", lang).with(user("c").roles("COORDINATOR")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
            var cptpp = doc.select("tbody[data-scheme=CPTPP]");
            assertThat(cptpp).as(lang).hasSize(1);
            assertThat(cptpp.select("td.tariff-applies-to .tariff-country")).extracting(e -> e.attr("data-country")).containsExactly("GB");
            assertThat(cptpp.select("td.tariff-applies-to .tariff-country").text())
                    .isEqualTo(lang.equals("en") ? "United Kingdom" : "英國");
            assertThat(cptpp.select(".tariff-others-free")).as("no CPTPP rate on the line for JP, CA, …").hasSize(1);
            assertThat(cptpp.text()).contains("0.998");
        }
        // a Taiwan column II rate is its partner's (fixture 64039900008 "5% (NZ,SG)"); s 16 of the Australian Act is not said there
        org.jsoup.nodes.Document tw = org.jsoup.Jsoup.parse(mvc.perform(get("/tariff/TW/items/64039900008").param("lang", "en")
                .with(user("c").roles("COORDINATOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        // named alone (the column II partner list ships to confirm, and says so)
        assertThat(tw.select("tbody[data-scheme=SG] .tariff-country")).extracting(e -> e.attr("data-country")).containsExactly("SG");
        assertThat(tw.select(".tariff-others-free")).isEmpty();
    }

    @Test
    void itemPageGroupsPreferencesBySchemeWithTitlesUnitsAndTextsAsPrinted() throws Exception {
        String car = mvc.perform(get("/tariff/AU/items/87032390").param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // chapter and heading titles (Schedule 3 gives "Chapter 87" and an empty heading), cm³ as printed
        assertThat(car).contains("Vehicles other than railway or tramway rolling stock").contains("Motor cars and other motor vehicles")
                .contains("1 500 cm³").doesNotContain("cm 3");
        assertThat(car).contains("Applies to").contains("tariff-applies-to");
        // Australia's FTA schedules are all named: those without an entry for the line give Free (s 16)
        assertThat(car).contains("id=\"tariff-fta-without-entry\"");

        String wine = mvc.perform(get("/tariff/AU/items/22042190").param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // the FTA measures of the line, one group per scheme (AUSFTA is Schedule 5)
        assertThat(wine).contains("data-scheme=\"AUSFTA\"").contains("data-scheme=\"SAFTA\"").contains("Schedule 5");

        // a published text with an HTML reference in the file prints as published, the raw kept in the database
        String code = jdbc.queryForObject("select min(item_code) from tariff_measure where published_raw like '%&#58;%' "
                + "and data_version = ?", String.class, catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id());
        String original = jdbc.queryForObject("select min(original_text) from tariff_measure where item_code = ? "
                + "and published_raw like '%&#58;%' and data_version = ?", String.class, code,
                catalogue.activeVersion(Jurisdiction.AU).orElseThrow().id());
        assertThat(original).doesNotContain("&#58;").contains(":");
        String item = mvc.perform(get("/tariff/AU/items/" + code).param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(item).doesNotContain("&amp;#58;").doesNotContain("&#58;");
        // dates in the language's format: 1 July 2019 is "1 Jul 2019" in English and 2019/07/01 in Chinese
        String staged = jdbc.queryForObject("select min(item_code) from tariff_measure where original_text = "
                + "'5% From1July2018 3.75% From1July2019 Free'", String.class);
        String en = mvc.perform(get("/tariff/AU/items/" + staged).param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String zh = mvc.perform(get("/tariff/AU/items/" + staged).param("lang", "zh-TW").with(user("c").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(en).contains("1 Jul 2019").doesNotContain("2019-07-01");
        assertThat(zh).contains("2019/07/01").doesNotContain("2019-07-01");
    }

    @Test
    void aMistypedPageParameterIsABadRequestNotAnIncident() throws Exception {
        // the page 500 handler (an incident number, logged at ERROR) leaves Spring's 400s alone
        mvc.perform(get("/tariff").param("page", "abc").param("q", "wine").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theImportReportShowsPublishedTextsDecoded() throws Exception {
        String report = mvc.perform(get("/tariff/imports/" + auJob).with(user("m").roles("MANAGER")).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).doesNotContain("&amp;#58;");
        // import times in the language's format with the zone named: "6 Dec 2026 10:30:00 (Taipei time)" in English,
        // "2026/12/06 10:30:00（臺北時間）" in Chinese
        assertThat(report).containsPattern("id=\"tariff-job-finished\">\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\([^)<]+\\)<");
        String zh = mvc.perform(get("/tariff/imports/" + auJob).with(user("m").roles("MANAGER")).param("lang", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).containsPattern("id=\"tariff-job-finished\">\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}（[^）<]+）<");
    }

    /**
     * Issue 6 §2 (acceptance review), item page of Australia's cheese 0406.10.00 in zh-TW: the chapter and heading are
     * titled from the HS (chapter 04 乳製品；禽蛋；天然蜂蜜…, heading 0406 乳酪及凝乳; the schedule itself prints only
     * "Chapter 4" and no heading text); a rate without a start date reads 本版稅則生效前已適用; the DC preference of
     * "$1.220/kg DC$1.220/kg, less 5%" the import could not read is flagged 待確認 on the page.
     */
    @Test
    void theCheeseItemPageInChineseTitlesItsChapterAndFlagsTheUnreadPreference() throws Exception {
        String zh = mvc.perform(get("/tariff/AU/items/04061000").param("lang", "zh-TW").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(zh);
        String hierarchy = doc.selectFirst("#tariff-hierarchy").text();
        assertThat(hierarchy).contains("乳製品；禽蛋；天然蜂蜜").contains("乳酪及凝乳").doesNotContain("Chapter");
        assertThat(doc.select("#tariff-measures td").eachText()).contains("本版稅則生效前已適用");
        assertThat(doc.selectFirst("#tariff-unread-rate").text())
                // the published text quoted component by component (issue 6), as in the measures table
                .isEqualTo("待確認：稅則原文「$1.220/kg；DC：$1.220/kg, less 5%」中的 DC 優惠稅率未能讀取，未列於上表；採用前請依公布的稅則核對。");
        String en = mvc.perform(get("/tariff/AU/items/04061000").param("lang", "en").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(en).selectFirst("#tariff-hierarchy").text()).contains("Cheese and curd");
    }

    /**
     * Issue 6 §2 (acceptance review): Taiwan's tariff prints its units as UN/ECE Rec. 20 codes (KGM); the zh-TW search page
     * names them (公斤), read through the product's unit table (units-of-measure.tsv: KGM → kg), and English shows kg.
     */
    @Test
    void theSearchPageNamesUnitsInTheReadersLanguage() throws Exception {
        String zh = mvc.perform(get("/tariff").param("j", "TW").param("q", "0902").param("lang", "zh-TW")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> units = org.jsoup.Jsoup.parse(zh).select("#tariff-results td.tariff-unit").eachText();
        assertThat(units).isNotEmpty().contains("公斤").doesNotContain("KGM");
        String en = mvc.perform(get("/tariff").param("j", "TW").param("q", "0902").param("lang", "en")
                        .with(user("c").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(en).select("#tariff-results td.tariff-unit").eachText()).contains("kg").doesNotContain("KGM");
    }
}
