package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;

/**
 * The texts of the T2 leftovers (issue 9, t2minor), worded from the bundles in both languages, with no English in zh-TW:
 * a unit stored as Comtrade's code or abbreviation, an old failed import's stored exception text, a rank reversal and a
 * weight's label for exports, and the name of a product the file sums from the codes beneath it.
 */
class T2LeftoverTextsTest {

    static final Locale ZH = Locale.TRADITIONAL_CHINESE;
    static final Locale EN = Locale.ENGLISH;

    static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/markets", "i18n/messages");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    static final MessageTexts TEXTS = new MessageTexts(BUNDLES, new Formats(Clock.system(ZoneOffset.UTC)));

    /** As the application renders: with markets' stored-text upgrade and its country names (CHN → 中國). */
    static final org.springframework.beans.factory.support.StaticListableBeanFactory MARKETS_BEANS =
            new org.springframework.beans.factory.support.StaticListableBeanFactory(java.util.Map.of("storedMarketTexts", new StoredMarketTexts()));
    static final MessageTexts NAMED = new MessageTexts(BUNDLES, new Formats(Clock.system(ZoneOffset.UTC)),
            MARKETS_BEANS.getBeanProvider(org.tradedesk.platform.StoredMessageUpgrade.class),
            MARKETS_BEANS.getBeanProvider(org.tradedesk.platform.CountryNaming.class));

    static String render(MessageText m, Locale l) {
        return TEXTS.render(m, l);
    }

    /** 1. A Comtrade unit — the code 8 an import kept, its abbreviation kg, the customs code KGM — worded when read. */
    @Test
    void aStoredUnitCodeIsWordedInTheReadersLanguage() {
        for (String stored : List.of("8", "kg", "KGM")) {
            assertThat(render(QuantityUnits.quantity(stored), ZH)).as(stored).isEqualTo("公斤");
            assertThat(render(QuantityUnits.quantity(stored), EN)).as(stored).isEqualTo("kg");
            assertThat(render(QuantityUnits.unitValue(stored), ZH)).as(stored).isEqualTo("美元／公斤");
            assertThat(render(QuantityUnits.unitValue(stored), EN)).as(stored).isEqualTo("USD/kg");
        }
        assertThat(render(QuantityUnits.quantity("5"), ZH)).isEqualTo("個");
        assertThat(render(QuantityUnits.quantity("u"), EN)).isEqualTo("units");
        assertThat(render(QuantityUnits.quantity("12u"), ZH)).isEqualTo("打");
        // without case, and the common UN/ECE Rec. 20 codes customs files give, in both languages
        for (String stored : List.of("kgm", "Kgm", "KG")) {
            assertThat(render(QuantityUnits.quantity(stored), ZH)).as(stored).isEqualTo("公斤");
        }
        java.util.Map<String, String> zh = java.util.Map.ofEntries(java.util.Map.entry("TNE", "公噸"), java.util.Map.entry("grm", "公克"),
                java.util.Map.entry("CT", "箱"), java.util.Map.entry("PR", "雙"), java.util.Map.entry("SET", "件（包、組）"),
                java.util.Map.entry("LTR", "公升"), java.util.Map.entry("mtr", "公尺"), java.util.Map.entry("MTK", "平方公尺"),
                java.util.Map.entry("MTQ", "立方公尺"), java.util.Map.entry("NAR", "個"), java.util.Map.entry("dzn", "打"));
        java.util.Map<String, String> en = java.util.Map.ofEntries(java.util.Map.entry("TNE", "tonnes"), java.util.Map.entry("grm", "g"),
                java.util.Map.entry("CT", "cartons"), java.util.Map.entry("PR", "pairs"), java.util.Map.entry("SET", "packages"),
                java.util.Map.entry("LTR", "litres"), java.util.Map.entry("mtr", "m"), java.util.Map.entry("MTK", "m²"),
                java.util.Map.entry("MTQ", "m³"), java.util.Map.entry("NAR", "units"), java.util.Map.entry("dzn", "dozens"));
        zh.forEach((stored, worded) -> assertThat(render(QuantityUnits.quantity(stored), ZH)).as(stored).isEqualTo(worded));
        en.forEach((stored, worded) -> assertThat(render(QuantityUnits.quantity(stored), EN)).as(stored).isEqualTo(worded));
        assertThat(render(QuantityUnits.unitValue("TNE"), ZH)).isEqualTo("美元／公噸");
        assertThat(render(QuantityUnits.unitValue("tne"), EN)).isEqualTo("USD/tonne"); // per unit in the singular (t2fixL 10: "USD/units")
        // the net-weight stand-in as before; a unit of no list printed as the file gives it
        assertThat(render(QuantityUnits.quantity(TradeRow.NET_WEIGHT_KG), ZH)).isEqualTo("公斤（淨重）");
        assertThat(render(QuantityUnits.quantity("千個"), ZH)).isEqualTo("千個");
        assertThat(QuantityUnits.quantity("-1").code()).isEqualTo("markets.units.as-imported");
        // a unit text saved before (a stored analysis): read as worded now
        MessageText saved = MessageText.of("markets.units.as-imported", MessageText.Arg.literal("8"));
        assertThat(render(QuantityUnits.upgrade(saved), ZH)).isEqualTo("公斤");
        assertThat(render(QuantityUnits.upgrade(MessageText.of("markets.units.as-imported", MessageText.Arg.literal("USD/kg"))), ZH))
                .isEqualTo("美元／公斤");
        // the mixed-units note of a period
        SeriesView.Point p = new SeriesView.Point("2010", java.math.BigDecimal.TEN, null, null, null, null, List.of("8", "u"), false, null);
        assertThat(render(p.unitsNote(), ZH)).isEqualTo("單位不一（公斤、個）：未加總");
    }

