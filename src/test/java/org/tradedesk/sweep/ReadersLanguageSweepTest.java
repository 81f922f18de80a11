package org.tradedesk.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradedesk.support.BundledTariffs;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.MarketingSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page and document of the product, rendered in zh-TW, holds no English word outside an
 * allow-list (codes, units, currencies, scheme names) and outside the data the user or a
 * publisher wrote in English (client names, invoice descriptions, the Australian tariff's own
 * descriptions): issue 6, "every word in the reader's language". The pages come from the
 * application's own handler mappings, so a new page without a sample URL here fails the test.
 */
@SpringBootTest(properties = {"tradedesk.demo.enabled=true", "tradedesk.demo.tariff=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersLanguageSweepTest {

    /** The application's clock: "today" below is the day the code under test takes (BusinessCalendar / FileTime), not the server's. */
    @Autowired
    java.time.Clock clock;

    /** "Today" by the product's rule (tradedesk.time-zone), as the code under test takes it, not the server's. */
    @Autowired
    org.tradedesk.platform.BusinessCalendar calendar;

    /** Words that are the same in every language: codes, units, currencies, scheme and product names. */
    private static final Set<String> ALLOWED = Set.of(
            "tradedesk", "English", "API", "JSON", "CSV", "XLSX", "PDF", "HTML", "ID", "URL", "HS", "CCC", "ABN",
            "AU", "TW", "UK", "IE", "US", "DE", "JP", "NZ", "CN", "EU", "ISO", "UTC", "SMTP", "RFC",
            "TWD", "AUD", "USD", "EUR", "GBP", "JPY", "NT", "kg", "cm", "ml", "mm", "No", "LAL", "pr", "vol",
            "CIF", "FOB", "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "CFR",
            "GST", "WET", "LCT", "VAT", "TCO", "FTA", "ECA", "DCS", "DCT", "LDC", "FI", "DC", "PG", "CA", "SG", "MY",
            "CPTPP", "RCEP", "AUSFTA", "AANZFTA", "JAEPA", "ChAFTA", "KAFTA", "SAFTA", "TAFTA", "MAFTA", "PACER",
            "Plus", "IA", "CEPA", "AI", "ECTA", "HK", "UKFTA", "UAE", "ACI", "Peru", "MFN", "WTO", "Incoterms", "ANZCERTA",
            "admin", "manager", "coordinator", "OpenAPI", "Swagger", "Excel", "Chart", "htmx", "Bootstrap",
            // --- markets-data: statistics sources named as they call themselves
            "Comtrade", "WITS", "SDMX-JSON",
            // --- t2report: statistical methods named after their authors
            "Holt", "Winters", "Chow", "Granger",
            // --- t4fixG: the tax engine's code for the general rate, typed in a dispute's preference field as it is
            "GENERAL");

    /**
     * Known English texts not yet given as messages, each named with why it is here; they are cut out whole
     * (not their words allowed), so any other English word still fails the test. Remove an entry when its
     * source becomes a {@code MessageText}.
     */
    private static final Map<String, Pattern> NOT_YET_MESSAGES = Map.of();

    /**
     * A run of letters, digits and the characters of identifiers; one holding a digit or an underscore
     * (UTF-8, Big5, s5-25, note_8_C.txt, sha256) is a code, not a word of any language.
     */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_'.-]*[A-Za-z0-9]|[A-Za-z]");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.tradedesk.markets.MarketDatasets markets;
    @Autowired
    org.tradedesk.markets.ResearchProjects researchProjects;
    @Autowired
    Campaigns campaigns;
    @Autowired
    org.tradedesk.marketing.Feedback feedback;

    private RequestPostProcessor admin;
    private RequestPostProcessor coordinator;
    private final Map<String, String> samples = new LinkedHashMap<>();

    @BeforeAll
    void data() throws Exception {
        BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU, Jurisdiction.TW);
        admin = user(users.loadUserByUsername("admin"));
        coordinator = user(users.loadUserByUsername("coordinator"));
        RequestPostProcessor manager = user(users.loadUserByUsername("manager"));
        Long clientId = jdbc.queryForObject("select min(id) from client", Long.class);
        Long contactId = jdbc.queryForObject("select min(id) from client_contact where client_id = ?", Long.class, clientId);
        String au = save(clientId, """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"USD","incoterm":"FOB","foreignPerLocalRate":0.65,
                 "freight":300,"insurance":20,
                 "lines":[{"description":"Passenger car","tariffCode":"8703.23.90","origin":"DE","value":22850,"quantity":1},
                          {"description":"Shiraz","tariffCode":"2204.21.10","origin":"NZ","value":4200,"litres":450,"alcoholByVolume":14.5}]}""");
        String tw = save(clientId, """
                {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"CIF","exchangeRate":32.15,
                 "lines":[{"description":"Shoes","tariffCode":"6403.99","origin":"US","value":2000,"quantity":100,"unit":"pr",
                           "measures":{"duty":"MAX(10%, 38 TWD/pr)"}}]}""");
        for (String id : List.of(au, tw)) {
            mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/submit").with(coordinator));
            mvc.perform(post("/api/v1/tax/calculations/saved/" + id + "/approve").with(manager));
        }
        Long userId = jdbc.queryForObject("select min(id) from user_account", Long.class);
        Long jobId = jdbc.queryForObject("select max(id) from tariff_import_job", Long.class);
        samples.put("/", "/");
        samples.put("/login", "/login");
        samples.put("/clients", "/clients");
        samples.put("/clients/new", "/clients/new");
        samples.put("/clients/{id}", "/clients/" + clientId);
        samples.put("/clients/{id}/edit", "/clients/" + clientId + "/edit");
        samples.put("/clients/{clientId}/contacts/new", "/clients/" + clientId + "/contacts/new");
        samples.put("/clients/{clientId}/contacts/{contactId}", "/clients/" + clientId + "/contacts/" + contactId);
        samples.put("/clients/{clientId}/contacts/{contactId}/edit", "/clients/" + clientId + "/contacts/" + contactId + "/edit");
        samples.put("/tariff", "/tariff?j=AU&q=wine");
        samples.put("/tariff/{j}/items/{code}", "/tariff/AU/items/2204.21.10");
        samples.put("/tariff/imports", "/tariff/imports");
        samples.put("/tariff/imports/{id}", "/tariff/imports/" + jobId);
        samples.put("/taxes", "/taxes");
        samples.put("/taxes/quotations/new", "/taxes/quotations/new?clientId=" + clientId);
        samples.put("/taxes/calculations/{id}", "/taxes/calculations/" + au);
        samples.put("/taxes/calculations/{id}#tw", "/taxes/calculations/" + tw);
        samples.put("/taxes/batch", "/taxes/batch");
        samples.put("/taxes/exchange-rates", "/taxes/exchange-rates");
        samples.put("/tariff/eligibility", "/tariff/eligibility");
        samples.put("/audit", "/audit");
        samples.put("/admin/users", "/admin/users");
        samples.put("/admin/users/{id}", "/admin/users/" + userId);
        samples.put("/account/tokens", "/account/tokens");
        samples.put("/account/password", "/account/password");
        samples.put("/account", "/account");
        samples.put("/markets", "/markets");
        // --- markets-data: a real Comtrade file imported, its dataset, series and concentration pages
        long dataset;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "/markets/comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv")) {
            dataset = markets.importFile("portal.csv", in, null, "admin", true).id();
        }
        samples.put("/markets/datasets/{id}", "/markets/datasets/" + dataset);
        samples.put("/markets/datasets/{id}/series", "/markets/datasets/" + dataset
                + "/series?reporter=CHN&partner=0&flow=X&product=8542&from=2013&to=2024");
        samples.put("/markets/datasets/{id}/concentration", "/markets/datasets/" + dataset
                + "/concentration?year=2019&flow=X&product=8542&by=reporter");
        // --- t2ind: the market indicators of the product across the file's markets
        samples.put("/markets/datasets/{id}/indicators", "/markets/datasets/" + dataset
                + "/indicators?product=8542&flow=X&from=2013&to=2024");
        // --- t2-decision: a research project on that dataset, scored, with a decision flagged by the decision check
        long project = researchProjects.create("IC", java.util.List.of("8542"), java.util.List.of("CHN", "KOR", "USA"),
                java.util.List.of("q"), java.util.List.of(dataset), "admin").id();
        researchProjects.decide(project, new org.tradedesk.markets.ResearchProjects.ScoringRequest(dataset, "X", "8542", 2013, 2016,
                java.util.Map.of("DEMAND_SIZE", 1.0, "DEMAND_GROWTH", 1.0), java.util.Map.of(), 0.2),
                java.util.List.of(new org.tradedesk.markets.ResearchProjects.Choice("CHN", "")), "admin");
        // --- t2report: the project form and a dataset's analysis page (a before/after analysis)
        samples.put("/markets/projects/new", "/markets/projects/new");
        samples.put("/markets/datasets/{id}/analysis", "/markets/datasets/" + dataset
                + "/analysis?method=INTERVENTION&reporter=CHN&partner=0&flow=X&product=8542&frequency=A&at=2020");
        samples.put("/markets/projects/{id}", "/markets/projects/" + project + "?dataset=" + dataset
                + "&flow=X&from=2019&to=2024&w_DEMAND_SIZE=40&w_DEMAND_GROWTH=40&w_TARIFF=20&tariff_CHN=0&tariff_KOR=8&tariff_USA=2");
        samples.put("/marketing", "/marketing");
        MarketingSamples.Sample mk = MarketingSamples.create(campaigns);
        String mkc = "/marketing/campaigns/" + mk.campaign().value();
        samples.put("/marketing/campaigns/new", "/marketing/campaigns/new");
        samples.put("/marketing/campaigns/{id}", mkc);
        samples.put("/marketing/campaigns/{id}/edit", mkc + "/edit");
        samples.put("/marketing/campaigns/{id}/activities/new", mkc + "/activities/new");
        samples.put("/marketing/campaigns/{id}/activities/{activityId}/edit", mkc + "/activities/" + mk.fair() + "/edit");
        samples.put("/marketing/campaigns/{id}/selection", mkc + "/selection");
        samples.put("/marketing/campaigns/{id}/budget", mkc + "/budget");
        samples.put("/marketing/campaigns/{id}/tasks/new", mkc + "/tasks/new");
        samples.put("/marketing/campaigns/{id}/kpis/new", mkc + "/kpis/new");
        samples.put("/marketing/campaigns/{id}/actuals", mkc + "/actuals");
        samples.put("/marketing/tasks", "/marketing/tasks");
        // --- t3feedback: a campaign survey (its public page and its results) and the campaign's feedback page
        org.tradedesk.marketing.SurveyView survey = feedback.createSurvey(mk.campaign(), new org.tradedesk.marketing.SurveyDetails(
                "Buyer feedback", "買家回饋", calendar.today().plusDays(5), false, null,
                List.of(org.tradedesk.marketing.Feedback.recommendQuestion("Recommend us?", "您會推薦我們嗎？"))));
        samples.put("/marketing/campaigns/{id}/feedback", mkc + "/feedback");
        samples.put("/marketing/campaigns/{id}/surveys/{surveyId}", mkc + "/surveys/" + survey.id());
        samples.put("/survey/{token}", survey.publicPath());
        // t3plan: budget vs actual and an activity's compliance checklist
        samples.put("/marketing/campaigns/{id}/spend", mkc + "/spend");
        samples.put("/marketing/campaigns/{id}/activities/{activityId}/compliance", mkc + "/activities/" + mk.fair() + "/compliance");
        samples.put("/clearance", "/clearance");
        // clearance-core: a Taiwan import file with a packing list and an invoice captured by hand
        String tx = json.readTree(mvc.perform(post("/api/v1/clearance/transactions").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":" + clientId + ",\"direction\":\"IMPORT\",\"jurisdiction\":\"TW\",\"mode\":\"SEA\","
                        + "\"incoterm\":\"CIF\",\"reference\":\"KHH-0001\",\"arrivalDate\":\"2026-11-30\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        String packing = json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/api/v1/clearance/transactions/" + tx + "/documents")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "packing-0001.txt", "text/plain", "0001".getBytes()))
                .param("type", "PACKING_LIST").with(admin)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asString();
        String invoice = json.readTree(mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/documents/invoice").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"invoiceNumber\":\"INV-0001\",\"currency\":\"USD\",\"lines\":"
                        + "[{\"description\":\"烏龍茶\",\"tariffCode\":\"0902.30\",\"originCountry\":\"TW\"}]}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        // t4-issues: an issue with one alternative, so the issues section of the transaction page is swept
        String issue = json.readTree(mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/issues").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"產地證明未附\",\"implications\":\"無優惠稅率\","
                        + "\"likelihood\":3,\"impact\":4,\"owner\":\"admin\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/issues/" + issue + "/alternatives").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"BONDED_STORAGE\",\"benefits\":\"保留優惠\","
                        + "\"costAmount\":3250.50,\"costCurrency\":\"TWD\",\"legalRequirements\":\"關稅法 第58條\",\"risks\":\"倉租\","
                        + "\"riskManagement\":\"限期\",\"likelihood\":2,\"impact\":2}"));
        // sweep: the packing list's key figures, a dispute with a filed step, a mapping page and a drafted declaration
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/clearance/transactions/" + tx
                + "/documents/" + packing + "/figures").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"packages\":10,\"grossMassKg\":120,\"netMassKg\":100,\"quantity\":100,"
                        + "\"shipper\":\"台北茶行\",\"consignee\":\"高雄貿易\"}"));
        java.time.LocalDate today = org.tradedesk.clearance.FileTime.today(clock, org.tradedesk.tariff.Jurisdiction.TW);
        JsonNode dispute = json.readTree(mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/disputes").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"decisionKind\":\"RECLASSIFICATION\",\"decisionReference\":\"AW/15/A123/0456\","
                        + "\"decisionSummary\":\"稅則改列，補稅\",\"noticeReceived\":\"" + today.minusDays(10) + "\",\"amount\":48250.00,"
                        + "\"currency\":\"TWD\",\"clientNeeds\":\"退還補繳稅款\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String disputeId = dispute.get("id").asString();
        dispute = json.readTree(mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/disputes/" + disputeId + "/steps").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + dispute.get("version").asInt()
                        + ",\"stepId\":\"tw-review\",\"filedOn\":\"" + today.minusDays(5) + "\",\"summary\":\"申請復查\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        for (String evidence : List.of(packing, invoice)) { // an uploaded file and an invoice typed by hand (no file)
            dispute = json.readTree(mvc.perform(post("/api/v1/clearance/transactions/" + tx + "/disputes/" + disputeId + "/evidence")
                    .with(admin).contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + dispute.get("version").asInt()
                            + ",\"documentId\":" + evidence + ",\"note\":\"附件\"}"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(dispute.get("evidence")).as(dispute.toString()).isNotNull();
        }
        samples.put("/clearance/transactions/{id}/disputes/new", "/clearance/transactions/" + tx + "/disputes/new");
        samples.put("/clearance/transactions/{id}/disputes/{disputeId}", "/clearance/transactions/" + tx + "/disputes/" + disputeId);
        samples.put("/clearance/transactions/{id}/documents/{documentId}/figures",
                "/clearance/transactions/" + tx + "/documents/" + packing + "/figures");
        samples.put("/clearance/transactions/{id}/issues/new", "/clearance/transactions/" + tx + "/issues/new");
        samples.put("/clearance/transactions/{id}/issues/{issueId}/alternatives/new",
                "/clearance/transactions/" + tx + "/issues/" + issue + "/alternatives/new");
        samples.put("/clearance/transactions/{id}/issues/{issueId}/choice", "/clearance/transactions/" + tx + "/issues/" + issue + "/choice");
        samples.put("/markets/mappings", "/markets/mappings");
        // a second Taiwan file, its documents complete, with a drafted declaration (CIF USD 1,000 × 32)
        String lodged = json.readTree(mvc.perform(post("/api/v1/clearance/transactions").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":" + clientId + ",\"direction\":\"IMPORT\",\"jurisdiction\":\"TW\",\"mode\":\"AIR\","
                        + "\"incoterm\":\"CIF\",\"reference\":\"AA15AB12345678\",\"importer\":\"寶島電子有限公司\",\"exporter\":\"深圳音響公司\"}"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
        mvc.perform(post("/api/v1/clearance/transactions/" + lodged + "/documents/invoice").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"invoiceNumber\":\"SA-1\",\"issueDate\":\"2026-11-28\",\"currency\":\"USD\",\"incoterm\":\"CIF\","
                        + "\"sellerName\":\"深圳音響公司\",\"sellerCountry\":\"CN\",\"totalAmount\":1000,\"lines\":[{\"description\":\"藍牙喇叭\","
                        + "\"tariffCode\":\"85182200006\",\"originCountry\":\"CN\",\"quantity\":120,\"unitCode\":\"SET\",\"amount\":1000}]}"));
        long lodgedVersion = json.readTree(mvc.perform(get("/api/v1/clearance/transactions/" + lodged).with(admin)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).get("version").asLong();
        mvc.perform(post("/api/v1/clearance/transactions/" + lodged + "/status").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"DOCUMENTS_COMPLETE\",\"version\":" + lodgedVersion + "}"));
        MvcResult drafted = mvc.perform(post("/api/v1/clearance/transactions/" + lodged + "/declarations").with(admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"declarantId\":\"A12\",\"declarantName\":\"北港報關行\","
                        + "\"importerId\":\"12345675\",\"exchangeRate\":32,\"items\":[{\"line\":1,\"duty\":\"0%\"}]}")).andReturn();
        assertThat(drafted.getResponse().getStatus()).as(drafted.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        samples.put("/clearance/transactions/{id}/declaration", "/clearance/transactions/" + lodged + "/declaration");
        samples.put("/clearance/transactions/{id}/declaration#none", "/clearance/transactions/" + tx + "/declaration");
        samples.put("/clearance/transactions/new", "/clearance/transactions/new");
        samples.put("/clearance/transactions/{id}", "/clearance/transactions/" + tx);
        samples.put("/clearance/transactions/{id}/edit", "/clearance/transactions/" + tx + "/edit");
        samples.put("/clearance/transactions/{id}/invoice/new", "/clearance/transactions/" + tx + "/invoice/new");
        samples.put("/clearance/transactions/{id}/documents/{documentId}/capture",
                "/clearance/transactions/" + tx + "/documents/" + invoice + "/capture");
        samples.put("letter:au", "/api/v1/tax/calculations/saved/" + au + "/advice-letter?lang=zh-TW");
        samples.put("letter:tw", "/api/v1/tax/calculations/saved/" + tw + "/advice-letter?lang=zh-TW");
    }

    private String save(Long clientId, String request) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/tax/calculations/saved").with(coordinator)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"clientId\":\"" + clientId + "\",\"request\":" + request + "}")).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(body).isEqualTo(201);
        JsonNode node = json.readTree(body);
        return node.get("id").asString();
    }

    @Test
    void everyPageWithAnHtmlViewHasASampleHere(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            Class<?> type = e.getValue().getBeanType();
            if (!type.getPackageName().startsWith("org.tradedesk") || !type.getSimpleName().endsWith("Controller")
                    || type.getSimpleName().contains("Api") || e.getValue().getMethod().getReturnType() != String.class) {
                continue;
            }
            if (!e.getKey().getMethodsCondition().getMethods().isEmpty()
                    && e.getKey().getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals("GET"))) {
                continue;
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (!samples.containsKey(pattern) && !pattern.endsWith("/progress") && !pattern.contains(".")) {
                    missing.add(pattern + " (" + type.getSimpleName() + ")");
                }
            }
        }
        assertThat(missing).as("pages the sweep does not visit: add a sample URL").isEmpty();
    }

    @Test
    void noEnglishWordOnAnyPageOrDocumentInChinese() throws Exception {
        Set<String> data = dataWrittenInEnglish();
        Map<String, Set<String>> leaks = new LinkedHashMap<>();
        Map<String, Set<String>> duplicateIds = new LinkedHashMap<>();
        for (Map.Entry<String, String> sample : samples.entrySet()) {
            MvcResult r = mvc.perform(get(sample.getValue()).with(admin).locale(Locale.TRADITIONAL_CHINESE)
                    .header("Accept-Language", "zh-TW").param("lang", "zh-TW")).andReturn();
            int status = r.getResponse().getStatus();
            if (status >= 400) {
                leaks.put(sample.getValue(), Set.of("HTTP " + status));
            }
            if (status != 200) {
                continue;
            }
            String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (Boolean.getBoolean("sweep.dump")) { // -Dsweep.dump=true keeps the pages in target/sweep to find a leak's element
                java.nio.file.Path dir = java.nio.file.Path.of("target", "sweep");
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.writeString(dir.resolve(sample.getKey().replaceAll("[^A-Za-z0-9]+", "_") + ".html"), html);
            }
            Set<String> words = englishWords(html, data);
            if (!words.isEmpty()) {
                leaks.put(sample.getValue(), words);
            }
            Set<String> seen = new java.util.HashSet<>();
            Set<String> repeated = new java.util.TreeSet<>();
            if (html.contains("<html")) {
                Jsoup.parse(html).select("[id]").forEach(e -> {
                    if (!seen.add(e.id())) {
                        repeated.add(e.id());
                    }
                });
            }
            if (!repeated.isEmpty()) {
                duplicateIds.put(sample.getValue(), repeated);
            }
        }
        assertThat(leaks).as("English words in zh-TW pages and documents").isEmpty();
        // A label's for= and aria-describedby point to one element: an id given twice breaks both (a form field
        // fragment once took the page's path variable {id} as every control's id).
        assertThat(duplicateIds).as("ids given to more than one element of a page").isEmpty();
    }

    /**
     * Bad input answered in Chinese: a quotation whose second line has a unit no tariff knows and whose first line's duty
     * expression does not parse, posted from the form, and a batch file with the same lines, each answer holds no English
     * word (issue 6 §2, "errors name the field by its label in the reader's language"); the labels are there, not the paths.
     */
    @Test
    void badInputIsAnsweredInChinese() throws Exception {
        Set<String> data = dataWrittenInEnglish();
        Long clientId = jdbc.queryForObject("select min(id) from client", Long.class);
        MvcResult form = mvc.perform(post("/taxes/quotations/preview").with(coordinator)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .locale(Locale.TRADITIONAL_CHINESE).header("Accept-Language", "zh-TW").param("lang", "zh-TW")
                .param("clientId", String.valueOf(clientId)).param("jurisdiction", "TW").param("date", "2026-03-02")
                .param("currency", "TWD").param("incoterm", "CIF").param("allocation", "VALUE")
                .param("lines[0].description", "Cups").param("lines[0].tariffCode", "6912.00").param("lines[0].value", "3000")
                .param("lines[0].measures", "duty=10%")
                .param("lines[1].description", "Plates").param("lines[1].tariffCode", "6912.00").param("lines[1].value", "100")
                .param("lines[1].quantity", "5").param("lines[1].unit", "furlong").param("lines[1].measures", "duty=10%")).andReturn();
        String html = form.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as("the error names the field by its label").contains("第 2 項 單位").doesNotContain("lines[1].unit");
        assertThat(englishWords(html, data)).as("English words in the form's errors").isEmpty();

        byte[] csv = ("description,tariffCode,value,quantity,unit,measures\n"
                + "Cups,6912.00,3000,,,duty=5% +\n"
                + "Plates,6912.00,100,5,furlong,duty=10%\n").getBytes(StandardCharsets.UTF_8);
        MvcResult batch = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/taxes/batch")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "invoice.csv", "text/csv", csv))
                .with(coordinator).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .locale(Locale.TRADITIONAL_CHINESE).header("Accept-Language", "zh-TW").param("lang", "zh-TW")
                .param("jurisdiction", "TW").param("date", "2026-03-02").param("currency", "TWD").param("incoterm", "CIF")
                .param("allocation", "VALUE")).andReturn();
        String batchHtml = batch.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(batch.getResponse().getStatus()).isEqualTo(422);
        assertThat(batchHtml).contains("第 3 列，單位").contains("第 2 列，關稅稅率");
        assertThat(englishWords(batchHtml, data)).as("English words in the batch's row errors").isEmpty();

        MvcResult api = mvc.perform(post("/api/v1/tax/calculations").with(coordinator).header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                         "lines":[{"description":"Cups","tariffCode":"6912.00","value":3000,"measures":{"duty":"10%"}},
                                  {"description":"Plates","tariffCode":"6912.00","value":100,"quantity":5,"unit":"furlong",
                                   "measures":{"duty":"10%"}}]}""")).andReturn();
        JsonNode problem = json.readTree(api.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lines[1].unit");
        assertThat(problem.get("errors").get(0).get("label").asString()).isEqualTo("第 2 項 單位");
        assertThat(problem.get("detail").asString()).startsWith("第 2 項 單位：");
        assertThat(englishWords("<p>" + problem.get("detail").asString() + "</p><p>" + problem.get("title").asString() + "</p>", data))
                .as("English words in the problem detail").isEmpty();

        MvcResult invalid = mvc.perform(post("/api/v1/tax/calculations").with(coordinator).header("Accept-Language", "zh-TW")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF",
                         "lines":[{"description":"Cups","origin":"Taiwan","value":3000}]}""")).andReturn();
        JsonNode invalidProblem = json.readTree(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(invalidProblem.get("detail").asString()).as("a validation detail names the field by its label")
                .contains("第 1 項 原產地").doesNotContain("lines[0]");
        assertThat(englishWords("<p>" + invalidProblem.get("detail").asString() + "</p>", data)).isEmpty();
    }

    /** Texts that are data, not interface: written by users or published in English. */
    private Set<String> dataWrittenInEnglish() {
        Set<String> data = new LinkedHashSet<>();
        data.addAll(jdbc.queryForList("select name from client", String.class));
        data.addAll(jdbc.queryForList("select coalesce(registered_address, '') from client", String.class));
        data.addAll(jdbc.queryForList("select coalesce(shipping_address, '') from client", String.class));
        data.addAll(jdbc.queryForList("select coalesce(notes, '') from client", String.class));
        data.addAll(jdbc.queryForList("select name from client_contact", String.class));
        data.addAll(jdbc.queryForList("select coalesce(email, '') from client_contact", String.class));
        data.addAll(jdbc.queryForList("select coalesce(job_role, '') from client_contact", String.class));
        data.addAll(jdbc.queryForList("select display_name from user_account", String.class));
        data.addAll(jdbc.queryForList("select coalesce(email, '') from user_account", String.class));
        data.addAll(jdbc.queryForList("select coalesce(subject, '') from client_communication", String.class));
        data.addAll(jdbc.queryForList("select coalesce(summary, '') from client_communication", String.class));
        data.addAll(jdbc.queryForList("select recorded_by from contact_consent", String.class));
        data.addAll(jdbc.queryForList("select coalesce(note, '') from contact_consent", String.class));
        // the country lists' citations and each membership's source note: the list file's and the amending
        // manager's own words, kept as written (a citation of an Australian instrument is its English title)
        data.addAll(jdbc.queryForList("select legal_source from tariff_eligibility_list", String.class));
        data.addAll(jdbc.queryForList("select source from tariff_eligibility_member", String.class));
        // a tariff data version's label: the importing manager's words (a file name, "AU schedule 2026-07")
        data.addAll(jdbc.queryForList("select coalesce(label, '') from tariff_data_version", String.class));
        data.addAll(List.of("Passenger car", "Shiraz", "Shoes", "Plates", "Cups", "furlong"));
        data.removeIf(String::isBlank);
        // the longest first, so that a text holding a shorter one is taken out whole
        List<String> longestFirst = new ArrayList<>(data);
        longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return new LinkedHashSet<>(longestFirst);
    }

    private static Set<String> englishWords(String html, Set<String> data) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, code, pre, [lang=en], [translate=no], .published").remove();
        List<String> texts = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (TextNode t : e.textNodes()) {
                texts.add(t.text());
            }
            for (String attr : List.of("title", "placeholder", "aria-label", "alt")) {
                if (e.hasAttr(attr)) {
                    texts.add(e.attr(attr));
                }
            }
        }
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            String rest = text;
            for (Pattern known : NOT_YET_MESSAGES.values()) {
                rest = known.matcher(rest).replaceAll(" ");
            }
            for (String d : data) {
                rest = rest.replace(d, " ");
            }
            Matcher m = WORD.matcher(rest);
            while (m.find()) {
                if (m.group().matches(".*[0-9_].*")) {
                    continue;
                }
                for (String w : m.group().split("[.'-]+")) {
                    if (w.length() > 1 && !ALLOWED.contains(w) && !w.matches("[A-Z]{2,6}")) {
                        found.add(w);
                    }
                }
            }
        }
        return found;
    }
}
