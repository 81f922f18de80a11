package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;
import static org.tradedesk.taxes.domain.Requests.DATE;
import static org.tradedesk.taxes.domain.Requests.chain;

import org.junit.jupiter.api.Test;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;

class ConcessionsTest {

    private final Concessions concessions = new Concessions(new DutyExpressions());

    @Test
    void aTcoIsQuotedFreeWithItsNumberAndTheProvisionThatGivesIt() {
        // Customs Tariff Act 1995 Schedule 4 item 50: goods covered by a TCO are Free
        DutyCandidate tco = concessions.claim(chain("AU"), DATE, DutyOptionRequest.concession("TCO", "1864894"), "lines[0].options[0]");

        assertThat(tco.duty()).isEqualTo("Free");
        assertThat(en(tco.label())).isEqualTo("Tariff Concession Order 1864894");
        assertThat(zh(tco.label())).isEqualTo("關稅減讓令（TCO） 1864894");
        assertThat(en(tco.requires())).startsWith("TCO number 1864894: a TCO in force").contains("Schedule 4 item 50");
        assertThat(zh(tco.requires())).startsWith("TCO 編號 1864894：進口日有效");
    }

    @Test
    void refusesATcoNumberOfTheWrongFormAndARateOtherThanTheLaws() {
        assertThatThrownBy(() -> concessions.claim(chain("AU"), DATE, DutyOptionRequest.concession("TCO", "18"), "lines[0].options[0]"))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].options[0].reference"));
        assertThatThrownBy(() -> concessions.claim(chain("AU"), DATE, new DutyOptionRequest("TCO", null, "3%", null, "1864894"),
                "lines[0].options[0]"))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].options[0].duty"));
    }

    @Test
    void anOptionTheChainDoesNotKnowIsTakenAsGivenAndNeedsItsDuty() {
        DutyCandidate fta = concessions.claim(chain("AU"), DATE, new DutyOptionRequest("AUSFTA", null, "Free", "proof of origin"),
                "lines[0].options[0]");

        assertThat(en(fta.label())).isEqualTo("AUSFTA");
        assertThat(zh(fta.requires())).isEqualTo("proof of origin");
        assertThatThrownBy(() -> concessions.claim(chain("AU"), DATE, new DutyOptionRequest("AUSFTA", null, null, null),
                "lines[0].options[0]"))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].options[0].duty"));
    }
}
