package org.tradedesk.taxes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.EngineTexts;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text a Taiwanese and an Australian calculation produce — each step's working, rate source,
 * base and rounding, each option's name and requirement, each note — rendered in zh-TW has no English
 * word but codes, units, currencies and the proper names of the law it cites, and rendered in English
 * has no Chinese character but in the names of the Taiwanese laws it cites.
 */
class EngineTextsInTheReadersLanguageTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    /** Codes, units, currencies, Incoterms and field names a Chinese text prints as they are. */
    private static final Set<String> CODES = Set.of("AUD", "TWD", "USD", "GBP", "TW", "AU", "TCO", "CIF", "FOB", "EXW", "DDP", "CFR",
            "LAL", "kg", "No", "MAX", "MIN", "cc", "NT", "measures", "commodityTax", "alcoholTax", "healthSurcharge", "vol");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    /** A citation of a Taiwanese law: 菸酒稅法 第8條第3款, 貨物稅條例 第12條. */
    private static final Pattern TAIWANESE_LAW = Pattern.compile("[\\p{IsHan}]+(?:法|條例|辦法)(?: ?第\\d+條(?:第\\d+[項款目])*)?");

    static Stream<String> calculations() {
        return Stream.of(
                // TW: FOB without freight or insurance (a note), wine taxed by kind, a car whose subheading spans
                // 2,000 cc (a note), a whichever-higher duty, a quota claimed
                """
                {"jurisdiction":"TW","date":"2025-06-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
                 "lines":[{"description":"wine","tariffCode":"22042100","origin":"AU","value":4200,"litres":450,"alcoholByVolume":14.5,
                           "measures":{"duty":"10%"},"options":[{"scheme":"QUOTA","duty":"0%","reference":"Q-2025-0001"}]},
                          {"description":"sedan","tariffCode":"87032390","origin":"DE","value":30000,"measures":{"duty":"17.5%"}},
                          {"description":"speaker","tariffCode":"85182200","origin":"CN","value":2000,"quantity":100,"unit":"No",
                           "measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""",
                // TW: a fee of NT$100 or less is not collected
                """
                {"jurisdiction":"TW","date":"2025-06-02","currency":"TWD","incoterm":"CIF",
                 "lines":[{"description":"cups","tariffCode":"69120000","value":3000,"measures":{"duty":"10%"}}]}""",
                // AU: EXW (a note), wine with WET, a car over the LCT threshold, wipes with a TCO claimed, a floor
                """
                {"jurisdiction":"AU","date":"2025-06-02","currency":"AUD","incoterm":"EXW",
                 "lines":[{"description":"shiraz","tariffCode":"22042120","origin":"US","value":4200,"litres":450,"alcoholByVolume":14.5,
                           "measures":{"duty":"5%"}},
                          {"description":"car","tariffCode":"87032310","origin":"JP","value":100000,"quantity":1,"unit":"No","measures":{"duty":"5%"}},
                          {"description":"wipes","tariffCode":"34011900","origin":"KR","value":12000,"measures":{"duty":"5%"},
                           "options":[{"scheme":"TCO","reference":"1864894"}]},
                          {"description":"bolts","tariffCode":"73181500","origin":"CN","value":1000,"netMassKg":500,
                           "measures":{"duty":"5% MIN 3 AUD/kg"}}]}""",
                // AU: a low-value shipment, and one whose duties exceed its customs value (a check)
                """
                {"jurisdiction":"AU","date":"2025-06-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"jeans","tariffCode":"62034200","value":500,"measures":{"duty":"5%"}}]}""",
                """
                {"jurisdiction":"AU","date":"2025-06-02","currency":"AUD","incoterm":"DDP",
                 "lines":[{"description":"saffron","tariffCode":"09102000","value":1500,"netMassKg":10,"measures":{"duty":"200 AUD/kg"}}]}""");
    }

    @ParameterizedTest
    @MethodSource("calculations")
    void chineseTextsHaveNoEnglishWordButCodesUnitsAndCitedLaws(String json) {
        TaxResult result = calculate(json);
        Set<String> allowed = new LinkedHashSet<>(CODES);
        citedLaws(result.jurisdiction()).forEach(law -> allowed.addAll(words(law)));
        List<String> texts = rendered(result, Locale.TRADITIONAL_CHINESE);

        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            List<String> english = new ArrayList<>();
            Matcher m = ENGLISH_WORD.matcher(text);
            while (m.find()) {
                if (!allowed.contains(m.group())) {
                    english.add(m.group());
                }
            }
            assertThat(english).as(text).isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("calculations")
    void englishTextsHaveNoChineseButInTheNamesOfTaiwaneseLaws(String json) {
        TaxResult result = calculate(json);
        List<String> texts = rendered(result, Locale.ENGLISH);

        List<String> laws = citedLaws(result.jurisdiction());
        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            String withoutLaws = text;
            for (String law : laws) {
                withoutLaws = withoutLaws.replace(law, "");
            }
            assertThat(TAIWANESE_LAW.matcher(withoutLaws).replaceAll("")).as(text).doesNotContainPattern(CJK);
        });
    }

    private static TaxResult calculate(String json) {
        TaxRequest request = JSON.readValue(json, TaxRequest.class);
        return ENGINE.calculate(request, CHAINS.forJurisdiction(request.jurisdiction(), request.date()));
    }

    /** What the result panel, the documents and the API show of the engine's texts. */
    private static List<String> rendered(TaxResult result, Locale locale) {
        List<MessageText> messages = new ArrayList<>();
        for (TaxResult.TaxStep s : result.steps()) {
            messages.addAll(List.of(s.explanation(), s.rateSource(), s.baseTerms(), s.roundingText()));
        }
        for (TaxResult.DutyOption o : result.options()) {
            messages.add(o.label());
            if (o.requires() != null) {
                messages.add(o.requires());
            }
        }
        messages.addAll(result.notes());
        return EngineTexts.renderer().renderAll(messages, locale);
    }

    /** The legal citations of the chain: the proper names of the law, printed as the law is named. */
    private static List<String> citedLaws(String jurisdiction) {
        ChainDefinition chain = CHAINS.forJurisdiction(jurisdiction, java.time.LocalDate.of(2025, 6, 2));
        List<String> laws = new ArrayList<>();
        chain.concessions().forEach(c -> laws.add(c.legalReference()));
        chain.steps().forEach(s -> {
            if (s.legalReference() != null) {
                laws.add(s.legalReference());
            }
        });
        return laws;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
