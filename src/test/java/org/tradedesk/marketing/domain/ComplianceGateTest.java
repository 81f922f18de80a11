package org.tradedesk.marketing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The named rule of P3.2.5 on the real checklist file (marketing/compliance/checklist.tsv). */
class ComplianceGateTest {

    static ComplianceChecklist checklist() {
        return ComplianceChecklist.read(new InputStreamReader(ComplianceGateTest.class.getResourceAsStream("/marketing/compliance/checklist.tsv"),
                StandardCharsets.UTF_8));
    }

    static ComplianceResponse answer(String code, ComplianceAnswer a) {
        return new ComplianceResponse(code, a, a == ComplianceAnswer.YES ? null : "why", "coordinator", Instant.EPOCH);
    }

    @Test
    void theItemsOfAMarketAreItsLawPlusTheChecksForEveryMarket() {
        ComplianceChecklist c = checklist();
        assertThat(c.itemsFor("AU", ActivityKind.TRADE_FAIR)).extracting(ComplianceItem::code).containsExactly("AU_ACL_18", "AU_ACL_29",
                "AU_SPAM_16", "AU_SPAM_17_18", "AU_PRIVACY_APP7", "AU_ACL_106", "ANY_SAFETY_EVENT", "ANY_ETHICS", "ANY_CULTURE_REVIEW");
        // digital ads: no product-safety or event-safety items
        assertThat(c.itemsFor("TW", ActivityKind.DIGITAL_ADS)).extracting(ComplianceItem::code).containsExactly("TW_FTA_21", "TW_CPA_22",
                "TW_PDPA_8_19", "TW_PDPA_20", "ANY_ETHICS", "ANY_CULTURE_REVIEW");
        // a market without legal items: only the checks for every market
        assertThat(c.covers("JP")).isFalse();
        assertThat(c.itemsFor("JP", ActivityKind.SAMPLES)).extracting(ComplianceItem::code).containsExactly("ANY_ETHICS", "ANY_CULTURE_REVIEW");
        assertThat(c.all()).allMatch(i -> i.jurisdiction().equals("ANY") || i.url().startsWith("http"));
    }

