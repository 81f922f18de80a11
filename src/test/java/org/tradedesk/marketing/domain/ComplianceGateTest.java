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
