package org.tradedesk.taxes.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradedesk.taxes.EngineTexts.en;
import static org.tradedesk.taxes.EngineTexts.zh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results saved before the engine kept its texts as messages (the fixtures were written by that
 * release: explanations, sources, notes and option labels as English sentences, bases as codes) still
 * load, show, and re-run to the same figures.
 */
class SavedResultBeforeMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final CalculationStore STORE = new CalculationStore(null, JSON);
    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"tw", "au"})
    void loadsShowsAndRerunsToTheSameFigures(String name) throws IOException {
        TaxResult saved = STORE.result(resource(name + "-result-before-messages.json"));
        TaxRequest request = JSON.readValue(resource(name + "-request.json"), TaxRequest.class);

        TaxResult again = new TaxEngine(ExchangeRateTable.EMPTY, null).calculate(request,
                CHAINS.forJurisdiction(request.jurisdiction(), request.date()));

        if (name.equals("au")) {
            assertThat(STORE.sameResult(saved, again)).isTrue();
        } else {
            // The TW chain (still "TW-2026.1") gained its customsValue rule (each line's 完稅價格 truncated to whole NT$,
            // commit 44adaa56) after this result was saved: the line values 135,503.79 and 967,884.21 re-run as 135,503 and
            // 967,884, so the shipment's value is 1,103,387, not 1,103,388. Every payable figure stays the same; the re-run
            // check says, honestly, that the figures are not the same (the customs value differs).
            assertThat(saved.customsValue()).isEqualByComparingTo("1103388");
            assertThat(again.customsValue()).isEqualByComparingTo("1103387");
            assertThat(again.lines()).map(TaxResult.LineResult::customsValue).usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactly(new java.math.BigDecimal("135503"), new java.math.BigDecimal("967884"));
            assertThat(STORE.sameResult(saved, again)).isFalse();
            assertThat(again.total()).isEqualByComparingTo(saved.total()).isEqualByComparingTo("295644");
            assertThat(again.taxes()).map(t -> t.code() + " " + t.amount().stripTrailingZeros().toPlainString())
                    .containsExactlyElementsOf(saved.taxes().stream().map(t -> t.code() + " " + t.amount().stripTrailingZeros().toPlainString()).toList());
            assertThat(again.options()).map(o -> o.scheme() + " " + o.total().stripTrailingZeros().toPlainString())
                    .containsExactlyElementsOf(saved.options().stream().map(o -> o.scheme() + " " + o.total().stripTrailingZeros().toPlainString()).toList());
        }
        // the old sentences are shown as they were written, never lost
        assertThat(saved.steps()).allSatisfy(s -> {
            assertThat(en(s.explanation())).isNotBlank().doesNotStartWith("taxes.");
            assertThat(en(s.rateSource())).isNotBlank().doesNotStartWith("taxes.");
        });
        // the general option and the bases are named in the reader's language, not by their codes
        TaxResult.DutyOption general = saved.options().stream().filter(o -> o.scheme().equals("GENERAL")).findFirst().orElseThrow();
        assertThat(zh(general.label())).isEqualTo("一般（最惠國）稅率");
        assertThat(general.requires()).isNull();
        TaxResult.TaxStep tax = saved.steps().stream().filter(s -> s.code().equals(name.equals("tw") ? "BUSINESS_TAX" : "GST"))
                .findFirst().orElseThrow();
        assertThat(zh(tax.baseTerms())).contains("完稅價格").contains(name.equals("tw") ? "進口稅" : "關稅").doesNotContain("CUSTOMS_VALUE").doesNotContain("DUTY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tw", "au"})
    void aResultSavedNowReadsBackEqual(String name) throws IOException {
        TaxRequest request = JSON.readValue(resource(name + "-request.json"), TaxRequest.class);
        TaxResult now = new TaxEngine(ExchangeRateTable.EMPTY, null).calculate(request,
                CHAINS.forJurisdiction(request.jurisdiction(), request.date()));

        TaxResult read = STORE.result(JSON.writeValueAsString(now));
        assertThat(STORE.sameResult(read, now)).isTrue();
        assertThat(read.steps()).map(TaxResult.TaxStep::explanation).isEqualTo(now.steps().stream().map(TaxResult.TaxStep::explanation).toList());
        assertThat(read.notes()).isEqualTo(now.notes());
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = SavedResultBeforeMessagesTest.class.getResourceAsStream("/taxes/saved/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
