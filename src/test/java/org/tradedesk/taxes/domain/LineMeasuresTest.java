package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.domain.Requests.d;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;

class LineMeasuresTest {

    private static final ChainDefinition AU = Requests.chain("AU");
    private static final TariffMeasureSource CATALOGUE = (jurisdiction, code, origin, date) -> Optional.of(
            new TariffMeasureSource.TariffMeasures("AU 8414.51.00 (test double)", Map.of("duty", "5%"),
                    List.of(new TariffMeasureSource.Option("CHAFTA", "ChAFTA", "Free", MessageText.of("taxes.source.request")))));

    private static LineMeasures of(TariffMeasureSource tariff, TaxRequestLine line) {
        DutyExpressions expressions = new DutyExpressions();
        return LineMeasures.of(tariff, AU, Requests.DATE, line, 0, "84145100", expressions, new Concessions(expressions));
    }

    @Test
    void theRequestsMeasureWinsOverTheCataloguesAndSaysWhereItCameFrom() {
        LineMeasures fromCatalogue = of(CATALOGUE, TaxRequestLine.of("fan", "84145100", d("2000"), Map.of()));
        LineMeasures given = of(CATALOGUE, TaxRequestLine.of("fan", "84145100", d("2000"), Map.of("duty", "7%")));

        assertThat(fromCatalogue.texts.get("duty")).isEqualTo("5%");
        assertThat(en(fromCatalogue.sources.get("duty"))).isEqualTo("tariff catalogue AU 8414.51.00 (test double)");
        assertThat(given.texts.get("duty")).isEqualTo("7%");
        assertThat(en(given.sources.get("duty"))).isEqualTo("measure given in the request");
        assertThat(fromCatalogue.candidates).extracting(DutyCandidate::scheme).containsExactly("GENERAL", "CHAFTA");
    }

    @Test
    void theChosenSchemeBringsItsDuty() {
        TaxRequestLine line = TaxRequestLine.of("fan", "84145100", d("2000"), Map.of()).withScheme("CHAFTA");

        LineMeasures m = of(CATALOGUE, line);

        assertThat(m.scheme).isEqualTo("CHAFTA");
        assertThat(m.texts.get("duty")).isEqualTo("Free");
        assertThat(en(m.sources.get("duty"))).isEqualTo("option CHAFTA (ChAFTA; requires measure given in the request)");
    }

    @Test
    void refusesAMeasureTheChainDoesNotTakeOrCannotRead() {
        assertThatThrownBy(() -> of(null, TaxRequestLine.of("fan", "84145100", d("2000"), Map.of("dutty", "5%"))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].measures.dutty"));
        assertThatThrownBy(() -> of(null, TaxRequestLine.of("fan", "84145100", d("2000"), Map.of("antiDumping", "5% +"))))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(e.field()).isEqualTo("lines[0].measures.antiDumping"));
    }

    /**
     * t1fixL 5: a scheme the line does not offer was answered 「本行沒有「XYZ」方案；可選：GENERAL, CHAFTA」, the engine's codes;
     * each option is now said by the label the options table gives it, in the reader's language. The codes stay in the
     * message's arguments for machines (clearance words them its own way).
     */
    @Test
    void aSchemeNotOfferedListsTheOptionsByTheirNamesInTheReadersLanguage() {
        TaxRequestLine line = TaxRequestLine.of("fan", "84145100", d("2000"), Map.of()).withScheme("XYZ");
        assertThatThrownBy(() -> of(CATALOGUE, line)).isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
            assertThat(e.field()).isEqualTo("lines[0].scheme");
            assertThat(en(e.reason())).isEqualTo("no duty option \"XYZ\" for this line; options: General (MFN) rate, ChAFTA");
            assertThat(org.tradedesk.taxes.EngineTexts.zh(e.reason())).isEqualTo("本項沒有「XYZ」方案；可選：一般（最惠國）稅率、ChAFTA。");
            assertThat(e.reason().args().get(1).value()).isEqualTo("GENERAL, CHAFTA");
        });
    }
}
