package org.tradedesk.tariff.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.identity.AuditTrail;

/** The country lists page: read by everyone in both languages, amended by a manager only, bad input kept and marked, audited. */
@SpringBootTest
@AutoConfigureMockMvc
class EligibilityPagesTest {

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    private static final RequestPostProcessor MANAGER = user("mona").roles("MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.tradedesk.tariff.persistence.EligibilityStore store;

    private String page(RequestPostProcessor who, String lang) throws Exception {
        return mvc.perform(get("/tariff/eligibility").with(who).param("lang", lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyoneReadsTheListsWithSourcesAndWhatIsToConfirm() throws Exception {
        String en = page(COORDINATOR, "en");
        // Part 1 of Schedule 1 as the ABF publishes it: the thirteen Forum Island Countries
        String fi = en.substring(en.indexOf("id=\"list-AU-FI\""), en.indexOf("id=\"list-AU-HK-FTA\""));
        assertThat(fi).contains("Forum Island Countries").contains("confirmed").contains("Customs Tariff Regulations 2004 Sch 1 Pt 1");
        for (String country : new String[] {"CK", "FJ", "KI", "MH", "FM", "NR", "NU", "PG", "WS", "SB", "TO", "TV", "VU"}) {
            assertThat(fi).contains(">" + country + "<");
        }
        String dcs = en.substring(en.indexOf("id=\"list-AU-DCS\""), en.indexOf("id=\"list-AU-DCT\""));
        // Part 4 is held from the DAC list of ODA recipients until it is read (t1fixI 1): Sri Lanka is on it, to confirm
        assertThat(dcs).contains("to confirm").contains(">LK<").doesNotContain("No members entered");
        assertThat(en).doesNotContain("id=\"eligibility-amend-form\"").contains("Country lists for preferences");

        String zh = page(COORDINATOR, "zh-TW");
        assertThat(zh).contains("優惠適用國家名單").contains("待確認").contains("太平洋島國論壇國家");
        // issue 6 §2 (review): a list's legal source in the reader's language, not the file's English remark
        assertThat(org.jsoup.Jsoup.parse(zh).selectFirst("#list-AU-CPTPP .tariff-legal-source").text())
                .isEqualTo("《1995 年關稅法》附表 8B；各締約方生效日：紐西蘭外交貿易部（存放機關）CPTPP 生效狀態頁面");
        assertThat(zh).doesNotContain("entry into force per party");
    }

    @Test
    void everyTableHeaderHasTextAndAQuotedSourceIsLabelledAsAQuotationInBothLanguages() throws Exception {
        for (String[] lang : new String[][] {{"zh-TW", "引述來源原文："}, {"en", "Quoted from the source:"}}) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(page(MANAGER, lang[0]));
            // seen: 26 empty <th> (the managers' end column) with no name for a screen reader
            assertThat(page.select("th")).isNotEmpty().allSatisfy(th -> assertThat(th.text()).as(th.outerHtml()).isNotBlank());
            org.jsoup.select.Elements quotes = page.select("td.tariff-member-source q.tariff-quote");
            assertThat(quotes).isNotEmpty();
            quotes.forEach(q -> {
                assertThat(q.previousElementSibling().text()).isEqualTo(lang[1]);
                if (!q.text().matches("(?s).*\\p{IsHan}.*")) {
                    assertThat(q.attr("lang")).as(q.text()).isEqualTo("en");
                }
            });
        }
    }

    @Test
    void onlyAManagerAmends() throws Exception {
        mvc.perform(post("/tariff/eligibility/members").with(COORDINATOR).with(csrf()).param("list", "AU/DCT").param("country", "VN")
                .param("validFrom", "2026-01-01").param("source", "x")).andExpect(status().isForbidden());
        assertThat(page(MANAGER, "en")).contains("id=\"eligibility-amend-form\"");
    }

    @Test
    void aBadAmendmentComesBackWithTheInputKeptAndTheFieldMarked() throws Exception {
        String html = mvc.perform(post("/tariff/eligibility/members").with(MANAGER).with(csrf()).param("lang", "en")
                        .param("list", "AU/DCT").param("country", "QQ").param("validFrom", "2026-01-01").param("source", "gazette"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"QQ\"").contains("value=\"gazette\"").contains("Give a two-letter ISO 3166 country code.")
                .containsPattern("<option value=\"AU/DCT\" selected=\"selected\"");
    }

    @Test
    void aMembershipDatedOutsideTheDateWindowIsRefusedAtItsField() throws Exception {
        // seen in acceptance: DE entered on AU/DCT from 9999-01-01 was saved
        String html = mvc.perform(post("/tariff/eligibility/members").with(MANAGER).with(csrf()).param("lang", "en")
                        .param("list", "AU/DCT").param("country", "DE").param("validFrom", "9999-01-01").param("source", "gazette"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"9999-01-01\"").contains("value=\"gazette\"").contains("is-invalid");
        String page = mvc.perform(get("/tariff/eligibility").with(MANAGER).param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("9999");
    }

    @Test
    @org.springframework.transaction.annotation.Transactional
    void theLastAmendmentIsDatedByTheDayInItsListsJurisdictionNotUtc() {
        // 17:00 UTC is 01:00 on the next day in Taipei: a TW list amended then was amended on the 8th
        jdbc.update("insert into tariff_eligibility_member (jurisdiction, list_code, country, valid_from, status, source, origin, "
                + "amended_by, amended_at) values ('TW', 'TW_COLUMN_II', 'PY', date '2026-01-01', 'TO_CONFIRM', 'zone test', "
                + "'AMENDMENT', 'mona', ?)", java.time.OffsetDateTime.parse("2099-12-07T17:00:00Z"));
        org.tradedesk.shared.MessageText amended = store.describeVersionText().args().get(1).message();
        assertThat(amended.code()).isEqualTo("tariff.eligibility.version.amendments");
        assertThat(amended.args().get(1).value()).isEqualTo("2099-12-08");
    }

    /**
     * t1fixL 3: the lists' version a calculation records (and its letter prints) counted every amendment of every list, so
     * a Taiwanese letter changed its count when an Australian list was amended. The count is of the calculation's
     * jurisdiction's lists.
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void theAmendmentsCountedAreThoseOfTheCalculationsJurisdiction() {
        long tw = amendments("TW");
        long au = amendments("AU");
        jdbc.update("insert into tariff_eligibility_member (jurisdiction, list_code, country, valid_from, status, source, origin, "
                + "amended_by, amended_at) values ('AU', 'DCT', 'PY', date '2026-01-01', 'TO_CONFIRM', 'count test', "
                + "'AMENDMENT', 'mona', ?)", java.time.OffsetDateTime.parse("2099-12-07T01:00:00Z"));
        assertThat(amendments("AU")).isEqualTo(au + 1);
        assertThat(amendments("TW")).isEqualTo(tw);
        assertThat(store.describeVersion("TW")).doesNotContain("2099");
        assertThat(store.describeVersion("AU")).contains((au + 1) + " amendment(s), last 2099-12-07T01:00:00Z");
    }

    private long amendments(String jurisdiction) {
        org.tradedesk.shared.MessageText amended = store.describeVersionText(jurisdiction).args().get(1).message();
        return "tariff.eligibility.version.no-amendments".equals(amended.code()) ? 0
                : Long.parseLong(amended.args().get(0).value());
    }

    @Test
    void anAmendmentIsListedWithWhoMadeItAndAudited() throws Exception {
        mvc.perform(post("/tariff/eligibility/members").with(MANAGER).with(csrf()).param("list", "TW/TW_COLUMN_II").param("country", "py")
                        .param("validFrom", "2026-01-01").param("toConfirm", "true").param("source", "test amendment"))
                .andExpect(status().is3xxRedirection());
        String en = page(COORDINATOR, "en");
        String list = en.substring(en.indexOf("id=\"list-TW-TW_COLUMN_II\""));
        assertThat(list).contains(">PY<").contains("test amendment").contains(">mona<");
        assertThat(audit.search("ELIGIBILITY_LIST", "TW/TW_COLUMN_II", "mona", null, null, PageRequest.of(0, 5)).getContent())
                .singleElement().satisfies(e -> assertThat(e.after()).contains("PY").contains("2026-01-01").contains("TO_CONFIRM"));
    }

    @Test
    void everyErrorOfAnAmendmentIsMarkedAtItsFieldAtOnce() throws Exception {
        // seen in acceptance: country XX1, validFrom 2026-13-01 and a blank source marked only validFrom
        String html = mvc.perform(post("/tariff/eligibility/members").with(MANAGER).with(csrf()).param("lang", "en")
                        .param("list", "AU/DCT").param("country", "XX1").param("validFrom", "2026-13-01").param("source", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("#eligibility-amend-form #country").hasClass("is-invalid")).isTrue();
        assertThat(doc.select("#eligibility-amend-form #validFrom").hasClass("is-invalid")).isTrue();
        assertThat(doc.select("#eligibility-amend-form #source").hasClass("is-invalid")).isTrue();
        assertThat(doc.select("#eligibility-amend-form #country").attr("value")).isEqualTo("XX1");
        assertThat(doc.select("#eligibility-amend-form #validFrom").attr("value")).isEqualTo("2026-13-01");
    }

    @Test
    void aRefusedEndComesBackOnThePageWithTheInputKeptAndEachFieldMarked() throws Exception {
        String en = page(MANAGER, "en");
        var doc = org.jsoup.Jsoup.parse(en);
        // New Zealand on Taiwan's column II from 2013-12-01
        String row = doc.select("#list-TW-TW_COLUMN_II tr[id^=member-]").stream().filter(r -> r.selectFirst("td").text().equals("NZ"))
                .findFirst().orElseThrow().id();
        String id = row.substring("member-".length());

        String blank = mvc.perform(post("/tariff/eligibility/members/" + id + "/end").with(MANAGER).with(csrf()).param("lang", "en")
                        .param("lastDay", "2030-06-30").param("source", " "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var b = org.jsoup.Jsoup.parse(blank);
        assertThat(b.select("#src-" + id).hasClass("is-invalid")).isTrue();
        assertThat(b.select("#last-" + id).attr("value")).isEqualTo("2030-06-30");
        assertThat(b.select("#src-" + id + "-error").text()).isEqualTo("Give the source of the change.");
        assertThat(b.select("#list-TW-TW_COLUMN_II")).isNotEmpty();

        String before = mvc.perform(post("/tariff/eligibility/members/" + id + "/end").with(MANAGER).with(csrf()).param("lang", "zh-TW")
                        .param("lastDay", "2010-01-01").param("source", "公告"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var d = org.jsoup.Jsoup.parse(before);
        assertThat(d.select("#last-" + id).hasClass("is-invalid")).isTrue();
        assertThat(d.select("#src-" + id).attr("value")).isEqualTo("公告");
        assertThat(d.select("#last-" + id + "-error").text()).isNotBlank();
        // nothing was ended
        assertThat(org.jsoup.Jsoup.parse(page(MANAGER, "en")).select("#member-" + id + " form")).isNotEmpty();
    }
}