    /** Issue 10 review, item 2: the food items (HS chapters 01–24) of Australia and Taiwan, by product. */
    @Test
    void foodProductsGetTheFoodLabellingAndBiosecurityItems() throws Exception {
        ComplianceChecklist c = checklist();
        // wine (HS 2204.21, chapter 22) at a Melbourne fair: FSANZ labelling and claims, country of origin, biosecurity
        assertThat(c.itemsFor("AU", ActivityKind.TRADE_FAIR, "2204.21")).extracting(ComplianceItem::code).containsExactly("AU_ACL_18",
                "AU_ACL_29", "AU_SPAM_16", "AU_SPAM_17_18", "AU_PRIVACY_APP7", "AU_ACL_106", "AU_FSC_LABEL", "AU_FSC_CLAIMS", "AU_COOL",
                "AU_BIOSECURITY", "ANY_SAFETY_EVENT", "ANY_ETHICS", "ANY_CULTURE_REVIEW");
        // chapter 01 and 24 are the ends of the range; chapter 25 (salt, stone) and a machine are not food
        assertThat(c.itemsFor("AU", ActivityKind.SAMPLES, "010121")).extracting(ComplianceItem::code).contains("AU_BIOSECURITY", "AU_FSC_LABEL");
        assertThat(c.itemsFor("AU", ActivityKind.SAMPLES, "2402.20")).extracting(ComplianceItem::code).contains("AU_BIOSECURITY");
        assertThat(c.itemsFor("AU", ActivityKind.SAMPLES, "2501.00")).extracting(ComplianceItem::code)
                .doesNotContain("AU_BIOSECURITY", "AU_FSC_LABEL", "AU_COOL", "AU_FSC_CLAIMS");
        assertThat(c.itemsFor("AU", ActivityKind.TRADE_FAIR, "8471.30")).extracting(ComplianceItem::code)
                .doesNotContain("AU_BIOSECURITY", "AU_FSC_LABEL", "AU_COOL", "AU_FSC_CLAIMS");
        // ads for tea in Taiwan: the advertising rule of the food act, not the labelling one (nothing handed out)
        assertThat(c.itemsFor("TW", ActivityKind.DIGITAL_ADS, "0902.30")).extracting(ComplianceItem::code).contains("TW_FOOD_28")
                .doesNotContain("TW_FOOD_22");
        assertThat(c.itemsFor("TW", ActivityKind.SAMPLES, "0902.30")).extracting(ComplianceItem::code).contains("TW_FOOD_22", "TW_FOOD_28");
        assertThat(c.itemsFor("JP", ActivityKind.SAMPLES, "0902.30")).extracting(ComplianceItem::code).containsExactly("ANY_ETHICS",
                "ANY_CULTURE_REVIEW");
        // each item's question and citation in both bundles, the citations naming the instruments
        for (String lang : List.of("en", "zh_TW")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = ComplianceGateTest.class.getResourceAsStream("/i18n/marketing_" + lang + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ComplianceItem i : c.all()) {
                assertThat(p.getProperty("marketing.compliance.item." + i.code())).as(lang + " " + i.code()).isNotBlank();
                assertThat(p.getProperty("marketing.compliance.cite." + i.code())).as(lang + " " + i.code()).isNotBlank();
            }
        }
        java.util.Properties en = new java.util.Properties();
        try (var in = ComplianceGateTest.class.getResourceAsStream("/i18n/marketing_en.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(en.getProperty("marketing.compliance.cite.AU_FSC_LABEL")).contains("Food Standards Code", "FSANZ", "Standard 1.2.1");
        assertThat(en.getProperty("marketing.compliance.cite.AU_COOL")).contains("Country of Origin Food Labelling Information Standard 2016");
        assertThat(en.getProperty("marketing.compliance.cite.AU_BIOSECURITY")).contains("Biosecurity Act 2015", "BICON");
        assertThat(en.getProperty("marketing.compliance.cite.TW_FOOD_22")).contains("食品安全衛生管理法", "art. 22");
    }

    @Test
    void anActivityIsReadyOnlyWhenNoMandatoryItemIsUnansweredOrNo() {
        List<ComplianceItem> items = checklist().itemsFor("TW", ActivityKind.DIGITAL_ADS);
        Map<String, ComplianceResponse> answers = new HashMap<>();
        assertThat(ComplianceGate.check(items, answers).openMandatory())
                .containsExactly("TW_FTA_21", "TW_CPA_22", "TW_PDPA_8_19", "TW_PDPA_20", "ANY_CULTURE_REVIEW");
        answers.put("TW_FTA_21", answer("TW_FTA_21", ComplianceAnswer.YES));
        answers.put("TW_CPA_22", answer("TW_CPA_22", ComplianceAnswer.YES));
        answers.put("TW_PDPA_8_19", answer("TW_PDPA_8_19", ComplianceAnswer.NOT_APPLICABLE)); // no contact list used
        answers.put("TW_PDPA_20", answer("TW_PDPA_20", ComplianceAnswer.NO));
        answers.put("ANY_CULTURE_REVIEW", answer("ANY_CULTURE_REVIEW", ComplianceAnswer.YES));
        ComplianceGate.Check check = ComplianceGate.check(items, answers);
        assertThat(check.ready()).isFalse();
        assertThat(check.openMandatory()).containsExactly("TW_PDPA_20"); // NO keeps it open
        answers.put("TW_PDPA_20", answer("TW_PDPA_20", ComplianceAnswer.YES));
        // the optional ethics item, unanswered, does not hold the activity back
        assertThat(ComplianceGate.check(items, answers).ready()).isTrue();
    }
}