    static DatasetView failed(String code, String message, Long line, List<Object> args) {
        return new DatasetView(41, "f.csv", "x", 1, null, null, null, DatasetStatus.FAILED, 100, null, null, null, null, null, null,
                null, null, code, message, line, "analyst", Instant.EPOCH, Instant.EPOCH, null, null, List.of(), false, args);
    }

    /** 6. An old failed import kept the exception's English text: read now as the import number to give, in the reader's language. */
    @Test
    void anOldFailureIsReadWithoutItsEnglishExceptionText() {
        DatasetView old = failed("markets.import.failed", "IllegalStateException: DuckDB append failed", null, null);
        String zh = ImportFailures.text(old, BUNDLES, ZH);
        assertThat(zh).isEqualTo("匯入因錯誤而中止，未儲存任何資料。請重新匯入檔案；若再次失敗，請將匯入編號 41 告知管理員。")
                .doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(ImportFailures.text(old, BUNDLES, EN)).doesNotContain("IllegalStateException", "DuckDB").contains("import number 41");
        // a refusal stored before t2minor: its line and detail, worded as before
        DatasetView refused = failed("markets.import.missing-column", "Value", 1L, null);
        assertThat(ImportFailures.text(refused, BUNDLES, ZH)).startsWith("第 1 行").contains("Value");
        // stored from now on: the code with its arguments (the line ungrouped)
        DatasetView now = failed("markets.import.no-rows", null, null, List.of(0L, 1234L));
        assertThat(ImportFailures.text(now, BUNDLES, EN)).isEqualTo(BUNDLES.getMessage("markets.import.no-rows", new Object[] {0L, 1234L}, EN));
        DatasetView cut = failed("markets.import.cut-off", null, 1234L, List.of(1234L, "3/6"));
        assertThat(ImportFailures.text(cut, BUNDLES, EN)).startsWith("Line 1234:").contains("3/6");
        DatasetView interrupted = failed("markets.import.interrupted", "the import stopped (its instance went away)", null, null);
        assertThat(ImportFailures.text(interrupted, BUNDLES, ZH)).doesNotContainPattern("[A-Za-z]{3,}");
    }

