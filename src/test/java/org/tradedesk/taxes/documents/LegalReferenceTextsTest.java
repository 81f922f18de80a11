package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.taxes.definitions.ChainDefinitions;

/**
 * Review r-t1 F4(a): the zh AU letter, worksheet and calculation page printed "Customs Tariff Act 1995 s15…", the en TW ones
 * 「關稅法 §2, §29；海關進口稅則」 with no English. Every step's reference in the chain files is a message in both languages,
 * and the text a saved result holds (the chain's, as the engine recorded it) renders in the reader's language.
 */
class LegalReferenceTextsTest {

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/taxes");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
        BUNDLES.setUseCodeAsDefaultMessage(false);
    }

    private static final Locale ZH = Locale.TRADITIONAL_CHINESE;

    @Test
    void everyStepsReferenceOfEveryChainIsAMessageInBothLanguages() {
        Map<String, String> codes = LegalReferenceTexts.codes(ChainDefinitions.fromClasspath());
        assertThat(codes).hasSizeGreaterThan(25);
        codes.forEach((citation, code) -> {
            String en = BUNDLES.getMessage(code, null, null, Locale.ENGLISH);
            String zh = BUNDLES.getMessage(code, null, null, ZH);
            assertThat(en).as(code + " en").isNotBlank();
            assertThat(zh).as(code + " zh").isNotBlank().isNotEqualTo(en);
            assertThat(en).as(code + ": English names the act in English").containsPattern("[A-Za-z]{4}");
        });
    }

    @Test
    void anAustralianReferenceReadsInChineseAndATaiwaneseOneInEnglish() {
        // as the AU and TW chains (and every saved result) hold them
        String au = "Customs Tariff Act 1995 s15, Schedule 3; Customs Act 1901 s159";
        String tw = "關稅法 §2, §29; 海關進口稅則";
        assertThat(LegalReferenceTexts.render(au, BUNDLES, ZH)).isEqualTo("《1995 年關稅法》第 15 條、附表 3；《1901 年海關法》第 159 條");
        assertThat(LegalReferenceTexts.render(au, BUNDLES, Locale.ENGLISH)).isEqualTo(au);
        assertThat(LegalReferenceTexts.render(tw, BUNDLES, Locale.ENGLISH)).startsWith("Customs Act (關稅法) §2, §29; Customs Import Tariff");
        assertThat(LegalReferenceTexts.render("貨物稅條例 §13", BUNDLES, Locale.ENGLISH)).isEqualTo("Commodity Tax Act (貨物稅條例) §13");
        assertThat(LegalReferenceTexts.render("A New Tax System (Goods and Services Tax) Act 1999 s13-20, s9-90", BUNDLES, ZH))
                .contains("《1999 年新稅制（商品及服務稅）法》").doesNotContain("Act");
        assertThat(LegalReferenceTexts.render(tw, BUNDLES, ZH)).isEqualTo("關稅法 §2、§29；海關進口稅則");
    }

    @Test
    void theGoodsReferencesOfAStepReadInBothLanguages() {
        // review r-t1b 1 and 14: UK tobacco cites the Tobacco Products Duty Act, TW cars 貨物稅條例 §12 with §13
        assertThat(LegalReferenceTexts.render("Tobacco Products Duty Act 1979 s2 and Sch 1", BUNDLES, ZH))
                .isEqualTo("《1979 年菸草製品稅法》第 2 條及附表 1");
        assertThat(LegalReferenceTexts.render("貨物稅條例 §12, §13", BUNDLES, Locale.ENGLISH)).startsWith("Commodity Tax Act (貨物稅條例) §12");
    }

    @Test
    void aCitationNoChainHasIsShownAsWritten() {
        assertThat(LegalReferenceTexts.render("Customs Act 1901 s999", BUNDLES, ZH)).isEqualTo("Customs Act 1901 s999");
        assertThat(LegalReferenceTexts.render(null, BUNDLES, ZH)).isEmpty();
    }

    /**
     * Review of T1 R3: a citation is found by its exact text, so the English message of the step must be that text for
     * every step and version of the chains whose citations are English (an edited citation printed the old message), one
     * code must not stand for two texts, and one text must not stand for two codes that read differently (UK
     * COUNTERVAILING shared ANTI_DUMPING's text and printed its message).
     */
    @Test
    void eachEnglishCitationIsItsCodesEnglishMessageAndOneTextReadsOneWay() {
        ChainDefinitions chains = ChainDefinitions.fromClasspath();
        Map<String, java.util.Set<String>> textsOfCode = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> codesOfText = new java.util.TreeMap<>();
        int checked = 0;
        for (org.tradedesk.taxes.domain.ChainDefinition chain : chains.all()) {
            String j = chain.jurisdiction();
            java.util.List<String[]> cited = new java.util.ArrayList<>();
            for (org.tradedesk.taxes.domain.ChainDefinition.StepDefinition step : chain.steps()) {
                if (step.legalReference() != null && !step.legalReference().isBlank()) {
                    cited.add(new String[] {LegalReferenceTexts.PREFIX + j + "." + step.code(), step.legalReference().strip()});
                }
            }
            for (org.tradedesk.taxes.domain.ChainDefinition.LowValueRule rule : chain.lowValue()) {
                if (rule.legalReference() != null && !rule.legalReference().isBlank()) {
                    cited.add(new String[] {LegalReferenceTexts.PREFIX + j + ".LOW_VALUE", rule.legalReference().strip()});
                }
            }
            for (String[] c : cited) {
                textsOfCode.computeIfAbsent(c[0], k -> new java.util.TreeSet<>()).add(c[1]);
                codesOfText.computeIfAbsent(c[1], k -> new java.util.TreeSet<>()).add(c[0]);
                if (java.util.Set.of("AU", "UK", "IE").contains(j)) {
                    assertThat(BUNDLES.getMessage(c[0], null, null, Locale.ENGLISH)).as(c[0] + " (" + chain.version() + ")")
                            .isEqualTo(c[1]);
                    checked++;
                }
            }
        }
        assertThat(checked).as("AU, UK and IE steps with a citation (AU 8, UK 7, IE 4, a low-value rule)").isGreaterThanOrEqualTo(20);
        textsOfCode.forEach((code, texts) -> assertThat(texts).as(code + " stands for one text").hasSize(1));
        codesOfText.forEach((text, codes) -> {
            for (Locale l : java.util.List.of(Locale.ENGLISH, ZH)) {
                assertThat(codes.stream().map(c -> BUNDLES.getMessage(c, null, null, l)).distinct())
                        .as("\"" + text + "\" reads one way in " + l + " under " + codes).hasSize(1);
            }
        });
    }
}
