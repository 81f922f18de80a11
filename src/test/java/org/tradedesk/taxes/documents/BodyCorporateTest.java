package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.taxes.PenaltyExposure;

/**
 * Crimes Act 1914 s 4B(3): a body corporate may be fined up to 5 times the maximum a natural person could be (acceptance review
 * t1fixD 4). The s243T(3) maximum for a shortfall of A$5,000 on 2026-03-02: the greater of 60 penalty units × A$330 = A$19,800 and
 * the shortfall, so A$19,800; a company's ceiling is A$99,000.
 */
class BodyCorporateTest {

    private static final PenaltyExposure.Item S243T = new PenaltyExposure.Item("FALSE_STATEMENT",
            LocalizedText.of("不實申報致短徵關稅", "False or misleading statement resulting in a duty shortfall"), BigDecimal.ZERO,
            new BigDecimal("19800.00"), "Customs Act 1901 s243T(3)", MessageText.of("taxes.penalty.reckoning.units"), null);

    @Test
    void aCompanyByItsNameIsFinedUpToFiveTimesTheNaturalPersonsMaximum() {
        for (String name : new String[] {"Harbour Wines Pty Ltd", "ACME LIMITED", "Koala Imports Pty. Ltd.", "臺灣茶葉股份有限公司"}) {
            assertThat(BodyCorporate.of(name)).as(name).isTrue();
        }
        PenaltyExposure.Item company = BodyCorporate.ceiling(S243T, BodyCorporate.of("Harbour Wines Pty Ltd"), RoundingRule.parse("HALF_UP_2"), "AUD");
        assertThat(company.high()).isEqualByComparingTo("99000");
        assertThat(company.reckoning().code()).isEqualTo("taxes.penalty.reckoning.bodyCorporate");
    }

    @Test
    void aClientWhoseFormIsUnknownKeepsTheNaturalPersonsFigureWithBothCeilingsStated() {
        for (String name : new String[] {"—", "Jane Citizen", "Limitless Trading"}) {
            assertThat(BodyCorporate.of(name)).as(name).isNull();
        }
        PenaltyExposure.Item unknown = BodyCorporate.ceiling(S243T, null, RoundingRule.parse("HALF_UP_2"), "AUD");
        assertThat(unknown.high()).isEqualByComparingTo("19800");
        assertThat(unknown.reckoning().code()).isEqualTo("taxes.penalty.reckoning.bothCeilings");
        assertThat(unknown.reckoning().args().get(2).value()).isEqualTo("99000.00");
        assertThat(BodyCorporate.applies("TW", S243T)).isFalse();
        assertThat(BodyCorporate.applies("AU", S243T)).isTrue();
    }
}
