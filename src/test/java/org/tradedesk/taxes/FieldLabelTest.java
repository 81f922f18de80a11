package org.tradedesk.taxes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.definitions.ChainDefinitions;
import org.tradedesk.taxes.domain.ExchangeRateTable;
import org.tradedesk.taxes.domain.TaxEngine;

/**
 * Engine input errors name the field by its label in the reader's language (issue 6 §2: "errors name the field by
 * its label"), never by the request path, and say why in that language: 「第 2 項 單位」, "line 2, Unit".
 */
class FieldLabelTest {

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void aLineFieldIsNamedByItsLineNumberAndLabel() {
        assertThat(EngineTexts.zh(FieldLabel.of("lines[1].unit"))).isEqualTo("第 2 項 單位");
        assertThat(EngineTexts.en(FieldLabel.of("lines[1].unit"))).isEqualTo("line 2, Unit");
        assertThat(EngineTexts.zh(FieldLabel.of("lines[0].measures.duty"))).isEqualTo("第 1 項 關稅稅率");
        assertThat(EngineTexts.zh(FieldLabel.of("lines[0].options[0].reference"))).isEqualTo("第 1 項 文件號碼（TCO、配額）");
        assertThat(EngineTexts.zh(FieldLabel.of("lines[3]"))).isEqualTo("第 4 項");
        assertThat(EngineTexts.zh(FieldLabel.of("exchangeRate"))).isEqualTo("匯率");
    }

    @Test
    void aMapEntryAsBeanValidationNamesItIsLabelledLikeTheEnginesPath() {
        // seen in the API's zh-TW problem detail: 「lines[0].measures[duty]」 as the label of a too-long duty rate
        assertThat(EngineTexts.zh(FieldLabel.of("lines[0].measures[duty]"))).isEqualTo("第 1 項 關稅稅率");
        assertThat(EngineTexts.en(FieldLabel.of("lines[0].measures[duty]"))).isEqualTo(EngineTexts.en(FieldLabel.of("lines[0].measures.duty")));
        assertThat(EngineTexts.zh(FieldLabel.of("lines[2].measures[commodityTax].<map value>"))).isEqualTo("第 3 項 "
                + EngineTexts.zh(FieldLabel.of("measures.commodityTax")));
    }

    @Test
    void aPenaltyMultipleIsNamedByTheFineNotByItsCode() {
        // seen: 「罰鍰倍數（BUSINESS_TAX_FINE）」
        for (String path : List.of("multiples.BUSINESS_TAX_FINE", "multiples[BUSINESS_TAX_FINE]", "multiples.SMUGGLING_FINE",
                "multiples.MISDECLARATION_FINE")) {
            assertThat(EngineTexts.zh(FieldLabel.of(path))).as(path).doesNotContainPattern("[A-Za-z_]{2,}");
            assertThat(EngineTexts.en(FieldLabel.of(path))).as(path).doesNotContain("_FINE");
        }
        assertThat(EngineTexts.zh(FieldLabel.of("multiples.BUSINESS_TAX_FINE"))).isEqualTo("所漏營業稅額之罰鍰倍數");
        // the fines are the chains' own MULTIPLE penalties (no hand copy to fall behind), each with its label in both bundles
        java.util.Set<String> chains = org.tradedesk.taxes.definitions.ChainDefinitions.fromClasspath().all().stream()
                .flatMap(c -> c.penalties().stream()).filter(p -> "MULTIPLE".equals(p.kind())).map(p -> p.code())
                .collect(java.util.stream.Collectors.toSet());
        assertThat(FieldLabel.PENALTIES).isEqualTo(chains).contains("MISDECLARATION_FINE", "BUSINESS_TAX_FINE", "SMUGGLING_FINE");
        for (String fine : chains) {
            assertThat(FieldLabel.of("multiples." + fine).code()).isEqualTo("taxes.field.multiple." + fine);
            assertThat(EngineTexts.zh(FieldLabel.of("multiples." + fine))).as(fine).doesNotContainPattern("[A-Za-z_]{2,}");
            assertThat(EngineTexts.en(FieldLabel.of("multiples." + fine))).as(fine).doesNotContain(fine);
        }
    }

