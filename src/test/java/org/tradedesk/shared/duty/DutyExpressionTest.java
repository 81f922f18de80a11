package org.tradedesk.shared.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.RoundingRule;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression.AdValorem;
import org.tradedesk.shared.duty.DutyExpression.Bound;
import org.tradedesk.shared.duty.DutyExpression.Bounded;
import org.tradedesk.shared.duty.DutyExpression.Extreme;
import org.tradedesk.shared.duty.DutyExpression.Specific;
import org.tradedesk.shared.duty.DutyExpression.Sum;

class DutyExpressionTest {

    private static final CurrencyCode AUD = CurrencyCode.AUD;
    private static final CurrencyCode GBP = CurrencyCode.GBP;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void readsAdValoremAndFree() {
        assertThat(DutyExpression.parse("5%")).isEqualTo(new AdValorem(d("5")));
        assertThat(DutyExpression.parse(" 13.8 % ")).isEqualTo(new AdValorem(d("13.8")));
        assertThat(DutyExpression.parse("Free")).isEqualTo(new AdValorem(BigDecimal.ZERO));
        assertThat(DutyExpression.parse("FREE")).isEqualTo(DutyExpression.parse("0%"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "35.10 EUR/100 kg | 35.10 | EUR | 1 | KG100",
            "35.10 EUR / 100 kg | 35.10 | EUR | 1 | KG100",
            "35.10EUR/100kg | 35.10 | EUR | 1 | KG100",
            "57.79 AUD/LAL | 57.79 | AUD | 1 | LAL",
            "0.526 AUD/L | 0.526 | AUD | 1 | L",
            "2445.26 AUD/kg | 2445.26 | AUD | 1 | KG",
            "144.10 GBP/t | 144.10 | GBP | 1 | TONNE",
            "3 EUR/hl | 3 | EUR | 1 | HL",
            "20 TWD/No | 20 | TWD | 1 | PIECE",
            "2.5 USD/pr | 2.5 | USD | 1 | PAIR",
            "1000 TWD/1000 | 1000 | TWD | 1 | THOUSAND",
            "4 AUD/10 kg | 4 | AUD | 10 | KG"})
    void readsSpecificRatesWithTheirUnit(String text, String amount, String currency, String per, UnitOfMeasure unit) {
        assertThat(DutyExpression.parse(text))
                .isEqualTo(new Specific(d(amount), CurrencyCode.of(currency), d(per), unit));
    }

    @Test
    void addsCompoundTermsAndBindsPlusTighterThanInfixBounds() {
        DutyExpression compound = DutyExpression.parse("12% + 30 EUR/100 kg");
        assertThat(compound).isEqualTo(new Sum(java.util.List.of(new AdValorem(d("12")),
                new Specific(d("30"), CurrencyCode.EUR, BigDecimal.ONE, UnitOfMeasure.KG100))));

        DutyExpression capped = DutyExpression.parse("8.3% + 44.2 EUR/100 kg MAX 24.2% + 9.4 EUR/100 kg");
        assertThat(capped).isInstanceOf(Bounded.class);
        assertThat(((Bounded) capped).value()).isInstanceOf(Sum.class);
        assertThat(((Bounded) capped).limit()).isInstanceOf(Sum.class);
    }

    @Test
    void appliesInfixMinAndMaxLeftToRight() {
        DutyExpression e = DutyExpression.parse("13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg");
        assertThat(e).isEqualTo(new Bounded(
                new Bounded(new AdValorem(d("13.8")), Bound.MIN, new Specific(d("13"), GBP, BigDecimal.ONE, UnitOfMeasure.KG100)),
                Bound.MAX, new Specific(d("15"), GBP, BigDecimal.ONE, UnitOfMeasure.KG100)));
    }

    @Test
    void readsWhicheverIsHigherInBothNotations() {
        DutyExpression canonical = DutyExpression.parse("MAX(10%, 20 TWD/kg)");
        assertThat(canonical).isEqualTo(new Extreme(Bound.MAX, java.util.List.of(new AdValorem(d("10")),
                new Specific(d("20"), CurrencyCode.TWD, BigDecimal.ONE, UnitOfMeasure.KG))));
        assertThat(DutyExpression.parse("10% OR 20 TWD/kg HIGHER")).isEqualTo(canonical);
        assertThat(DutyExpression.parse("max(10%,20TWD/kg)")).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5%", "Free", "35.10 EUR/100 kg", "57.79 AUD/LAL", "0.526 AUD/L", "2445.26 AUD/kg",
            "12% + 30 EUR/100 kg", "13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg", "MAX(10%, 20 TWD/kg)",
            "10% OR 20 TWD/kg HIGHER", "(5% MIN 1 AUD/kg) + 2 AUD/L", "5% MIN (1 AUD/kg MAX 2 AUD/kg)",
            "MIN(5%, 3 AUD/kg, 1 AUD/L)", "25 AUD/1000", "4 AUD/10 kg", "2 EUR/m2",
            "8.3% + 44.2 EUR/100 kg MAX 24.2% + 9.4 EUR/100 kg", "833488 TWD", "0.30 GBP/100 kg/% sucrose",
            "5% + 1 USD", "MIN(5%, 0.45 AUD/100 kg/% TSS)", "13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg - 7 GBP/100 kg",
            "10% - 2% + 1 AUD/kg", "10% + (2% - 1%)", "10% - (2% + 1%)", "(10% MIN 1 AUD/kg) - 2 AUD/kg",
            "16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000", "43.39 AUD/LAL ABOVE 1.15 %vol"})
    void printsACanonicalFormThatReadsBackEqual(String text) {
        DutyExpression parsed = DutyExpression.parse(text);
        String canonical = parsed.toString();
        assertThat(DutyExpression.parse(canonical)).isEqualTo(parsed);
        assertThat(DutyExpression.parse(canonical).toString()).isEqualTo(canonical);
    }

