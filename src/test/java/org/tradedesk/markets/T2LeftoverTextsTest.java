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
        assertThat(render(QuantityUnits.unitValue("tne"), EN)).isEqualTo("USD/tonnes");
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
        assertThat(render(ResearchReports.reversal("DEMAND_SIZE ×1.2: KOR > CHN", "X"), EN))
                .isEqualTo("Export size (supply), weight × 1.2: KOR now ranks above CHN");
        assertThat(render(ResearchReports.reversal("DEMAND_GROWTH ×0.8: KOR > CHN", "X"), ZH))
                .isEqualTo("出口成長（供給），權重 × 0.8：KOR 的排名升至 CHN 之上");
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
}
