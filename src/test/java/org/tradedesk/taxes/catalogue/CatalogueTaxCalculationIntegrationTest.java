package org.tradedesk.taxes.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine fed by the tariff catalogue: the bundled Australian Schedule 3 + FTA schedules and the
 * Taiwan sample imported once, then {@code POST /api/v1/tax/calculations} without {@code measures}.
 * Expected duties come from the published rate texts of the bundled files, quoted at each test
 * (au-customs-tariff-schedule3.json, au-customs-tariff-fta-schedules.json, the Taiwan fixture rows of
 * TwTariffFixtureGenerator), and from Customs Tariff Act 1995 s 16: goods of an FTA partner or of New
 * Zealand are Free unless the schedule sets a rate for the line.
 */
@SpringBootTest
@AutoConfigureMockMvc
// the imported schedules would otherwise feed the catalogue of later test classes sharing this cached context
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueTaxCalculationIntegrationTest {

    @Autowired
    TariffCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    org.tradedesk.tariff.EligibilityLists eligibility;
    @Autowired
    org.tradedesk.identity.AuditTrail audit;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        org.tradedesk.support.BundledTariffs.importAndAwait(catalogue, Jurisdiction.AU, Jurisdiction.TW);
    }

    private JsonNode calculate(String jurisdiction, String currency, String incoterm, String line, int expectedStatus) throws Exception {
        return calculate("2026-03-02", jurisdiction, currency, incoterm, line, expectedStatus);
    }

    private JsonNode calculate(String date, String jurisdiction, String currency, String incoterm, String line, int expectedStatus)
            throws Exception {
        String body = """
                {"jurisdiction":"%s","date":"%s","currency":"%s","incoterm":"%s","lines":[%s]}"""
                .formatted(jurisdiction, date, currency, incoterm, line);
        String response = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    private static JsonNode dutyStep(JsonNode r) {
        for (JsonNode s : r.get("steps")) {
            if (s.get("code").asString().equals("DUTY")) {
                return s;
            }
        }
        throw new AssertionError("no DUTY step in " + r);
    }

    private static JsonNode option(JsonNode r, String scheme) {
        for (JsonNode o : r.get("options")) {
            if (o.get("scheme").asString().equals(scheme)) {
                return o;
            }
        }
        return null;
    }

    private static List<String> schemes(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("options").forEach(o -> out.add(o.get("scheme").asString()));
        return out;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }

    @Test
    void frenchWineTakesTheGeneralRateOfScheduleThree() throws Exception {
        // Schedule 3, 2204.21.20 "Grape wine as defined in Additional Note 3": dutyRate "5%"; 5 % of AUD 10,000 FOB = 500.00
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"Bordeaux 750 ml","tariffCode":"2204.21.20","origin":"FR","value":10000,"litres":450,"alcoholByVolume":13.5}""", 200);
        JsonNode duty = dutyStep(r);
        assertThat(decimal(duty, "amount")).isEqualByComparingTo("500.00");
        // the rate as read from the published text, and where it came from: the line and the catalogue's data version
        assertThat(duty.get("rate").asString()).isEqualTo("5%");
        assertThat(duty.get("rateSource").get("text").asString()).contains("tariff catalogue").contains("2204.21.20")
                .contains("tariff data version");
        assertThat(r.get("dataVersions").get("tariff.line1").get("code").asString()).isEqualTo("taxes.source.tariff-line.with-lists");
        // the source's version in the reader's language (t1fixG 2: it was the English reference with the Schedule 3 text)
        assertThat(r.get("sources").toString()).contains("2204.21.20 — tariff data version");
        // France is party to none of the FTAs of Schedules 4A-16 and no Schedule 3 code names it
        assertThat(r.get("options").isEmpty()).isTrue();
    }

    @Test
    void newZealandWineIsFreeUnderSection16() throws Exception {
        // 2204.21.20 carries no NZ rate in Schedule 3 and no entry in Schedules 8, 8A, 8B or 14 (only .10, .30, .90 are listed)
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"Marlborough sauvignon blanc","tariffCode":"2204.21.20","origin":"NZ","value":10000,"litres":450,"alcoholByVolume":13}""", 200);
        assertThat(decimal(dutyStep(r), "amount")).isEqualByComparingTo("500.00");
        assertThat(schemes(r)).containsSubsequence("GENERAL", "NZ", "AANZFTA", "PACER", "CPTPP", "RCEP");
        JsonNode nz = option(r, "NZ");
        assertThat(decimal(nz, "dutyAmount")).isEqualByComparingTo("0");
        assertThat(nz.get("requires").get("text").asString()).contains("origin");
        assertThat(decimal(option(r, "GENERAL"), "dutyAmount")).isEqualByComparingTo("500.00");
        assertThat(option(r, "GENERAL").get("cheapest").asBoolean()).isFalse();
    }

    @Test
    void anFtaScheduleEntryGivesItsOwnRate() throws Exception {
        // 2204.21.10: Schedule 3 "5%"; Schedule 14 (RCEP) "2204.21.10 From 1 January 2022: 4%"; Schedule 10 (KAFTA) has no
        // entry for .10 (only .30 and .90), so Free. AUD 10,000: general 500.00, RCEP 400.00, KAFTA 0.
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"dealcoholised wine","tariffCode":"2204.21.10","origin":"KR","value":10000,"litres":450,"alcoholByVolume":0.5}""", 200);
        assertThat(decimal(option(r, "RCEP"), "dutyAmount")).isEqualByComparingTo("400.00");
        assertThat(option(r, "RCEP").get("requires").get("text").asString()).contains("4%");
        assertThat(decimal(option(r, "KAFTA"), "dutyAmount")).isEqualByComparingTo("0");
        assertThat(option(r, "KAFTA").get("cheapest").asBoolean()).isTrue();
    }

    private static final String CAR = """
            {"description":"sedan 2.0 l","tariffCode":"8703.23.90","origin":"%s","value":40000,"quantity":1,"unit":"No"}""";

    /**
     * Issue 6 acceptance blocker: a German car with the option DCS 4 % typed was offered, flagged cheapest and recommended in the
     * approved letter, while the refused-options table said Germany is on no DCS list. A typed scheme that is a held list (DCS, an
     * FTA) is checked like the tariff's own options: 400 on the option's scheme field with the list's reason.
     */
    @Test
    void aTypedSchemeOfAHeldListIsCheckedAgainstTheListAndRefusedForAnOriginNotOnIt() throws Exception {
        for (String scheme : List.of("DCS", "AUSFTA", "CPTPP", "dcs")) {
            JsonNode r = calculate("AU", "AUD", "FOB", """
                    {"description":"sedan","tariffCode":"87032390","origin":"DE","value":90000,
                     "options":[{"scheme":"%s","duty":"4%%"}]}""".formatted(scheme), 400);
            JsonNode error = r.get("errors").get(0);
            assertThat(error.get("field").asString()).as(scheme).isEqualTo("lines[0].options[0].scheme");
            // the reason the refused-options table gives (tariff.eligibility.not-listed), the list named as the tariff prints it
            // (named as the list names it: review r-t1 F4(b) 「德國不在 Peru 適用名單內」)
            // DCS: Germany, a DAC donor, is certainly on no developing-country list (t1fixI: reference-data/eligibility/
            // not-members.tsv), so the reason says it is not listed, citing the Schedule
            String message = error.get("message").asString();
            if (scheme.equalsIgnoreCase("DCS")) {
                assertThat(message).as(scheme).contains("Germany is not listed for Developing Countries (DCS rates)")
                        .contains("Sch 1 Pt 4");
            } else {
                assertThat(message).as(scheme).contains(java.util.Map.of("AUSFTA", "Germany is not listed for Australia-United States FTA (Schedule 5)",
                        "CPTPP", "Germany is not listed for CPTPP (Schedule 8B)").get(scheme));
            }
        }
        // an origin on the list keeps its typed option, with the list's reason attached to what it requires
        JsonNode us = calculate("AU", "AUD", "FOB", """
                {"description":"sedan","tariffCode":"87032390","origin":"US","value":90000,
                 "options":[{"scheme":"AUSFTA","duty":"4%","label":"typed AUSFTA"}]}""", 200);
        JsonNode typed = null;
        for (JsonNode o : us.get("options")) {
            if (o.get("label").get("text").asString().equals("typed AUSFTA")) {
                typed = o;
            }
        }
        assertThat(typed).isNotNull();
        assertThat(typed.get("requires").get("text").asString()).contains("United States is listed for Australia-United States FTA");
    }

    /**
     * Review r-t1 F11: {@code lines[0].scheme:"DCS"} for a German car read "line 1, Other option (scheme): no duty option "DCS"…":
     * the field is the option the line uses, and the reason is the one a typed DCS option gets.
     */
    @Test
    void aChosenSchemeTheOriginMayNotClaimIsRefusedWithTheReason() throws Exception {
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"sedan","tariffCode":"87032390","origin":"DE","value":90000,"scheme":"DCS"}""", 400);
        JsonNode error = r.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].scheme");
        assertThat(error.get("message").asString()).contains("the option DCS cannot be claimed")
                .contains("Germany is not listed for Developing Countries (DCS rates)");
        assertThat(r.toString()).contains("Duty option used").doesNotContain("Other option (scheme)");
    }

    @Test
    void aTypedSchemeNoListGovernsIsKeptButMarkedUncheckedInItsLabel() throws Exception {
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"sedan","tariffCode":"87032390","origin":"DE","value":90000,
                 "options":[{"scheme":"OWN-DEAL","duty":"4%"}]}""", 200);
        JsonNode own = option(r, "OWN-DEAL");
        assertThat(own.get("label").get("text").asString()).isEqualTo("OWN-DEAL (typed by the user, eligibility not checked)");
        assertThat(own.get("cheapest").asBoolean()).as("cheapest, but its label carries the mark wherever it is printed").isTrue();
    }

    /**
     * Issue 6 (acceptance): 22042100 is not an item of the Australian tariff (Schedule 3 splits 2204.21 into .10, .20, .30,
     * .90); with its duty typed the calculation ran without WET and said nothing. The typed duty is still used, but the result
     * carries a note that the code is not in the tariff and the taxes decided by the code (WET, LCT, excise equivalent) could
     * not be decided. 100 AUD FOB + 50 freight; duty 5 % × 100 = 5.00; GST 10 % × (100 + 5 + 50) = 15.50; total 20.50.
     */
    @Test
    void aCodeNotInTheTariffWithItsDutyTypedIsCalculatedWithANoteThatItsCodeTaxesWereNotDecided() throws Exception {
        String body = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB","freight":50,"lines":[{"tariffCode":"22042100",
                 "description":"wine","origin":"FR","value":100,"litres":0.7,"alcoholByVolume":13.5,"measures":{"duty":"5%"}}]}""";
        JsonNode r = json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(decimal(r, "total")).isEqualByComparingTo("20.50");
        List<String> notes = new ArrayList<>();
        r.get("notes").forEach(n -> notes.add(n.get("text").asString()));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("Line 1: 22042100 is not in the AU tariff")
                .contains("Wine equalisation tax").contains("Excise-equivalent customs duty")
                        // the chain charges LCT on cars only (8703): not undecided for a wine code (t1fixG 9)
                        .doesNotContain("Luxury car tax"));
        String zh = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("第 1 項：22042100 不在 AU 稅則中").contains("葡萄酒平衡稅");
    }

    @Test
    void japaneseCarGetsItsAgreementsButNoDevelopingCountryRate() throws Exception {
        // 8703.23.90: "5% DCS4% CAFree DCT5%"; no entry in Schedules 8B, 11 or 14 → JAEPA, CPTPP, RCEP Free.
        // Japan is in no part of Schedule 1 of the Customs Tariff Regulations 2004, so DCS and DCT are not its rates.
        JsonNode r = calculate("AU", "AUD", "FOB", CAR.formatted("JP"), 200);
        assertThat(decimal(dutyStep(r), "amount")).isEqualByComparingTo("2000.00");
        assertThat(schemes(r)).contains("GENERAL", "CPTPP", "JAEPA", "RCEP").doesNotContain("DCS", "DCT", "DC", "LDC", "FI", "CA", "KAFTA");
        assertThat(decimal(option(r, "JAEPA"), "dutyAmount")).isEqualByComparingTo("0");
        assertThat(option(r, "JAEPA").get("requires").get("text").asString()).contains("Japan-Australia EPA").contains("proof of origin")
                .as("JAEPA's entry into force, 15 January 2015, is confirmed from DAFF's list of FTAs in force")
                .contains("Japan is listed for Japan-Australia EPA (Schedule 11) from").doesNotContain("To confirm");
        assertThat(option(r, "CPTPP").get("requires").get("text").asString()).contains("Japan is listed for CPTPP (Schedule 8B) from").doesNotContain("To confirm");
    }

    @Test
    void germanAndAmericanCarsAreRecommendedNoDevelopingCountryRate() throws Exception {
        // the advice letter that recommended "Preference DCS" for a German car: DE is on no Schedule 1 list and party to no FTA
        JsonNode germany = calculate("AU", "AUD", "FOB", CAR.formatted("DE"), 200);
        assertThat(decimal(dutyStep(germany), "amount")).isEqualByComparingTo("2000.00");
        assertThat(schemes(germany)).as("nothing but the general rate, so no option to recommend").isEmpty();
        JsonNode usa = calculate("AU", "AUD", "FOB", CAR.formatted("US"), 200);
        assertThat(schemes(usa)).containsExactly("GENERAL", "AUSFTA");
        assertThat(option(usa, "GENERAL").get("cheapest").asBoolean()).isFalse();
    }

    @Test
    void anFtaPartyGetsItsPreferenceOnlyFromTheAgreementsEntryIntoForce() throws Exception {
        // RCEP entered into force for Indonesia on 2 January 2023 (DFAT); IA-CEPA and AANZFTA had long been in force for it
        JsonNode before = calculate("2023-01-01", "AU", "AUD", "FOB", CAR.formatted("ID"), 200);
        assertThat(schemes(before)).contains("IA-CEPA", "AANZFTA").doesNotContain("RCEP");
        JsonNode on = calculate("2023-01-02", "AU", "AUD", "FOB", CAR.formatted("ID"), 200);
        assertThat(schemes(on)).contains("IA-CEPA", "AANZFTA", "RCEP");
    }

    /** Runs {@code action} as the manager mona (a MockMvc request in between clears the test's security context). */
    private static <T> T asManager(java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("mona", null,
                List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_MANAGER"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aManagersAmendmentTakesEffectFromItsDateAndIsAudited() throws Exception {
        // Schedule 1 Part 4 (DCS) ships to confirm (t1fixI); Taiwan is neither on it nor a certain non-member, so a manager
        // enters it, from 1 March 2026; the car's DCS rate is 4%: AUD 40,000 → 1,600.00.
        assertThat(schemes(calculate("2026-03-02", "AU", "AUD", "FOB", CAR.formatted("TW"), 200))).doesNotContain("DCS");
        long id = asManager(() -> eligibility.addMember(Jurisdiction.AU, "DCS", org.tradedesk.shared.CountryCode.of("TW"),
                java.time.LocalDate.of(2026, 3, 1), null, false, "Customs Tariff Regulations 2004 Sch 1 Pt 4 (checked by the manager)"));

        assertThat(schemes(calculate("2026-02-28", "AU", "AUD", "FOB", CAR.formatted("TW"), 200))).doesNotContain("DCS");
        JsonNode on = calculate("2026-03-02", "AU", "AUD", "FOB", CAR.formatted("TW"), 200);
        assertThat(decimal(option(on, "DCS"), "dutyAmount")).isEqualByComparingTo("1600.00");
        assertThat(option(on, "DCS").get("requires").get("text").asString()).contains("is listed for Developing Countries (DCS rates) from").doesNotContain("To confirm");

        asManager(() -> {
            eligibility.endMember(id, java.time.LocalDate.of(2026, 3, 1), "ended again (test)");
            return null;
        });
        assertThat(schemes(calculate("2026-03-02", "AU", "AUD", "FOB", CAR.formatted("TW"), 200))).doesNotContain("DCS");

        var entries = asManager(() -> audit.search("ELIGIBILITY_LIST", "AU/DCS", null, null, null,
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent());
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(e -> e.username()).containsOnly("mona");
        assertThat(entries.get(1).after()).contains("TW").contains("2026-03-01").contains("Sch 1 Pt 4");
    }

    private static final String SPARKLING_WINE = """
            {"description":"sparkling wine 11 %%","tariffCode":"2204.10.29","origin":"%s","value":10000,"litres":450,"alcoholByVolume":11}""";

    /**
     * Real origins against the shipped Schedule 1 lists (issue 6 §1). 2204.10.29 reads "5%, and $107.99/L of alcohol
     * NZ/PG/FI/DC/LDC/SG $107.99/L of alcohol DCS4%, and $107.99/L of alcohol DCT5%, and $107.99/L of alcohol": the listed
     * countries pay the excise-equivalent part only, 5 % of AUD 10,000 = 500.00 less than the general rate. Fiji is a Forum
     * Island Country (Customs Tariff Regulations 2004 Sch 1 Pt 1, confirmed from the ABF page); Bangladesh is on the UN
     * list of least developed countries, shipped for Sch 1 Pt 2 to confirm (offered, saying so); Germany is on no list.
     */
    @Test
    void onlyTheOriginsScheduleOneListsGetTheirRates() throws Exception {
        JsonNode fiji = calculate("AU", "AUD", "FOB", SPARKLING_WINE.formatted("FJ"), 200);
        // Fiji is no least developed country; it is on the developing-country lists shipped to confirm (t1fixI: the DAC list as
        // a stand-in), so its DCS option is offered and says it is to confirm
        assertThat(schemes(fiji)).contains("GENERAL", "FI", "DCS").doesNotContain("LDC");
        assertThat(option(fiji, "DCS").get("requires").get("text").asString()).containsIgnoringCase("to confirm");
        assertThat(decimal(option(fiji, "GENERAL"), "dutyAmount").subtract(decimal(option(fiji, "FI"), "dutyAmount")))
                .isEqualByComparingTo("500.00");
        assertThat(option(fiji, "FI").get("requires").get("text").asString()).contains("Fiji is listed for Forum Island Countries")
                .doesNotContain("To confirm");

        JsonNode bangladesh = calculate("AU", "AUD", "FOB", SPARKLING_WINE.formatted("BD"), 200);
        assertThat(schemes(bangladesh)).contains("GENERAL", "LDC").doesNotContain("FI");
        assertThat(decimal(option(bangladesh, "GENERAL"), "dutyAmount").subtract(decimal(option(bangladesh, "LDC"), "dutyAmount")))
                .isEqualByComparingTo("500.00");
        assertThat(option(bangladesh, "LDC").get("requires").get("text").asString()).contains("Bangladesh is listed for Least Developed Countries")
                .as("Part 2 is shipped from the UN list, not yet checked against the Regulations").contains("To confirm");

        JsonNode germany = calculate("AU", "AUD", "FOB", SPARKLING_WINE.formatted("DE"), 200);
        assertThat(schemes(germany)).as("Germany is on no Schedule 1 list and party to no FTA").isEmpty();
    }

    /**
     * An FTA party before the agreement entered into force for it is refused, naming the date: A-UKFTA entered into force
     * on 31 May 2023 (DAFF, "Free trade agreements (FTAs) in force"). A British car dated 30 May 2023 gets no A-UKFTA option
     * and the screen says from when it applies; dated 31 May 2023 it gets it, confirmed.
     */
    @Test
    void aBritishCarTheDayBeforeTheAustraliaUkFtaIsRefusedNamingItsDate() throws Exception {
        assertThat(schemes(calculate("2023-05-30", "AU", "AUD", "FOB", CAR.formatted("GB"), 200))).doesNotContain("A-UKFTA");
        JsonNode on = calculate("2023-05-31", "AU", "AUD", "FOB", CAR.formatted("GB"), 200);
        assertThat(schemes(on)).contains("A-UKFTA");
        assertThat(option(on, "A-UKFTA").get("requires").get("text").asString()).contains("United Kingdom is listed for Australia-UK FTA (Schedule 15) from")
                .doesNotContain("To confirm");
        String html = mvc.perform(post("/taxes/quotations/preview").with(user("carol").roles("COORDINATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lang", "en").param("clientId", "").param("jurisdiction", "AU").param("date", "2023-05-30")
                        .param("currency", "AUD").param("incoterm", "FOB").param("exchangeRate", "1").param("allocation", "VALUE")
                        .param("lines[0].description", "sedan 2.0 l").param("lines[0].tariffCode", "8703.23.90")
                        .param("lines[0].origin", "GB").param("lines[0].value", "40000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String refused = html.substring(html.indexOf("id=\"refused-options\""));
        assertThat(refused).contains("United Kingdom is listed for Australia-UK FTA (Schedule 15) only from").contains("2023")
                .contains("United Kingdom is not listed for Developing Countries (DCS rates)");
    }

    @Test
    void theQuotationScreenShowsTheRefusedOptionsWithTheirReasonOnlyOnRequest() throws Exception {
        String html = mvc.perform(post("/taxes/quotations/preview").with(user("carol").roles("COORDINATOR"))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("lang", "en").param("clientId", "").param("jurisdiction", "AU").param("date", "2026-03-02")
                        .param("currency", "AUD").param("incoterm", "FOB").param("exchangeRate", "1").param("allocation", "VALUE")
                        .param("lines[0].description", "sedan 2.0 l").param("lines[0].tariffCode", "8703.23.90")
                        .param("lines[0].origin", "DE").param("lines[0].value", "40000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("id=\"options-table\"");
        String refused = html.substring(html.indexOf("id=\"refused-options\""));
        assertThat(refused).startsWith("id=\"refused-options\">").contains("Show options this origin cannot claim")
                // Germany, a DAC donor, is certainly on no developing-country list (t1fixI), said as fact with the Schedule cited;
                // no "not assessed" caveat for it
                .contains("Germany is not listed for Developing Countries (DCS rates) (Customs Tariff Regulations 2004 Sch 1 Pt 4")
                .contains("Germany is not listed for Developing countries and places (DCT rates)")
                .doesNotContain("whether Germany may claim it is not assessed");
    }

    @Test
    void koreanAndCanadianCarsGetTheirOwnPreferences() throws Exception {
        JsonNode korea = calculate("AU", "AUD", "FOB", """
                {"description":"sedan 2.0 l","tariffCode":"8703.23.90","origin":"KR","value":40000}""", 200);
        assertThat(schemes(korea)).contains("KAFTA", "RCEP").doesNotContain("JAEPA", "CPTPP", "CA");
        assertThat(decimal(option(korea, "KAFTA"), "dutyAmount")).isEqualByComparingTo("0");
        // "CAFree" in the Schedule 3 text: the CA code names Canada
        JsonNode canada = calculate("AU", "AUD", "FOB", """
                {"description":"sedan 2.0 l","tariffCode":"8703.23.90","origin":"CA","value":40000}""", 200);
        assertThat(decimal(option(canada, "CA"), "dutyAmount")).isEqualByComparingTo("0");
        assertThat(schemes(canada)).contains("CPTPP");
    }

    @Test
    void integratedCircuitsAreFreeAndSaySo() throws Exception {
        // 8542.31.00 "Processors and controllers": dutyRate "Free" — a DUTY step of 0 citing the catalogue, not a missing step
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"microcontrollers","tariffCode":"8542.31.00","origin":"CN","value":5000}""", 200);
        JsonNode duty = dutyStep(r);
        assertThat(decimal(duty, "amount")).isEqualByComparingTo("0");
        // "Free" is read as a rate of 0 %, from the catalogue line named in the source
        assertThat(duty.get("rate").asString()).isEqualTo("0%");
        assertThat(duty.get("rateSource").get("text").asString()).contains("tariff catalogue").contains("8542.31.00");
    }

    @Test
    void requestMeasuresOverrideTheCatalogue() throws Exception {
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"sedan 2.0 l","tariffCode":"8703.23.90","origin":"JP","value":40000,"measures":{"duty":"10%"}}""", 200);
        JsonNode duty = dutyStep(r);
        assertThat(decimal(duty, "amount")).isEqualByComparingTo("4000.00");
        assertThat(duty.get("rateSource").get("text").asString()).isEqualTo("measure given in the request");
    }

    @Test
    void taiwanFootwearPaysWhicheverIsHigher() throws Exception {
        // fixture row 64039900008, column I "NT$38/PRQ or 10%, whichever is higher", column II "0% (PA,GT,NI,SV,HN) 5% (NZ,SG)",
        // column III "50%". CIF NT$10,000, 100 pairs: max(1,000; 3,800) = 3,800; SG column II 5 % = 500; column III 5,000.
        JsonNode r = calculate("TW", "TWD", "CIF", """
                {"description":"leather shoes","tariffCode":"6403.99.00.00-8","origin":"SG","value":10000,"quantity":100,"unit":"pair"}"""
                .replace("6403.99.00.00-8", "64039900008"), 200);
        assertThat(decimal(dutyStep(r), "amount")).isEqualByComparingTo("3800");
        assertThat(decimal(option(r, "TW_COLUMN_II"), "dutyAmount")).isEqualByComparingTo("500");
        assertThat(option(r, "TW_COLUMN_III")).as("Singapore is a WTO member: column I, column III no choice").isNull();
        assertThat(option(r, "TW_COLUMN_II").get("cheapest").asBoolean()).isTrue();
        // 20 pairs: max(1,000; 760) = 1,000 — the ad valorem side wins
        JsonNode few = calculate("TW", "TWD", "CIF", """
                {"description":"leather shoes","tariffCode":"64039900008","origin":"JP","value":10000,"quantity":20,"unit":"pair"}""", 200);
        assertThat(decimal(dutyStep(few), "amount")).isEqualByComparingTo("1000");
        assertThat(option(few, "TW_COLUMN_II")).as("Japan is not a column II partner of this line").isNull();
    }

    /**
     * Issue 6 (acceptance): North Korean shoes were given column I. 關稅法 §5: column I is for WTO members and countries with
     * reciprocal treatment; North Korea is not a WTO member, so column III applies, 50 % of CIF NT$10,000 = 5,000, with the
     * reason in the duty's rate source; no column III option is offered to Japan (a member since 1995).
     */
    @Test
    void northKoreanShoesPayColumnThreeWithTheReasonAndJapanHasNoColumnThreeOption() throws Exception {
        JsonNode kp = calculate("TW", "TWD", "CIF", """
                {"description":"leather shoes","tariffCode":"64039900008","origin":"KP","value":10000,"quantity":100,"unit":"pair"}""", 200);
        assertThat(decimal(dutyStep(kp), "amount")).isEqualByComparingTo("5000");
        assertThat(dutyStep(kp).get("rateSource").get("text").asString()).contains("column III").contains("is not among the countries entered so far for column I");
        assertThat(option(kp, "TW_COLUMN_III")).isNull();
        JsonNode jp = calculate("TW", "TWD", "CIF", """
                {"description":"leather shoes","tariffCode":"64039900008","origin":"JP","value":10000,"quantity":100,"unit":"pair"}""", 200);
        assertThat(decimal(dutyStep(jp), "amount")).isEqualByComparingTo("3800");
        assertThat(option(jp, "TW_COLUMN_III")).isNull();
    }

    /**
     * Column II "0% (PA,GT,NI,SV,HN) 5% (NZ,SG)" names Nicaragua, but Taiwan stopped honouring the FTA with Nicaragua from
     * 1 July 2022 (Bureau of Foreign Trade, reported by CNA on 25 February 2022): Nicaraguan shoes dated 30 June 2022 get the
     * free column II rate (to confirm), dated 1 July 2022 they do not, and the screen says the membership ended.
     */
    @Test
    void nicaraguanShoesLoseColumnTwoWhenTaiwanStoppedHonouringTheFta() throws Exception {
        String shoes = """
                {"description":"leather shoes","tariffCode":"64039900008","origin":"NI","value":10000,"quantity":100,"unit":"pair"}""";
        JsonNode before = calculate("2022-06-30", "TW", "TWD", "CIF", shoes, 200);
        assertThat(decimal(option(before, "TW_COLUMN_II"), "dutyAmount")).isEqualByComparingTo("0");
        assertThat(option(before, "TW_COLUMN_II").get("requires").get("text").asString()).contains("To confirm");
        JsonNode after = calculate("2022-07-01", "TW", "TWD", "CIF", shoes, 200);
        assertThat(option(after, "TW_COLUMN_II")).isNull();
        assertThat(decimal(dutyStep(after), "amount")).isEqualByComparingTo("3800");
    }

    /**
     * Honduras notified Taiwan on 9 June 2023 that it terminates the FTA, effective 180 days later (MOFA via CNA, Taiwan News
     * 15 June 2023, https://www.taiwannews.com.tw/en/news/4919655): 6 December 2023. Honduran shoes dated 5 December 2023 get the
     * free column II rate (to confirm); dated 6 December 2023 they pay column I 38 % (acceptance review t1fixD 1).
     */
    @Test
    void honduranShoesLoseColumnTwoWhenHondurasEndedTheFta() throws Exception {
        String shoes = """
                {"description":"leather shoes","tariffCode":"64039900008","origin":"HN","value":10000,"quantity":100,"unit":"pair"}""";
        JsonNode before = calculate("2023-12-05", "TW", "TWD", "CIF", shoes, 200);
        assertThat(decimal(option(before, "TW_COLUMN_II"), "dutyAmount")).isEqualByComparingTo("0");
        JsonNode after = calculate("2023-12-06", "TW", "TWD", "CIF", shoes, 200);
        assertThat(option(after, "TW_COLUMN_II")).isNull();
        assertThat(decimal(dutyStep(after), "amount")).isEqualByComparingTo("3800");
    }

    /**
     * Issue 6 (review finding): Taiwan prints the 11-digit CCC code with its check digit after a dash, "0902.10.00.00-4"
     * (fixture row 09021000004, green tea, column I 22.5 %): refused before by the request's pattern. CIF NT$10,000 →
     * 22.5 % = 2,250. The printed form, with spaces or in full-width digits, is the same line; a wrong last digit is a 400
     * on the line's field naming the digit the schedule prints (4), in the reader's language. The check digit is compared
     * with the catalogue's line (no formula for it is published in a source we can cite).
     */
    @Test
    void taiwansPrintedCodeWithItsCheckDigitIsAcceptedAndAWrongDigitNamesTheRightOne() throws Exception {
        String tea = """
                {"description":"green tea","tariffCode":"%s","origin":"JP","value":10000,"netMassKg":100}""";
        for (String printed : List.of("0902.10.00.00-4", "0902 10 00 00 - 4", "０９０２．１０．００．００－４", "09021000004", "0902.10.00.00")) {
            JsonNode r = calculate("TW", "TWD", "CIF", tea.formatted(printed), 200);
            assertThat(decimal(dutyStep(r), "amount")).as(printed).isEqualByComparingTo("2250");
        }
        JsonNode wrong = calculate("TW", "TWD", "CIF", tea.formatted("0902.10.00.00-5"), 400);
        JsonNode error = wrong.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(error.get("message").asString()).isEqualTo(
                "The check digit of 0902.10.00.00-5 is wrong: the TW tariff prints this line as 0902.10.00.00-4, check digit 4.");
        String zh = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF","lines":[%s]}"""
                                .formatted(tea.formatted("0902.10.00.00-5"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // issue 6 §2 (review): worded as the item API words it (tariff.code.check-digit), the code as printed
        assertThat(json.readTree(zh).get("errors").get(0).get("message").asString())
                .isEqualTo("0902.10.00.00-5 的檢查號碼有誤：TW 稅則所載本號列為 0902.10.00.00-4，檢查號碼為 4。");
        // typed without its dots, the code is still named as Taiwan prints it
        String bare = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"TW","date":"2026-03-02","currency":"TWD","incoterm":"CIF","lines":[%s]}"""
                                .formatted(tea.formatted("09021000005"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(bare).get("errors").get(0).get("message").asString()).startsWith("0902.10.00.00-5 的檢查號碼有誤：");
    }

    @Test
    void aSavedCalculationKeepsTheCatalogueReferenceAndReRunsIdentically() throws Exception {
        // one line the catalogue knows and one it does not (below the low-value threshold, with its own measure):
        // the unknown code must not spoil the saving transaction
        String save = """
                {"clientId":null,"request":{"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"sedan 2.0 l","tariffCode":"8703.23.90","origin":"JP","value":40000},
                          {"description":"spare part","tariffCode":"9999.99.99","origin":"JP","value":100,"measures":{"duty":"5%"}}]}}""";
        JsonNode saved = json.readTree(mvc.perform(post("/api/v1/tax/calculations/saved").with(user("carol").roles("COORDINATOR"))
                        .contentType(MediaType.APPLICATION_JSON).content(save))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(saved.get("result").get("dataVersions").get("tariff.line1").toString()).contains("8703.23.90");
        assertThat(saved.get("result").get("sources").toString()).contains("8703.23.90").contains("taxes.source.tariff-line");
        mvc.perform(post("/api/v1/tax/calculations/saved/" + saved.get("id").asString() + "/rerun")
                        .with(user("carol").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.identical").value(true));
    }

    @Test
    void chargesTheBundledTariffsBeerRateOnTheAlcoholAboveTheStrengthItsTextNames() throws Exception {
        // Schedule 3 2206.00.89: "$43.39/L of alcohol, calculated on that alcohol content by which the percentage by
        // volume of alcohol of the goods exceeds 1.15": 1,000 L at 5 %vol → 38.5 LAL × 43.39 = 1,670.515 → 1,670.51 (truncated
        // to the cent like the excise it equals: the ATO's beer example, the chain's alcohol.perLalAmountRounding)
        JsonNode beer = calculate("AU", "AUD", "FOB", """
                {"description":"beer-based drink","tariffCode":"2206.00.89","origin":"CN","value":4000,"litres":1000,
                 "alcoholByVolume":5}""", 200);
        assertThat(dutyStep(beer).get("rate").asString()).isEqualTo("43.39 AUD/LAL ABOVE 1.15 %vol");
        assertThat(decimal(dutyStep(beer), "amount")).isEqualByComparingTo("1670.51");
        // 2203.00.91 "$107.99/L of alcohol": all 50 LAL → 5,399.50
        JsonNode strong = calculate("AU", "AUD", "FOB", """
                {"description":"strong beer","tariffCode":"2203.00.91","origin":"CN","value":4000,"litres":1000,
                 "alcoholByVolume":5}""", 200);
        assertThat(decimal(dutyStep(strong), "amount")).isEqualByComparingTo("5399.50");
    }

    private static BigDecimal stepAmount(JsonNode r, String code) {
        for (JsonNode s : r.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s.get("amount").decimalValue();
            }
        }
        return null;
    }

    @Test
    void wineEqualisationTaxIsChargedOnWineOnlyNotOnBeerOrSpiritDrinks() throws Exception {
        // WET is on "wine" as A New Tax System (Wine Equalisation Tax) Act 1999 s31-1 defines it (grape wine, grape wine
        // products, fruit or vegetable wine, cider or perry, mead, sake). Schedule 3 2206.00.72 is "Beer, as defined in
        // Additional Note 9": "$10.57/L of alcohol, calculated on that alcohol content by which the percentage by volume of
        // alcohol of the goods exceeds 1.15". By hand: 1,000 L × (5 − 1.15) % = 38.5 LAL × 10.57 = 406.945 → 406.94 (truncated
        // like excise, the ATO's beer example); GST 10 % × (5,000 + 406.94) = 540.694 → 540.69 (GST Act s9-90); no WET;
        // total 947.63.
        JsonNode beer = calculate("AU", "AUD", "FOB", """
                {"description":"beer","tariffCode":"2206.00.72","origin":"FR","value":5000,"litres":1000,"alcoholByVolume":5}""", 200);
        assertThat(stepAmount(beer, "DUTY")).isEqualByComparingTo("406.94");
        assertThat(stepAmount(beer, "WET")).as("no WET on beer").isNull();
        assertThat(stepAmount(beer, "GST")).isEqualByComparingTo("540.69");
        assertThat(decimal(beer, "total")).isEqualByComparingTo("947.63");
        // 2206.00.52 / .62: beverages NSA containing goods of 2207 / 2208 (spirits), excise-equivalent rate: duty only
        for (String code : List.of("2206.00.52", "2206.00.62")) {
            JsonNode drink = calculate("AU", "AUD", "FOB", """
                    {"description":"premix","tariffCode":"%s","origin":"FR","value":5000,"litres":1000,"alcoholByVolume":5}"""
                    .formatted(code), 200);
            assertThat(stepAmount(drink, "WET")).as("no WET on " + code).isNull();
        }
        // 2204.21.20 "Grape wine as defined in Additional Note 3" is wine: WET 29 % × (10,000 + 500) = 3,045.00
        JsonNode wine = calculate("AU", "AUD", "FOB", """
                {"description":"Bordeaux 750 ml","tariffCode":"2204.21.20","origin":"FR","value":10000,"litres":450,"alcoholByVolume":13.5}""", 200);
        assertThat(stepAmount(wine, "WET")).isEqualByComparingTo("3045.00");
    }

    @Test
    void aForumIslandCountrysCarIsFreeWhereScheduleThreeSetsNoFiRate() throws Exception {
        // Customs Tariff Act 1995 s 16(1)(e): goods of a Forum Island Country pay the rate set for Forum Island Countries in
        // Schedule 3, "otherwise—Free" (austlii cta1995178 s16). 8703.23.19 "5%" has no FI rate: Fiji (on the FI list) gets Free,
        // as New Zealand (s 16(1)(b)) does.
        JsonNode fiji = calculate("AU", "AUD", "FOB", """
                {"description":"sedan","tariffCode":"8703.23.19","origin":"FJ","value":40000,"quantity":1,"unit":"No"}""", 200);
        assertThat(decimal(dutyStep(fiji), "amount")).isEqualByComparingTo("2000.00");
        assertThat(schemes(fiji)).contains("FI");
        assertThat(decimal(option(fiji, "FI"), "dutyAmount")).isEqualByComparingTo("0");
        assertThat(option(fiji, "FI").get("requires").get("text").asString()).contains("s 16");
        // Germany is no Forum Island Country: no FI option
        JsonNode german = calculate("AU", "AUD", "FOB", """
                {"description":"sedan","tariffCode":"8703.23.19","origin":"DE","value":40000,"quantity":1,"unit":"No"}""", 200);
        assertThat(schemes(german)).doesNotContain("FI");
    }

    @Test
    void keepsACheeseLinesGeneralRate() throws Exception {
        // Schedule 3 0406.10.00 "$1.220/kg DC$1.220/kg, less 5%": 100 kg × $1.220 = 122.00
        JsonNode cheese = calculate("AU", "AUD", "FOB", """
                {"description":"fresh cheese","tariffCode":"0406.10.00","origin":"FR","value":4000,"netMassKg":100}""", 200);
        assertThat(decimal(dutyStep(cheese), "amount")).isEqualByComparingTo("122.00");
    }

    /**
     * Issue 6 §1 (review finding): Schedule 8B's only entry for 0406.10.00 is "(Rate No. 002) United Kingdom: From 24
     * December 2024: $0.998/kg" (au-customs-tariff-fta-schedules.json). A UK cheese takes that rate: 100 kg × $0.998 =
     * 99.80 (general rate $1.220/kg → 122.00). A Japanese cheese cannot: no Schedule 8B rate is published for JP on the
     * line, so CPTPP gives it Free (s 16) — and the option says exactly that, not "line not in Schedule 8B" (it is).
     */
    @Test
    void aCptppRatePublishedForTheUnitedKingdomOnlyIsNotJapans() throws Exception {
        String cheese = """
                {"description":"fresh cheese","tariffCode":"0406.10.00","origin":"%s","value":4000,"netMassKg":100}""";
        JsonNode uk = calculate("AU", "AUD", "FOB", cheese.formatted("GB"), 200);
        assertThat(decimal(dutyStep(uk), "amount")).isEqualByComparingTo("122.00");
        assertThat(decimal(option(uk, "CPTPP"), "dutyAmount")).isEqualByComparingTo("99.80");
        assertThat(option(uk, "CPTPP").get("requires").get("text").asString()).contains("$0.998/kg");

        JsonNode jp = calculate("AU", "AUD", "FOB", cheese.formatted("JP"), 200);
        JsonNode cptpp = option(jp, "CPTPP");
        assertThat(decimal(cptpp, "dutyAmount")).isEqualByComparingTo("0");
        assertThat(cptpp.get("label").get("code").asString()).isEqualTo("taxes.option.label.fta-free-other-parties");
        assertThat(cptpp.get("label").get("text").asString()).contains("published for United Kingdom only").doesNotContain("not in");
        assertThat(cptpp.get("requires").get("text").asString())
                .contains("Schedule 8B publishes a rate for this line for United Kingdom only; none is published for Japan");

        String zh = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB","lines":[%s]}"""
                                .formatted(cheese.formatted("JP"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(option(json.readTree(zh), "CPTPP").get("requires").get("text").asString())
                .contains("附表 8B 僅為英國公布本稅號的稅率，未為日本公布任何稅率");
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheLinesField() throws Exception {
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"mystery","tariffCode":"9999.99.99","origin":"JP","value":5000}""", 400);
        JsonNode error = r.get("errors").get(0);
        // above the A$1,000 low-value threshold, so the duty step is required and cannot be a silent zero
        assertThat(error.get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(error.get("message").asString()).contains("9999.99.99 is not in the AU tariff (tariff data version");
        // at A$1,000 the shipment is low-value and skips its duty step: the code is checked all the same
        JsonNode low = calculate("AU", "AUD", "FOB", """
                {"description":"shoes","tariffCode":"6403.99.00","origin":"CN","value":1000}""", 400);
        assertThat(low.get("errors").get(0).get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(low.get("errors").get(0).get("message").asString()).contains("6403.99.00 is not in the AU tariff");
    }

    @Test
    void aSubheadingIsRefusedListingItsItems() throws Exception {
        JsonNode r = calculate("AU", "AUD", "FOB", """
                {"description":"sedan 2.0 l","tariffCode":"8703.23","origin":"JP","value":40000}""", 400);
        JsonNode error = r.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("lines[0].tariffCode");
        assertThat(error.get("message").asString()).contains("8703.23 is a subheading of the AU tariff: choose one of its items (")
                .contains("8703.23.19").contains("8703.23.90").doesNotContain("8703.23.1,");
    }

    /**
     * Issue 6 §2 (acceptance review): a Japanese cheese, 0406.10.00, A$10,000 FOB, 1,000 kg, read in zh-TW. Every
     * option's label and requirement is Chinese: countries by their Chinese names (日本, 英國, 秘魯), the country
     * lists' legal sources rendered from the bundle (《1995 年關稅法》附表 8B …), a space between Chinese and
     * Latin letters or digits (附表 8B 僅為), no English source remark left.
     */
    @Test
    void aJapaneseCheeseReadInChineseHasNoEnglishInItsOptions() throws Exception {
        String zh = mvc.perform(post("/api/v1/tax/calculations").with(user("carol").roles("COORDINATOR"))
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON).content("""
                                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB","lines":[
                                {"description":"cheese","tariffCode":"0406.10.00","origin":"JP","value":10000,"netMassKg":1000}]}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(zh);
        StringBuilder all = new StringBuilder();
        for (String list : List.of("options", "refusedOptions")) {
            if (r.get(list) == null) {
                continue;
            }
            for (JsonNode o : r.get(list)) {
                for (String f : List.of("label", "requires", "reason")) {
                    if (o.get(f) != null && o.get(f).get("text") != null) {
                        all.append(o.get(f).get("text").asString()).append('\n');
                    }
                }
            }
        }
        String texts = all.toString();
        assertThat(texts).doesNotContain("Customs Tariff Act").doesNotContain("entry into force").doesNotContain("ABF Schedule")
                .doesNotContain("MFAT").doesNotContain("Peru").doesNotContain("附表 8B僅為").doesNotContain("附表 11未列");
        assertThat(texts).contains("《1995 年關稅法》附表 8B；各締約方生效日：紐西蘭外交貿易部（存放機關）CPTPP 生效狀態頁面")
                .contains("附表 8B 僅為英國公布本稅號的稅率，未為日本公布任何稅率").contains("日本");
    }

    /**
     * Issue 6 §2 (acceptance review): the worked steps of the page in zh-TW print amounts grouped and the rate's source in
     * full-width brackets. A$10,000 FOB, so the low-value step reads 完稅價格 = 10,000 (not 10000); the duty step's base is
     * 1,000 kg and its amount 1,000 kg × $1.220 = 1,220.
     */
    @Test
    void theStepsOnTheChinesePageGroupTheirFiguresAndUseFullWidthBrackets() throws Exception {
        var request = post("/taxes/quotations/preview").with(user("carol").roles("COORDINATOR"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("lang", "zh-TW");
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("clientId", "");
        p.put("jurisdiction", "AU");
        p.put("date", "2026-03-02");
        p.put("currency", "AUD");
        p.put("incoterm", "FOB");
        p.put("exchangeRate", "1");
        p.put("allocation", "VALUE");
        p.put("lines[0].description", "cheese");
        p.put("lines[0].tariffCode", "0406.10.00");
        p.put("lines[0].origin", "JP");
        p.put("lines[0].value", "10000");
        p.put("lines[0].netMassKg", "1000");
        p.forEach(request::param);
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        String steps = doc.select("#steps").text();
        // a specific rate's base is the quantity it is charged on (review r-t1b 3), its figures grouped
        assertThat(steps).contains("稅基 1,000 公斤").doesNotContain("= 10000").doesNotContain("1000 公斤");
        assertThat(steps).doesNotContain(" (稅").doesNotContain("1220.00");
        assertThat(doc.select("#steps dd").eachText()).anySatisfy(t -> assertThat(t).contains("（").doesNotContain(" ("));
    }
}
