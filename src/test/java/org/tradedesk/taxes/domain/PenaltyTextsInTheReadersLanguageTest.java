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
                            days, new BigDecimal("138420.000000"), voluntary,
                            // business tax and the goods' value are Taiwan's inputs: refused for AU (t1fixG 3)
                            "TW".equals(jurisdiction) ? new BigDecimal("8000") : null, "TW".equals(jurisdiction) ? new BigDecimal("50000") : null,
                            // a multiple is chosen only for a fine the chain has (r-t1 F2: any other key is refused)
                            voluntary || !"TW".equals(jurisdiction) ? Map.of() : Map.of("BUSINESS_TAX_FINE", new BigDecimal("2"))), chain);
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

    /**
     * Issue 6 (acceptance): the page's total added the §37, §51 and §36 fines for one act; 行政罰法 §24(1) fines one act once,
     * under the provision with the highest statutory fine, so the fines are alternatives and the totals count the heaviest, with
     * a note saying so (whether tax laws allow combining them: to confirm). By hand: shortfall 100,000, business tax evaded 8,000,
     * goods 50,000, 30 days late on NT$473,432: late payment 473,432 × 0.05 % × 30 = 7,101.48 → 7,101 (whole NT$); §37 2–5 × =
     * 200,000–500,000; §51 0–5 × 8,000 = 0–40,000; §36 0–3 × 50,000 = 0–150,000. Totals 7,101 + 200,000 = 207,101 and 7,101 +
     * 500,000 = 507,101 (the sum would be 697,101). The unpaid tax typed as 473432.000000 prints in minor units.
     */
    /**
     * Review r-t1b 13: goods of 1,000,000 make §36 (0–3,000,000) the heaviest by its upper figure; its low of 0 dropped the §37
     * fine's usual 2 × 100,000. 行政罰法 §24(1) proviso: not below any provision's lowest, so low = 7,101 + 200,000.
     */
    @Test
    void theLowTotalIsNotBelowTheLowOfAnyFineThatApplies() {
        ChainDefinition chain = CHAINS.forJurisdiction("TW", DATE);
        PenaltyExposure e = PenaltyCalculator.exposure(new PenaltyRequest("TW", DATE, new BigDecimal("100000"), 0, 30,
                new BigDecimal("473432"), false, new BigDecimal("8000"), new BigDecimal("1000000"), Map.of()), chain);
        assertThat(e.lowTotal()).isEqualByComparingTo("207101");
        assertThat(e.highTotal()).isEqualByComparingTo("3007101");
        assertThat(EngineTexts.renderer().render(e.notes().get(0), Locale.TRADITIONAL_CHINESE)).contains("不得低於各該規定之罰鍰最低額");
    }

    @Test
    void finesForOneActAreAlternativesAndTheTotalsCountTheHeaviest() {
        ChainDefinition chain = CHAINS.forJurisdiction("TW", DATE);
        PenaltyExposure e = PenaltyCalculator.exposure(new PenaltyRequest("TW", DATE, new BigDecimal("100000"), 0, 30,
                new BigDecimal("473432.000000"), false, new BigDecimal("8000"), new BigDecimal("50000"), Map.of()), chain);
        assertThat(e.items()).hasSize(4);
        assertThat(e.lowTotal()).isEqualByComparingTo("207101");
        assertThat(e.highTotal()).isEqualByComparingTo("507101");
        assertThat(e.notes()).hasSize(1);
        String zh = EngineTexts.renderer().render(e.notes().get(0), Locale.TRADITIONAL_CHINESE);
        assertThat(zh).contains("行政罰法 §24").contains("不予相加").contains("待確認");
        assertThat(EngineTexts.renderer().render(e.notes().get(0), Locale.ENGLISH)).contains("alternatives, not a sum").contains("To confirm");
        PenaltyExposure.Item late = e.items().stream().filter(i -> i.code().equals("LATE_PAYMENT")).findFirst().orElseThrow();
        String working = EngineTexts.renderer().render(late.reckoning(), Locale.TRADITIONAL_CHINESE);
        assertThat(working).contains("TWD 473,432 ×").doesNotContain("473,432.00"); // whole NT$ as assessed (r-t1 F6)
        PenaltyExposure.Item understated = e.items().stream().filter(i -> i.code().equals("MISDECLARATION_FINE")).findFirst().orElseThrow();
        assertThat(EngineTexts.renderer().render(understated.reckoning(), Locale.TRADITIONAL_CHINESE))
                .contains("低估以實務通常之 2 倍計").doesNotContain("低估金額");
        // one fine alone is simply added
        PenaltyExposure one = PenaltyCalculator.exposure(new PenaltyRequest("TW", DATE, new BigDecimal("100000"), 0, 0, null, false,
                null, null, Map.of()), chain);
        assertThat(one.highTotal()).isEqualByComparingTo("500000");
        assertThat(one.notes()).isEmpty();
    }
}