    @Test
    void keepsParenthesesThatChangeTheMeaning() {
        DutyExpression grouped = DutyExpression.parse("(5% MIN 1 AUD/kg) + 2 AUD/L");
        assertThat(grouped).isInstanceOf(Sum.class);
        assertThat(grouped.toString()).isEqualTo("(5% MIN 1 AUD/kg) + 2 AUD/L");
        assertThat(DutyExpression.parse("5% MIN 1 AUD/kg + 2 AUD/L")).isInstanceOf(Bounded.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'' | 0",
            "5 | 1",
            "5% +| 4",
            "5 XYZ/kg | 2",
            "5 AUD kg | 6",
            "5 AUD/kg/% salt | 11",
            "5 AUD/kg/sucrose | 9",
            "5 AUD/parsec | 6",
            "(5% | 3",
            "MAX(5%) | 3",
            "5% MIN | 6",
            "5% & 3% | 3",
            "1.% | 2",
            "10% OR 20 TWD/kg | 16",
            "5% 3% | 3",
            "5% - | 4",
            "5% retail | 9"})
    void namesThePositionOfASyntaxError(String text, int position) {
        assertThatThrownBy(() -> DutyExpression.parse(text))
                .isInstanceOfSatisfying(DutyExpressionInvalid.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.messageCode()).isEqualTo("duty.expression.invalid");
                    assertThat(e.getMessage()).contains("position " + position).contains("expected");
                });
    }

    @Test
    void subtractsAComponentAfterTheBoundsAsTheUkCalculatorDoes() {
        // UKTT duty calculator fixture (spec/services/expression_evaluators/compound_spec.rb): 13.8 % MIN 13 GBP/100 kg
        // MAX 15 GBP/100 kg, then "-" 7 GBP/100 kg, on a customs value of 1,000 and 1 × 100 kg → 8.00
        DutyContext goods = DutyContext.of(GBP, d("1000")).withQuantity(d("100"), UnitOfMeasure.KG);
        DutyExpression e = DutyExpression.parse("13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg - 7 GBP/100 kg");
        assertThat(e).isInstanceOf(Bounded.class);
        assertThat(e.evaluate(goods).amount()).isEqualByComparingTo("8.00");
        // "-" binds like "+", left to right
        assertThat(DutyExpression.parse("10% - 2% + 1%").evaluate(goods).amount()).isEqualByComparingTo("90");
        assertThat(DutyExpression.parse("10% - (2% + 1%)").evaluate(goods).amount()).isEqualByComparingTo("70");
        // a duty is never negative
        DutyEvaluation none = DutyExpression.parse("1% - 2%").evaluate(goods);
        assertThat(none.amount()).isEqualByComparingTo("0");
        assertThat(none.explanation()).contains("not below zero");
    }

    @Test
    void chargesAPercentOfTheRetailPricePlusASpecificRateWithAMinimum() {
        // UKTT duty calculator fixture (retail_price_spec.rb): 16.50 % × £1,000.00 retail price = £165.00
        DutyContext packs = DutyContext.of(GBP, d("300")).withRetailPrice(d("1000")).withQuantity(d("1000"), UnitOfMeasure.PIECE);
        assertThat(DutyExpression.parse("16.50% RET").evaluate(packs).amount()).isEqualByComparingTo("165.00");
        // Tobacco Products Duty Act 1979 Sch 1 item 1 (from 22.11.2023): the higher of 16.5 % of the retail price plus
        // £316.70 per thousand cigarettes, or £422.80 per thousand: 1,000 cigarettes retailing at £1,000 → 481.70
        DutyExpression cigarettes = DutyExpression.parse("16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000");
        assertThat(cigarettes.evaluate(packs).amount()).isEqualByComparingTo("481.70");
        // retailing at £500: 82.50 + 316.70 = 399.20, below the minimum → 422.80
        assertThat(cigarettes.evaluate(packs.withRetailPrice(d("500"))).amount()).isEqualByComparingTo("422.80");
        // the customs value is not the retail price
        assertThatThrownBy(() -> cigarettes.evaluate(DutyContext.of(GBP, d("300")).withQuantity(d("1000"), UnitOfMeasure.PIECE)))
                .isInstanceOf(DutyContextIncomplete.class).hasMessageContaining("retail price");
    }

    @Test
    void evaluatesAdValoremExactly() {
        // AU-CUSTOMS-AMPLIFIER-USD: 5 % of A$1,400 = A$70
        DutyEvaluation e = DutyExpression.parse("5%").evaluate(DutyContext.of(AUD, d("1400")));
        assertThat(e.amount()).isEqualByComparingTo("70");
        assertThat(e.explanation()).contains("5%").contains("1400");
    }

    @Test
    void convertsAForeignCurrencySpecificRateAtTheContextRate() {
        // UKTT-DC-EURO-SPECIFIC: 35.10 EUR/100 kg on 100 × 100 kg at 0.8571 GBP/EUR = 3008.421 GBP
        DutyContext ctx = DutyContext.of(GBP, BigDecimal.ZERO)
                .withQuantity(d("100"), UnitOfMeasure.KG100)
                .withExchangeRate(CurrencyCode.EUR, d("0.8571"));
        assertThat(DutyExpression.parse("35.10 EUR/100 kg").evaluate(ctx).amount()).isEqualByComparingTo("3008.421");
        assertThat(DutyExpression.parse("35.10 GBP/100 kg").evaluate(ctx).amount()).isEqualByComparingTo("3510");
    }

    @Test
    void refusesAForeignRateWithoutAnExchangeRate() {
        DutyContext ctx = DutyContext.of(GBP, BigDecimal.ZERO).withQuantity(d("10"), UnitOfMeasure.KG);
        assertThatThrownBy(() -> DutyExpression.parse("1 EUR/kg").evaluate(ctx))
                .isInstanceOf(DutyContextIncomplete.class).hasMessageContaining("exchange rate GBP per EUR");
    }

    @Test
    void refusesASpecificRateWithoutTheQuantity() {
        assertThatThrownBy(() -> DutyExpression.parse("1 AUD/kg").evaluate(DutyContext.of(AUD, d("100"))))
                .isInstanceOf(DutyContextIncomplete.class).hasMessageContaining("mass");
    }

    @Test
    void convertsUnitsExactly() {
        DutyContext ctx = DutyContext.of(AUD, BigDecimal.ZERO)
                .withQuantity(d("2.5"), UnitOfMeasure.TONNE)
                .withQuantity(d("750"), UnitOfMeasure.ML);
        assertThat(DutyExpression.parse("2 AUD/100 kg").evaluate(ctx).amount()).isEqualByComparingTo("50");
        assertThat(DutyExpression.parse("1 AUD/g").evaluate(ctx).amount()).isEqualByComparingTo("2500000");
        assertThat(DutyExpression.parse("10 AUD/hl").evaluate(ctx).amount()).isEqualByComparingTo("0.075");
        // UKTT anti-dumping 144.10 GBP/tonne on 2 t = 288.20
        DutyContext steel = DutyContext.of(GBP, BigDecimal.ZERO).withQuantity(d("2"), UnitOfMeasure.TONNE);
        assertThat(DutyExpression.parse("144.10 GBP/t").evaluate(steel).amount()).isEqualByComparingTo("288.20");
    }

    @Test
    void countsBeerAlcoholAboveTheThresholdTruncatedToOneDecimal() {
        // AU-ATO-BEER-EXCISE-2019: 85.2 L × (5 % − 1.15 %) = 3.2802 LAL → 3.2 LAL × $50.70 = $162.24; the deduction
        // is the Excise Tariff's own clause ("exceeds 1.15"), the truncation the ATO's published rule
        DutyContext beer = DutyContext.of(AUD, BigDecimal.ZERO)
                .withQuantity(d("85.2"), UnitOfMeasure.L)
                .withAlcohol(d("5"), RoundingRule.TRUNCATE_ONE_DECIMAL, "ATO: LALs truncated to one decimal place");
        DutyEvaluation e = DutyExpression.parse("50.70 AUD/LAL ABOVE 1.15 %vol").evaluate(beer);
        assertThat(e.amount()).isEqualByComparingTo("162.24");
        assertThat(e.explanation()).contains("85.2 L × (5 − 1.15) %vol = 3.2802 LAL").contains("→ 3.2 LAL")
                .contains("ATO: LALs truncated to one decimal place");
    }

    @Test
    void chargesOnlyTheAlcoholAboveTheStrengthTheRateTextNames() {
        // Customs Tariff 2206.00.89 "$43.39/L of alcohol, calculated on that alcohol content by which the percentage
        // by volume of alcohol of the goods exceeds 1.15": 1,000 L at 5 %vol → 1000 × 3.85 % = 38.5 LAL × 43.39 = 1,670.515
        DutyContext goods = DutyContext.of(AUD, BigDecimal.ZERO).withQuantity(d("1000"), UnitOfMeasure.L)
                .withAlcohol(d("5"), RoundingRule.TRUNCATE_ONE_DECIMAL, "ATO");
        assertThat(DutyExpression.parse("43.39 AUD/LAL ABOVE 1.15 %vol").evaluate(goods).amount()).isEqualByComparingTo("1670.515");
        // 2203.00.91 "$107.99/L of alcohol" has no such clause: all 50 LAL count
        assertThat(DutyExpression.parse("107.99 AUD/LAL").evaluate(goods).amount()).isEqualByComparingTo("5399.50");
        // below the threshold nothing is charged, never a negative amount
        DutyContext light = DutyContext.of(AUD, BigDecimal.ZERO).withQuantity(d("1000"), UnitOfMeasure.L).withAlcohol(d("1"), null, null);
        assertThat(DutyExpression.parse("43.39 AUD/LAL ABOVE 1.15 %vol").evaluate(light).amount()).isEqualByComparingTo("0");
    }

    @Test
    void readsAndPrintsTheStrengthDeduction() {
        DutyExpression e = DutyExpression.parse("43.39 aud/lal above 1.15%vol");
        assertThat(e.toString()).isEqualTo("43.39 AUD/LAL ABOVE 1.15 %vol");
        assertThat(DutyExpression.parse(e.toString())).isEqualTo(e);
        assertThat(DutyExpression.parse("5% + 43.39 AUD/LAL ABOVE 1.15 %vol").toString()).isEqualTo("5% + 43.39 AUD/LAL ABOVE 1.15 %vol");
        assertThatThrownBy(() -> DutyExpression.parse("5 AUD/kg ABOVE 1.15 %vol")).isInstanceOf(DutyExpressionInvalid.class)
                .hasMessageContaining("ABOVE only after a rate per litre of alcohol");
        assertThatThrownBy(() -> DutyExpression.parse("5 AUD/LAL ABOVE 1.15")).isInstanceOf(DutyExpressionInvalid.class);
    }

    @Test
    void countsSpiritAlcoholWithoutThreshold() {
        // UK-HMRC-SPIRITS-2002: 900 L at 40 % = 360 LPA × 19.56 = 7041.60
        DutyContext whisky = DutyContext.of(GBP, BigDecimal.ZERO)
                .withQuantity(d("900"), UnitOfMeasure.L)
                .withAlcohol(d("40"), null, null);
        assertThat(DutyExpression.parse("19.56 GBP/LAL").evaluate(whisky).amount()).isEqualByComparingTo("7041.60");
    }

    @Test
    void appliesFloorAndCap() {
        String text = "13.8% MIN 13 GBP/100 kg MAX 15 GBP/100 kg";
        DutyExpression e = DutyExpression.parse(text);
        DutyContext heavyCheap = DutyContext.of(GBP, d("100")).withQuantity(d("1000"), UnitOfMeasure.KG);
        // 13.8 % of 100 = 13.80; floor 130, cap 150 → 130
        assertThat(e.evaluate(heavyCheap).amount()).isEqualByComparingTo("130");
        DutyContext lightDear = DutyContext.of(GBP, d("10000")).withQuantity(d("1000"), UnitOfMeasure.KG);
        // 13.8 % of 10,000 = 1,380; cap 150 → 150
        assertThat(e.evaluate(lightDear).amount()).isEqualByComparingTo("150");
        DutyContext between = DutyContext.of(GBP, d("1000")).withQuantity(d("1000"), UnitOfMeasure.KG);
        assertThat(e.evaluate(between).amount()).isEqualByComparingTo("138");
        assertThat(e.evaluate(between).explanation()).contains("minimum").contains("maximum");
    }

    @Test
    void takesWhicheverIsHigher() {
        DutyExpression e = DutyExpression.parse("MAX(10%, 20 TWD/kg)");
        assertThat(e.evaluate(DutyContext.of(CurrencyCode.TWD, d("1000")).withQuantity(d("8"), UnitOfMeasure.KG)).amount())
                .isEqualByComparingTo("160");
        assertThat(e.evaluate(DutyContext.of(CurrencyCode.TWD, d("5000")).withQuantity(d("8"), UnitOfMeasure.KG)).amount())
                .isEqualByComparingTo("500");
    }

    @Test
    void multipliesBySucrosePercent() {
        // UKTT-DC-SUCROSE-BRIX: 16,320 kg at 80 % sucrose, 0.30 GBP per 100 kg per % = 163.2 × 80 × 0.30
        DutyContext sugar = DutyContext.of(GBP, BigDecimal.ZERO).withQuantity(d("16320"), UnitOfMeasure.KG)
                .withProperty("sucrose", d("80"));
        assertThat(DutyExpression.parse("0.30 GBP/100 kg/% sucrose").evaluate(sugar).amount()).isEqualByComparingTo("3916.8");
    }

    @Test
    void readsTotalSolubleSolidsAsAPropertyAndTakesTheLowerAlternative() {
        // Customs Tariff Act 1995, Schedule 3, 2009.21.00 "5%, or, if lower, $0.45/kg TSS":
        // 1,000 kg of juice at 12 % total soluble solids = 120 kg TSS × 0.45 = 54 AUD, below 5 % of 2,000 = 100 AUD
        DutyExpression juice = DutyExpression.parse("min(5%, 0.45 aud/100 kg/% tss)");
        assertThat(juice.toString()).isEqualTo("MIN(5%, 0.45 AUD/100 kg/% TSS)");
        DutyContext ctx = DutyContext.of(AUD, d("2000")).withQuantity(d("1000"), UnitOfMeasure.KG).withProperty("TSS", d("12"));
        assertThat(juice.evaluate(ctx).amount()).isEqualByComparingTo("54");
        // at 30 % TSS the specific amount (135) is the higher one, so 5 % applies
        assertThat(juice.evaluate(ctx.withProperty("TSS", d("30"))).amount()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> juice.evaluate(DutyContext.of(AUD, d("2000")).withQuantity(d("1000"), UnitOfMeasure.KG)))
                .isInstanceOf(DutyContextIncomplete.class).hasMessageContaining("% TSS");
    }

    @Test
    void readsAFixedAmount() {
        DutyExpression fixed = DutyExpression.parse("833488 TWD");
        assertThat(fixed).isEqualTo(new DutyExpression.Fixed(d("833488"), CurrencyCode.TWD));
        assertThat(fixed.evaluate(DutyContext.of(CurrencyCode.TWD, d("1"))).amount()).isEqualByComparingTo("833488");
    }

    @Test
    void addsCompoundTerms() {
        DutyContext ctx = DutyContext.of(CurrencyCode.EUR, d("1000")).withQuantity(d("250"), UnitOfMeasure.KG);
        // 12 % of 1,000 = 120 plus 30 × 2.5 = 75
        assertThat(DutyExpression.parse("12% + 30 EUR/100 kg").evaluate(ctx).amount()).isEqualByComparingTo("195");
    }
}