    /** 4. Exports are supply: a reversal and a weight's label name the criterion for exports, in both languages. */
    @Test
    void aReversalAndAWeightLabelForExportsSaySupply() {
        // review T2: the markets by their names (the product's markets country list), never their codes inside the sentence
        assertThat(NAMED.render(ResearchReports.reversal("DEMAND_SIZE ×1.2: KOR > CHN", "X"), EN))
                .isEqualTo("Export size (supply), weight × 1.2: Rep. of Korea now ranks above China");
        assertThat(NAMED.render(ResearchReports.reversal("DEMAND_GROWTH ×0.8: KOR > CHN", "X"), ZH))
                .isEqualTo("出口成長（供給），權重 × 0.8：南韓的排名升至中國之上");
        assertThat(render(ResearchReports.reversal("DEMAND_SIZE ×1.2: KOR > CHN", "M"), ZH)).startsWith("需求規模，");
        // a text of another shape is printed as given, through a plain message (not a unit's, which the stored texts' upgrade rewrites)
        MessageText odd = ResearchReports.reversal("8 ranks oddly", "M");
        assertThat(odd.code()).isEqualTo("markets.text.as-given");
        assertThat(render(odd, ZH)).isEqualTo("8 ranks oddly");
        ParameterInvalid weight = ParameterInvalid.weight("DEMAND_SIZE", "X", "-1", "markets.query.reason.weight-negative");
        ParameterInvalid.Label label = (ParameterInvalid.Label) weight.arguments()[0];
        assertThat(BUNDLES.getMessage(label, EN)).isEqualTo("Weight of Export size (supply)");
        assertThat(BUNDLES.getMessage(label, ZH)).isEqualTo("權重：出口規模（供給）");
        assertThat(BUNDLES.getMessage(new ParameterInvalid.Label("weights.DEMAND_SIZE"), ZH)).isEqualTo("權重：需求規模");
    }

    /** 3. A product the file sums from the codes beneath it is named where the HS titles hold it, in the reader's language. */
    @Test
    void theProductNoteNamesTheProduct() {
        MessageText note = MarketDatasets.productSummed("85", List.of("8542"));
        assertThat(render(note, ZH)).startsWith("檔案中沒有貨品 85（電機與設備及其零件）本身的資料").doesNotContain("Electrical");
        assertThat(render(note, EN)).startsWith("The file does not hold product 85 (Electrical machinery and equipment and parts thereof) itself");
        // a code the titles do not hold: its code as before
        assertThat(MarketDatasets.productSummed("854", List.of("8542")).code()).isEqualTo("markets.series.product-summed");
    }

    /**
     * Review T2: every markets text that names a market names it — the decision check, the scoring's tariff note, a mirror
     * figure's basis — in both languages, recorded now (a country argument) or stored before (a plain code, read as a country).
     */
    @Test
    void marketsInDecisionChecksScoringNotesAndMirrorBasesAreNamedNotCoded() {
        MessageText now = MessageText.of("markets.stats.decision.outranked", MessageText.Arg.country("KOR"), MessageText.Arg.number(3),
                MessageText.Arg.country("USA,JPN"));
        MessageText stored = MessageText.of("markets.stats.decision.outranked", MessageText.Arg.literal("KOR"), MessageText.Arg.number(3),
                MessageText.Arg.literal("USA, JPN"));
        for (MessageText m : List.of(now, stored)) {
            assertThat(NAMED.render(m, ZH)).isEqualTo("選擇了市場南韓（第 3 名），但其分數低於未選擇之美國、日本；未說明理由。");
            assertThat(NAMED.render(m, EN)).isEqualTo("Market Rep. of Korea (rank 3) was chosen, but it scores lower than United States, Japan, not chosen; no reason is stated.");
        }
        assertThat(NAMED.render(MessageText.of("markets.stats.scoring.tariff-provenance", MessageText.Arg.literal("CHN"),
                MessageText.Arg.code("markets.stats.tariff-source.typed-by-user")), ZH)).startsWith("中國之關稅：");
        assertThat(NAMED.render(org.tradedesk.markets.domain.stats.MirrorFlows.forNonReporter(List.of(
                new org.tradedesk.markets.domain.stats.Observation(2023, "KOR", "490", "8542",
                        org.tradedesk.markets.domain.stats.TradeFlow.IMPORT, 1.0, null)), "490").get(0).basis(), ZH))
                .isEqualTo("鏡像數據：取自南韓申報之進口，以 CIF 計價（本身出口應為 FOB）。");
        // a two-letter code (taxes, clearance) keeps the JDK's name; a code no list holds stays as it is
        assertThat(NAMED.render(MessageText.of("markets.stats.decision.not-scored", MessageText.Arg.country("XYZ")), EN))
                .isEqualTo("Market XYZ was chosen but not scored.");
    }
}
