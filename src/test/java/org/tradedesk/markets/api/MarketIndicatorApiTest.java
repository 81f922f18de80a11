package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9: market indicators of one product across all markets and years ({@code GET /datasets/{id}/indicators}), on the
 * real Comtrade files of {@code ../shared/data/markets/} and one constructed fixture for RCA and Taiwan as a mirror partner
 * ({@code markets/indicators/SOURCE.md}). Every expected figure is worked out here from the file's rows, by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MarketIndicatorApiTest {

    @Autowired
    MockMvc mvc;

    static byte[] file(String name) throws IOException {
        try (InputStream in = MarketIndicatorApiTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    long upload(String name) throws Exception {
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", file(name))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 201))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    String indicators(long id, String product, String flow, String from, String to, String lang) throws Exception {
        return indicators(id, product, flow, null, from, to, lang);
    }

    String indicators(long id, String product, String flow, String partner, String from, String to, String lang) throws Exception {
        var request = get("/api/v1/markets/datasets/" + id + "/indicators").param("product", product).param("flow", flow)
                .header("Accept-Language", lang);
        if (partner != null) {
            request = request.param("partner", partner);
        }
        if (from != null) {
            request = request.param("from", from);
        }
        if (to != null) {
            request = request.param("to", to);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The one number a path gives (a filter gives a list: it must hold exactly one). */
    static double number(String json, String path) {
        Object found = JsonPath.read(json, path);
        if (found instanceof List<?> list) {
            assertThat(list).as(path + " in " + json).hasSize(1);
            found = list.get(0);
        }
        assertThat(found).as(path + " in " + json).isInstanceOf(Number.class);
        return ((Number) found).doubleValue();
    }

    @Test
    void portalFileGivesEachExporterItsValueShareAndGrowthAndSaysWhyRcaIsNotComputable() throws Exception {
        long id = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        String json = indicators(id, "8542", "X", "2019", "2024", "en");
        assertThat(JsonPath.<List<Object>>read(json, "$.rows")).hasSize(18); // 3 reporters × 6 years, no mirror (partner is the World only)
        // the data README's figures: China 2019–2024 CAGR 9.37 %, trend 8.02 %; Korea 8.73 % / 6.61 %; USA 4.78 % / 3.19 %
        assertThat(number(json, "$.markets[?(@.iso3 == 'CHN')].cagr.value")).isCloseTo(0.0937, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'CHN')].trendGrowth.value")).isCloseTo(0.0802, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'KOR')].cagr.value")).isCloseTo(0.0873, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'KOR')].trendGrowth.value")).isCloseTo(0.0661, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'USA')].cagr.value")).isCloseTo(0.0478, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'USA')].trendGrowth.value")).isCloseTo(0.0319, offset(0.00005));
        assertThat(number(json, "$.markets[?(@.iso3 == 'CHN')].trendGrowthCi[0]")).isLessThan(0.0802);
        assertThat(number(json, "$.markets[?(@.iso3 == 'CHN')].trendGrowthCi[1]")).isGreaterThan(0.0802);
        String chn2024 = "$.rows[?(@.iso3 == 'CHN' && @.year == 2024)]";
        assertThat(number(json, chn2024 + ".value")).isEqualTo(159747196497.0);
        // 2024 from the file: CHN 159,747,196,497; KOR 120,189,285,084; USA 50,634,521,686
        assertThat(number(json, chn2024 + ".marketShare.value"))
                .isCloseTo(159747196497.0 / (159747196497.0 + 120189285084.0 + 50634521686.0), offset(1e-12));
        // 2020 over 2019: 116,989,221,967 / 102,102,959,980 − 1
        assertThat(number(json, "$.rows[?(@.iso3 == 'CHN' && @.year == 2020)].yoyGrowth.value"))
                .isCloseTo(116989221967.0 / 102102959980.0 - 1, offset(1e-12));
        // the 2019 row has no previous year in the range asked for
        assertThat(JsonPath.<List<Object>>read(json, "$.rows[?(@.iso3 == 'CHN' && @.year == 2019)].yoyGrowth.value").get(0)).isNull();
        // one product in the file and no TOTAL row: RCA is null with its reason; one flow: no trade balance
        assertThat(JsonPath.<List<Object>>read(json, chn2024 + ".rca.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(json, chn2024 + ".rca.notes[0]").get(0)).contains("only this product");
        assertThat(JsonPath.<String>read(json, "$.rcaBasis")).contains("RCA not computable");
        assertThat(JsonPath.<List<String>>read(json, chn2024 + ".relativeTradeBalance.notes[0]").get(0)).contains("one flow");
        // no quantity (qtyUnit N/A) but a net weight of 44,286,049.088 kg: the unit value is per kg of net weight (review)
        assertThat(number(json, chn2024 + ".unitValue.value")).isCloseTo(159747196497.0 / 44286049.088, offset(1e-9));
        assertThat(JsonPath.<List<String>>read(json, chn2024 + ".quantityUnit").get(0)).isEqualTo("kg (net weight)");
        assertThat(JsonPath.<List<String>>read(json, chn2024 + ".quantityUnitCode").get(0)).isEqualTo("netWgt"); // review F9: a code, the words only in quantityUnit
        assertThat(JsonPath.<List<String>>read(json, chn2024 + ".marketShare.formula").get(0)).isEqualTo("markets.indicators.formula.share-of-reporters");
        // the reader's language: the formula and the reasons in Chinese
        String zh = indicators(id, "8542", "X", "2019", "2024", "zh-TW");
        assertThat(JsonPath.<String>read(zh, "$.rcaBasis")).contains("無法計算顯示性比較利益");
        assertThat(JsonPath.<List<String>>read(zh, "$.markets[?(@.iso3 == 'CHN')].cagr.formulaText").get(0)).contains("年複合成長率");
    }

    @Test
    void noTrendUnderFourYears() throws Exception {
        long id = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        String json = indicators(id, "8542", "X", "2022", "2024", "en");
        assertThat(JsonPath.<List<Object>>read(json, "$.markets[?(@.iso3 == 'CHN')].trendGrowth.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(json, "$.markets[?(@.iso3 == 'CHN')].trendGrowth.notes[0]").get(0)).contains("Fewer than 4 years (3)");
        // CAGR needs two years, not four: it is given where the trend is not
        assertThat(JsonPath.<List<Object>>read(json, "$.markets[?(@.iso3 == 'CHN')].cagr.value").get(0)).isNotNull();
    }

    @Test
    void legacyFileGivesIndiasTradeBalanceWithChinaAndChinasMirrorImports() throws Exception {
        long id = upload("comtrade_legacy_IND_CHN_H3_2010.csv");
        String json = indicators(id, "8542", "M", null, null, "en");
        // the file has no World rows: India's trade with its one partner, China (156); 8542 in 2010: imports 148,712,521,
        // exports 1,947,069 (the 4-digit rows, not the 6-digit ones beneath them)
        assertThat(JsonPath.<String>read(json, "$.basis")).contains("no World rows");
        String ind = "$.rows[?(@.code == '699' && @.mirror == false)]";
        assertThat(number(json, ind + ".value")).isEqualTo(148712521.0);
        assertThat(number(json, ind + ".relativeTradeBalance.value")).isCloseTo((1947069.0 - 148712521.0) / (1947069.0 + 148712521.0),
                offset(1e-12));
        // all products are in the file (96 chapters), but India is its only reporter: the world would be India itself
        assertThat(JsonPath.<List<String>>read(json, ind + ".rca.notes[0]").get(0)).contains("only one reporter");
        // China reports nothing here: its imports of 8542 from India are India's exports to it
        String chn = "$.rows[?(@.code == '156' && @.mirror == true)]";
        assertThat(number(json, chn + ".value")).isEqualTo(1947069.0);
        assertThat(JsonPath.<List<String>>read(json, chn + ".notes[0]").get(0)).contains("Mirror estimate");
    }

    @Test
    void apiFileGivesTheUsasMirrorExportsWithoutDoubleCountingTheSecondPartnerRows() throws Exception {
        long id = upload("comtrade_v1_CHN_imports_from_USA_HS8542_2010_2024.csv");
        String json = indicators(id, "8542", "X", "2010", "2011", "en");
        // China's imports from the USA, rows with partner2Code 0 only: 2010 = 7,903,767,147; 2011 = 6,368,050,147
        assertThat(number(json, "$.rows[?(@.code == '842' && @.year == 2010)].value")).isEqualTo(7903767147.0);
        assertThat(number(json, "$.rows[?(@.code == '842' && @.year == 2011)].value")).isEqualTo(6368050147.0);
        assertThat(JsonPath.<List<Boolean>>read(json, "$.rows[*].mirror")).containsOnly(true);
    }

    @Test
    void constructedFileGivesRcaAgainstTheChaptersAndTaiwansMirrorImports() throws Exception {
        long id = upload("indicators/rca_mirror_legacy.csv");
        String x = indicators(id, "8542", "X", null, null, "en");
        // RCA 2020, Korea: (300 / (600 + 400)) / ((300 + 50) / (1000 + 1000)) = 0.3 / 0.175; USA: (50 / 1000) / 0.175
        assertThat(number(x, "$.rows[?(@.code == '410' && @.year == 2020)].rca.value")).isCloseTo(0.3 / 0.175, offset(1e-12));
        assertThat(number(x, "$.rows[?(@.code == '842' && @.year == 2020)].rca.value")).isCloseTo(0.05 / 0.175, offset(1e-12));
        // 2021, Korea: (400 / 1000) / (500 / 2000) = 1.6
        assertThat(number(x, "$.rows[?(@.code == '410' && @.year == 2021)].rca.value")).isCloseTo(1.6, offset(1e-12));
        assertThat(JsonPath.<String>read(x, "$.rcaBasis")).contains("(product codes: 2, 2 digits)");
        // Korea's trade balance in 8542, 2020: (300 − 200) / (300 + 200); the unit value 300 / 3 kg
        assertThat(number(x, "$.rows[?(@.code == '410' && @.year == 2020)].relativeTradeBalance.value")).isCloseTo(0.2, offset(1e-12));
        assertThat(number(x, "$.rows[?(@.code == '410' && @.year == 2020)].unitValue.value")).isCloseTo(100.0, offset(1e-9));
        // share of Korea in the two reporters' exports 2021: 400 / 500; CAGR 2020–2021: 400 / 300 − 1
        assertThat(number(x, "$.rows[?(@.code == '410' && @.year == 2021)].marketShare.value")).isCloseTo(0.8, offset(1e-12));
        assertThat(number(x, "$.markets[?(@.code == '410')].cagr.value")).isCloseTo(400.0 / 300 - 1, offset(1e-12));
        // Taiwan (490) reports nothing: its imports of 8542 are Korea's and the USA's exports to it, 120 + 10 and 150 + 20
        String m = indicators(id, "8542", "M", null, null, "en");
        assertThat(number(m, "$.rows[?(@.code == '490' && @.year == 2020)].value")).isEqualTo(130.0);
        assertThat(number(m, "$.rows[?(@.code == '490' && @.year == 2021)].value")).isEqualTo(170.0);
        assertThat(JsonPath.<List<Boolean>>read(m, "$.rows[?(@.code == '490')].mirror")).containsOnly(true);
        assertThat(JsonPath.<List<String>>read(m, "$.rows[?(@.code == '490' && @.year == 2020)].iso3")).containsOnly("TWN");
        assertThat(JsonPath.<List<String>>read(m, "$.rows[?(@.code == '490' && @.year == 2020)].notes[0]").get(0))
                .contains("the reporting countries declare (reporters: 2;");
    }

    /**
     * t2ind: share of partner, trade intensity and complementarity on the constructed file {@code partner_wits_legacy.csv}
     * (2020; chapters 84 and 85 are all products: its TOTAL rows say so, Korea's imports 1004 against 500 + 500, within
     * 0.5 %), every figure worked out by hand from its rows.
     */
    @Test
    void constructedFileGivesShareOfPartnerTradeIntensityAndComplementarityAsWitsDefinesThem() throws Exception {
        long id = upload("indicators/partner_wits_legacy.csv");
        // imports of 8542 from Taiwan (490), partner given by its ISO3
        String m = indicators(id, "8542", "M", "TWN", null, null, "en");
        assertThat(JsonPath.<String>read(m, "$.partner")).isEqualTo("490");
        String kor = "$.rows[?(@.code == '410' && @.mirror == false)]";
        String usa = "$.rows[?(@.code == '842' && @.mirror == false)]";
        String chn = "$.rows[?(@.code == '156' && @.mirror == false)]";
        // share of partner: Korea's imports of 8542 from Taiwan 100 over its imports from the World 400; USA 20 / 200
        assertThat(number(m, kor + ".shareOfPartner.value")).isCloseTo(100.0 / 400, offset(1e-12));
        assertThat(number(m, usa + ".shareOfPartner.value")).isCloseTo(20.0 / 200, offset(1e-12));
        // China has no row with Taiwan: not computable (a missing row is not read as zero), and no intensity either
        assertThat(JsonPath.<List<Object>>read(m, chn + ".shareOfPartner.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(m, chn + ".shareOfPartner.notes[0]").get(0)).contains("no row of China (CHN)", "Taiwan (TWN)", "2020");
        assertThat(JsonPath.<List<Object>>read(m, chn + ".tradeIntensity.value").get(0)).isNull();
        // trade intensity (WITS): the world = every reporter with a World row of 8542, X_wt = 400 (Korea) + 200 (the USA)
        // + 600 (China) = 1200; x_wj = 100 + 20 = 120 (China declares no row with Taiwan: 0); world share 120 / 1200 = 0.1;
        // Korea (100 / 400) / 0.1 = 2.5, the USA (20 / 200) / 0.1 = 1.0
        assertThat(number(m, kor + ".tradeIntensity.value")).isCloseTo(2.5, offset(1e-12));
        assertThat(number(m, usa + ".tradeIntensity.value")).isCloseTo(1.0, offset(1e-12));
        assertThat(JsonPath.<List<String>>read(m, kor + ".tradeIntensity.notes[0]").get(0))
                .contains("reporters: 3; of them declaring trade with the partner: 2");
        // Taiwan reports nothing, so its exports by chapter are unknown: no complementarity, with the reason
        assertThat(JsonPath.<List<String>>read(m, kor + ".tradeComplementarity.notes[0]").get(0)).contains("490", "no exports by product");
        assertThat(JsonPath.<String>read(m, "$.partnerBasis")).contains("partner Taiwan (Other Asia, nes) (490)", "(product codes: 2, 2 digits;");

        // exports to Taiwan: Korea 125 / 500 = 0.25, the USA 15 / 150 = 0.1; world share (125 + 15) / (500 + 150) = 140 / 650
        // (China reports no exports: the World of exporters is Korea and the USA, X_wt = 650)
        String x = indicators(id, "8542", "X", "490", null, null, "en");
        assertThat(number(x, kor + ".shareOfPartner.value")).isCloseTo(0.25, offset(1e-12));
        assertThat(number(x, kor + ".tradeIntensity.value")).isCloseTo(0.25 / (140.0 / 650), offset(1e-12));
        assertThat(number(x, usa + ".tradeIntensity.value")).isCloseTo(0.1 / (140.0 / 650), offset(1e-12));
        assertThat(JsonPath.<List<String>>read(x, kor + ".tradeIntensity.formula").get(0)).isEqualTo("markets.stats.formula.trade-intensity");

        // the USA as partner, imports: complementarity of each market's imports with the USA's exports by chapter
        // (84: 700 / 1000 = 0.7, 85: 0.3). Korea imports 500 / 500: 100 (1 − (|0.5 − 0.7| + |0.5 − 0.3|) / 2) = 80;
        // the USA 900 / 300: 100 (1 − (0.05 + 0.05) / 2) = 95; China 200 / 800: 100 (1 − (0.5 + 0.5) / 2) = 50
        String mUsa = indicators(id, "8542", "M", "842", null, null, "en");
        assertThat(number(mUsa, kor + ".tradeComplementarity.value")).isCloseTo(80.0, offset(1e-9));
        assertThat(number(mUsa, usa + ".tradeComplementarity.value")).isCloseTo(95.0, offset(1e-9));
        assertThat(number(mUsa, chn + ".tradeComplementarity.value")).isCloseTo(50.0, offset(1e-9));
        // Korea's imports of 8542 from the USA 40 / 400; only Korea declares a row with the USA: no intensity
        assertThat(number(mUsa, kor + ".shareOfPartner.value")).isCloseTo(0.1, offset(1e-12));
        assertThat(JsonPath.<List<String>>read(mUsa, kor + ".tradeIntensity.notes[0]").get(0)).contains("fewer than two reporters");
        // exports: each exporter's exports by chapter against the USA's imports (84: 900 / 1200 = 0.75, 85: 0.25); Korea
        // exports 100 / 900 of 1000: 100 (1 − (|0.1 − 0.75| + |0.9 − 0.25|) / 2) = 35; the USA 0.7 / 0.3: 95
        String xUsa = indicators(id, "8542", "X", "USA", null, null, "en");
        assertThat(number(xUsa, kor + ".tradeComplementarity.value")).isCloseTo(35.0, offset(1e-9));
        assertThat(number(xUsa, usa + ".tradeComplementarity.value")).isCloseTo(95.0, offset(1e-9));
        // China as partner: it reports imports only (84: 200 / 1000 = 0.2, 85: 0.8), so exporters are compared with them —
        // Korea 100 (1 − (|0.1 − 0.2| + |0.9 − 0.8|) / 2) = 90, the USA 100 (1 − (0.5 + 0.5) / 2) = 50 — and importers
        // have no complementarity with China's (unreported) exports
        String xChn = indicators(id, "8542", "X", "156", null, null, "en");
        assertThat(number(xChn, kor + ".tradeComplementarity.value")).isCloseTo(90.0, offset(1e-9));
        assertThat(number(xChn, usa + ".tradeComplementarity.value")).isCloseTo(50.0, offset(1e-9));
        String mChn = indicators(id, "8542", "M", "156", null, null, "en");
        assertThat(JsonPath.<List<String>>read(mChn, kor + ".tradeComplementarity.notes[0]").get(0)).contains("156", "no exports by product");

        // review: the shares come from the top-level codes only, so they must be all products. The same file with China's
        // imports TOTAL 2000 (its chapters 200 + 800 = 1000 are half of it): China's complementarity with the USA is not
        // computable, Korea's (1000 of 1004) stays 80
        long partial = upload("indicators/partner_wits_legacy_partial.csv");
        String mUsaPartial = indicators(partial, "8542", "M", "842", null, null, "en");
        assertThat(JsonPath.<List<Object>>read(mUsaPartial, chn + ".tradeComplementarity.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(mUsaPartial, chn + ".tradeComplementarity.notes[0]").get(0))
                .contains("do not add up to the TOTAL of 156 or of partner 842 in 2020");
        assertThat(number(mUsaPartial, kor + ".tradeComplementarity.value")).isCloseTo(80.0, offset(1e-9));
        // China as the partner: its imports by chapter are half its TOTAL, so no exporter has a complementarity with them
        String xChnPartial = indicators(partial, "8542", "X", "156", null, null, "en");
        assertThat(JsonPath.<List<Object>>read(xChnPartial, kor + ".tradeComplementarity.value").get(0)).isNull();
        // and the file without TOTAL rows: nothing shows the two chapters are all products
        long noTotal = upload("indicators/partner_wits_legacy_no_total.csv");
        String mUsaNoTotal = indicators(noTotal, "8542", "M", "842", null, null, "en");
        assertThat(JsonPath.<List<Object>>read(mUsaNoTotal, kor + ".tradeComplementarity.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(mUsaNoTotal, kor + ".tradeComplementarity.notes[0]").get(0)).contains("no TOTAL rows");
        // the reader's language
        String zh = indicators(id, "8542", "M", "490", null, null, "zh-TW");
        assertThat(JsonPath.<List<String>>read(zh, chn + ".shareOfPartner.notes[0]").get(0)).contains("無法計算", "缺列不視為零");
        assertThat(JsonPath.<List<String>>read(zh, kor + ".tradeIntensity.formulaText").get(0)).contains("貿易密集度");
    }

    @Test
    void realFilesSayWhyThePartnerFiguresAreNotComputable() throws Exception {
        // the portal file: exports to the World only, one product: no row with Taiwan, no products to compare
        long portal = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        String p = indicators(portal, "8542", "X", "490", "2024", "2024", "en");
        String chn = "$.rows[?(@.iso3 == 'CHN' && @.year == 2024)]";
        assertThat(JsonPath.<List<String>>read(p, chn + ".shareOfPartner.notes[0]").get(0)).contains("no row of China (CHN)", "Taiwan (TWN)", "2024")
                .doesNotContain("156", "490"); // t2fixO: the countries by name in the reader's language, never their numbers
        assertThat(JsonPath.<List<String>>read(p, chn + ".tradeComplementarity.notes[0]").get(0)).contains("one product code");
        // without a partner the three say so
        String none = indicators(portal, "8542", "X", null, "2024", "2024", "en");
        assertThat(JsonPath.<List<String>>read(none, chn + ".tradeIntensity.notes[0]").get(0)).contains("no partner chosen");
        assertThat(JsonPath.<String>read(none, "$.partnerBasis")).contains("No partner chosen");
        // the legacy file has no World rows: India's total imports of 8542 are not known, so no share of China
        long legacy = upload("comtrade_legacy_IND_CHN_H3_2010.csv");
        String l = indicators(legacy, "8542", "M", "156", null, null, "en");
        String ind = "$.rows[?(@.code == '699' && @.mirror == false)]";
        assertThat(JsonPath.<List<String>>read(l, ind + ".shareOfPartner.notes[0]").get(0)).contains("no World rows");
        assertThat(JsonPath.<List<String>>read(l, ind + ".tradeComplementarity.notes[0]").get(0)).contains("no World rows");
        // China's mirror row has none of the three
        assertThat(JsonPath.<List<String>>read(l, "$.rows[?(@.code == '156' && @.mirror == true)].shareOfPartner.notes[0]").get(0))
                .contains("mirror estimate");
        // the World is no partner: 400 naming the field
        mvc.perform(get("/api/v1/markets/datasets/" + portal + "/indicators").param("product", "8542").param("flow", "X")
                        .param("partner", "0"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("partner"));
    }

    @Test
    void badParametersAre400NamingTheField() throws Exception {
        long id = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "Q"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("flow"));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("flow", "X"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("product"));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X").param("from", "abc")
                        .header("Accept-Language", "zh-TW"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].label").value(containsString("年")));
        mvc.perform(get("/api/v1/markets/datasets/" + id + "/indicators").param("product", "8542").param("flow", "X").param("from", "2024")
                        .param("to", "2019"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    /**
     * Review: {@code MarketIndicatorsPartialYearTest} feeds the previous row's months by hand; here the real statement's
     * {@code lag(partial_to_month)} does. Taiwan customs rows: 2023 January–July (preliminary) 600, 2024 full 1000, 2025
     * full 1100 (thousand USD). 2024 after the partial 2023 has no growth rate, with the reason; 2025 over 2024 = 1100 / 1000
     * − 1 = 0.1.
     */
    @Test
    void aFullYearAfterAPartialOneHasNoGrowthRateFromTheStatement() throws Exception {
        long id = upload("indicators/ga30_partial_then_full.csv");
        String json = indicators(id, "8542", "X", null, null, "en");
        String y2024 = "$.rows[?(@.iso3 == 'TWN' && @.mirror == false && @.year == 2024)]";
        assertThat(JsonPath.<List<Object>>read(json, y2024 + ".yoyGrowth.value").get(0)).isNull();
        assertThat(JsonPath.<List<String>>read(json, y2024 + ".yoyGrowth.notes[0]").get(0))
                .isEqualTo("No growth rate: the previous year covers January to month 7 only, not a full year.");
        assertThat(number(json, "$.rows[?(@.iso3 == 'TWN' && @.mirror == false && @.year == 2025)].yoyGrowth.value"))
                .isCloseTo(1100.0 / 1000 - 1, offset(1e-12));
    }

    /**
     * Review: the series API gave the net-weight stand-in only as the raw "kg (net weight)" (its worded units were methods,
     * not JSON fields) and the indicators API had no text for the unit value's unit. China's 2019 exports in the portal
     * file have no quantity of their own but a net weight (TradeFileReaderTest): in zh-TW both APIs word the units.
     */
    @Test
    void theNetWeightUnitIsWordedInTheReadersLanguageInBothApis() throws Exception {
        long id = upload("comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv");
        String series = mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", "CHN").param("flow", "X")
                        .param("product", "8542").header("Accept-Language", "zh-TW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String p2019 = "$.points[?(@.period == '2019')]";
        // t2minor: one shape in both APIs — the units worded under quantityUnit / unitValueUnit, the stored unit as quantityUnitCode
        assertThat(JsonPath.<List<String>>read(series, p2019 + ".quantityUnit").get(0)).isEqualTo("公斤（淨重）");
        assertThat(JsonPath.<List<String>>read(series, p2019 + ".unitValueUnit").get(0)).isEqualTo("美元／每公斤（淨重）");
        assertThat(JsonPath.<List<String>>read(series, p2019 + ".quantityUnitCode").get(0)).isEqualTo("netWgt"); // review F9: a code, the words only in quantityUnit
        String zh = indicators(id, "8542", "X", null, null, "zh-TW");
        String chn2019 = "$.rows[?(@.iso3 == 'CHN' && @.mirror == false && @.year == 2019)]";
        assertThat(JsonPath.<List<String>>read(zh, chn2019 + ".quantityUnit").get(0)).isEqualTo("公斤（淨重）");
        assertThat(JsonPath.<List<String>>read(zh, chn2019 + ".unitValueUnit").get(0)).isEqualTo("美元／每公斤（淨重）");
        assertThat(JsonPath.<List<String>>read(zh, chn2019 + ".quantityUnitCode").get(0)).isEqualTo("netWgt"); // review F9: a code, the words only in quantityUnit
    }

    /**
     * R3: since 2026-12-07 {@code /series} and {@code /indicators} put worded text in {@code quantityUnit},
     * {@code unitValueUnit} and {@code mixedUnits}, the stored codes in {@code quantityUnitCode} and {@code mixedUnitCodes}:
     * the OpenAPI descriptions of these fields say so (a client reading the document learns of the change).
     */
    @Test
    void theOpenApiDescriptionsOfTheUnitFieldsSayWordedTextAndTheCodeFields() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        tools.jackson.databind.JsonNode schemas = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body)
                .path("components").path("schemas");
        java.util.List<String> names = new java.util.ArrayList<>(schemas.propertyNames());
        for (String schema : List.of("PointJson", "RowJson")) {
            assertThat(names).as("the schemas of the document").contains(schema);
            tools.jackson.databind.JsonNode p = schemas.path(schema).path("properties");
            assertThat(p.path("quantityUnit").path("description").asString()).as(schema)
                    .contains("worded text in the caller's language").contains("2026-12-07").contains("quantityUnitCode");
            assertThat(p.path("unitValueUnit").path("description").asString()).as(schema)
                    .contains("worded text in the caller's language").contains("2026-12-07");
            assertThat(p.path("quantityUnitCode").path("description").asString()).as(schema).contains("as stored");
        }
        tools.jackson.databind.JsonNode point = schemas.path("PointJson").path("properties");
        assertThat(point.path("mixedUnits").path("description").asString()).contains("worded text").contains("mixedUnitCodes");
        assertThat(point.path("mixedUnitCodes").path("description").asString()).contains("as stored");
    }
}