    @Test
    void aLineNumberIsNeverGrouped() {
        // issue 9 minor (same fix as the markets' upload messages): 「第 1234 項」, never 「第 1,234 行」
        assertThat(EngineTexts.zh(FieldLabel.of("lines[1233]"))).isEqualTo("第 1234 項");
        assertThat(EngineTexts.en(FieldLabel.of("lines[4999].unit"))).isEqualTo("line 5000, Unit");
    }

    @Test
    void everyNamedFieldAndMeasureHasALabelInBothLanguages() {
        Stream.concat(FieldLabel.NAMED.stream().map(n -> "lines[0]." + n), FieldLabel.MEASURES.stream().map(m -> "lines[0].measures." + m))
                .forEach(path -> {
                    for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                        String label = EngineTexts.renderer().render(FieldLabel.of(path), locale);
                        assertThat(label).as(path + " in " + locale).doesNotContain("taxes.").doesNotContain("[");
                    }
                });
    }

    @Test
    void anUnknownUnitIsReportedInChineseAtTheLinesUnitLabel() {
        TaxRequest r = request(TaxRequestLine.of("cups", "69120000", new BigDecimal("3000"), Map.of("duty", "10%")),
                new TaxRequestLine("plates", "69120000", null, new BigDecimal("100"), new BigDecimal("5"), "furlong", null, null, null,
                        null, null, null, Map.of("duty", "10%"), List.of()));
        assertThatThrownBy(() -> ENGINE.calculate(r, CHAINS.forJurisdiction("TW", r.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[1].unit");
                    String zh = EngineTexts.zh(e.messageText());
                    assertThat(zh).startsWith("第 2 項 單位：不認得的數量單位：furlong");
                    assertThat(ENGLISH_WORD.matcher(zh.replace("furlong", "").replaceAll("UN/ECE|KGM|LTR|H87|SET|PRQ|kg|pr", ""))
                            .find()).as(zh).isFalse();
                    assertThat(EngineTexts.en(e.messageText())).startsWith("line 2, Unit: unknown unit of measure: furlong");
                });
    }

    @Test
    void aBadDutyExpressionAndAFixedConcessionRateAreExplainedInChinese() {
        TaxRequest bad = request(TaxRequestLine.of("cups", "69120000", new BigDecimal("3000"), Map.of("duty", "5% +")));
        assertThatThrownBy(() -> ENGINE.calculate(bad, CHAINS.forJurisdiction("TW", bad.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> assertThat(EngineTexts.zh(e.messageText()))
                        .startsWith("第 1 項 關稅稅率：稅率表示式「5% +」第 5 個字元有誤"));
        TaxRequest noReference = new TaxRequest("AU", LocalDate.of(2025, 3, 1), "AUD", Incoterm.FOB, null, null, null, null, null,
                null, null, null, List.of(new TaxRequestLine("wipes", "34011900", "KR", new BigDecimal("12000"), null, null, null, null,
                        null, null, null, null, Map.of("duty", "5%"), List.of(new TaxRequestLine.DutyOptionRequest("TCO", null, null, null, null)))),
                null, null);
        assertThatThrownBy(() -> ENGINE.calculate(noReference, CHAINS.forJurisdiction("AU", noReference.date())))
                .isInstanceOfSatisfying(TaxInputInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].options[0].reference");
                    assertThat(EngineTexts.zh(e.messageText())).startsWith("第 1 項 文件號碼（TCO、配額）：TCO 申請須填");
                });
    }

    private static final ChainDefinitions CHAINS = ChainDefinitions.fromClasspath();
    private static final TaxEngine ENGINE = new TaxEngine(ExchangeRateTable.EMPTY, null);

    private static TaxRequest request(TaxRequestLine... lines) {
        return new TaxRequest("TW", LocalDate.of(2025, 6, 2), "TWD", Incoterm.CIF, null, null, null, null, null, null, null, null,
                List.of(lines), null, null);
    }
}
