package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.PenaltyExposure;
import org.tradedesk.taxes.PenaltyRequest;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * Every penalty's working and legal basis (calculation → 罰則風險, {@code /api/v1/tax/penalties}, the letter's risks)
 * is a message code with arguments: rendered in zh-TW it has no English word, in English no Chinese but in the names
 * of the Taiwanese laws it cites; and no rule of any chain lacks its texts (a missing key renders as the code).
 */
class PenaltyTextsInTheReadersLanguageTest {

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final LocalDate DATE = LocalDate.of(2025, 1, 1);
    /** What a Chinese text prints as it is: currency codes and symbols. */
    private static final Set<String> CODES = Set.of("TWD", "AUD", "NT");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    /** A Taiwanese law's name printed beside its English name: (關稅法), (海關緝私條例). */
    private static final Pattern LAW_IN_BRACKETS = Pattern.compile("\\([\\p{IsHan}]+\\)");

    /** Every item of every chain, late (past the cap), understated, evaded, smuggled; then all disclosed. */
    private static List<MessageText> texts() {
        List<MessageText> messages = new ArrayList<>();
        for (String jurisdiction : List.of("TW", "AU")) {
            ChainDefinition chain = CHAINS.forJurisdiction(jurisdiction, DATE);
            for (boolean voluntary : List.of(false, true)) {
                for (int days : List.of(10, 40)) {
                    PenaltyExposure e = PenaltyCalculator.exposure(new PenaltyRequest(jurisdiction, DATE, new BigDecimal("10000"), days,
                            days, new BigDecimal("138420.000000"), voluntary, new BigDecimal("8000"), new BigDecimal("50000"),
                            voluntary ? Map.of() : Map.of("BUSINESS_TAX_FINE", new BigDecimal("2"))), chain);
                    assertThat(e.items()).hasSize(chain.penalties().size());
                    for (PenaltyExposure.Item i : e.items()) {
                        assertThat(i.reckoning()).as(i.code()).isNotNull();
                        assertThat(i.legalBasis()).as(i.code()).isNotNull();
                        messages.add(i.reckoning());
                        messages.add(i.legalBasis());
                    }
                }
            }
        }
        return messages;
    }

    @Test
    void chinesePenaltyTextsHaveNoEnglishWord() {
        List<String> zh = EngineTexts.renderer().renderAll(texts(), Locale.TRADITIONAL_CHINESE);
        assertThat(zh).isNotEmpty().allSatisfy(text -> {
            assertThat(text).doesNotStartWith("taxes.");
            List<String> english = new ArrayList<>();
            Matcher m = ENGLISH_WORD.matcher(text);
            while (m.find()) {
                if (!CODES.contains(m.group())) {
                    english.add(m.group());
                }
            }
            assertThat(english).as(text).isEmpty();
        });
        assertThat(zh).anySatisfy(t -> assertThat(t).contains("日").contains("×"))
                .anySatisfy(t -> assertThat(t).startsWith("關稅法 §73"))
                .anySatisfy(t -> assertThat(t).contains("以 30 日為限"));
    }

    @Test
    void englishPenaltyTextsHaveNoChineseButTheNamesOfTaiwaneseLaws() {
        List<String> en = EngineTexts.renderer().renderAll(texts(), Locale.ENGLISH);
        assertThat(en).isNotEmpty().allSatisfy(text -> {
            assertThat(text).doesNotStartWith("taxes.");
            assertThat(LAW_IN_BRACKETS.matcher(text).replaceAll("")).as(text).doesNotContainPattern(CJK);
        });
        assertThat(en).anySatisfy(t -> assertThat(t).contains("days"));
    }
}
