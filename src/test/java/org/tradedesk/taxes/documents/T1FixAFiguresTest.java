package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Acceptance review r-t1: F6 one form of a whole-NT$ figure (the fee's working, the saved total in the API and the list,
 * the unit of a rate per litre of alcohol in one wording per language); F10 the base a duty on the retail price was
 * worked on; F12 a strength outside the range the tariff item's text states is warned of, in both languages.
 */
class T1FixAFiguresTest extends T1ReviewTestSupport {

    static final String TW = """
            {"jurisdiction":"TW","date":"2026-03-02","currency":"USD","incoterm":"FOB","exchangeRate":32.15,
             "freight":120,"insurance":15,
             "lines":[{"description":"Bluetooth speaker","tariffCode":"85182200","origin":"CN","value":2000,
                       "quantity":100,"unit":"No","measures":{"duty":"MAX(10%, 20 TWD/No)"}}]}""";

    private JsonNode calculate(String body, String lang) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", lang)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static JsonNode step(JsonNode r, String code) {
        for (JsonNode s : r.get("steps")) {
            if (s.get("code").asString().equals(code)) {
                return s;
            }
        }
        throw new AssertionError("no step " + code);
    }

    private static JsonNode total(JsonNode r, String code) {
        for (JsonNode t : r.get("taxes")) {
            if (t.get("code").asString().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no total " + code);
    }

    @Test
    void theFeesWorkingGivesWholeDollarsAsTheLawRoundsThem() throws Exception {
        // fee 0.04 % of 68,640.25 = 27.456 → 27, not collected at or below NT$100
        String en = step(calculate(TW, "en"), "TRADE_PROMOTION_FEE").get("explanation").get("text").asString();
        assertThat(en).contains("TWD 27 ≤ TWD 100").doesNotContain("27.00").doesNotContain("100.00");
        String zh = step(calculate(TW, "zh-TW"), "TRADE_PROMOTION_FEE").get("explanation").get("text").asString();
        assertThat(zh).contains("TWD 27 ≤ TWD 100");
        // review of T1 R7: the whole-dollar figures stay MONEY arguments (at scale 0) for clients reading kind=MONEY
        List<String> money = new java.util.ArrayList<>();
        moneyArgs(step(calculate(TW, "en"), "TRADE_PROMOTION_FEE").get("explanation"), money);
        assertThat(money).contains("TWD 27 0", "TWD 100 0");
    }

    /** Every MONEY argument of a message tree as "unit value scale". */
    private static void moneyArgs(JsonNode message, List<String> out) {
        if (message == null || message.isNull() || message.get("args") == null) {
            return;
        }
        for (JsonNode a : message.get("args")) {
            if (a.get("kind").asString().equals("MONEY")) {
                out.add(a.get("unit").asString() + " " + a.get("value").asString() + " "
                        + (a.get("scale") == null || a.get("scale").isNull() ? "-" : a.get("scale").asString()));
            }
            moneyArgs(a.get("message"), out);
        }
    }

    @Test
    void aSavedTotalIsGivenInTheUnitTheLawPaysItInTheApiAndTheList() throws Exception {
        JsonNode saved = saveCalculation("{\"request\":" + TW + "}");
        String id = saved.get("id").asString();
        String body = mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // 10,639 by hand (issue 6, t1small 3), each rule from outside the code:
        // - customs value 完稅價格 on CIF terms (關稅法 §29: the transaction price plus freight and insurance to the port of
        //   import): USD (2,000 + 120 + 15) = USD 2,135 × 32.15 (the rate the request gives) = NT$68,640.25
        // - import duty: the request types MAX(10 %, NT$20 a piece): 10 % × 68,640.25 = 6,864.025 against 100 × 20 = 2,000 →
        //   6,864.025, truncated to whole NT$ (稅款解繳作業辦法 §5: 「一律收至元為止，角以下免收」) = NT$6,864
        // - business tax 營業稅 5 % (加值型及非加值型營業稅法 §10) of the customs value plus the import duty (§20):
        //   5 % × (68,640.25 + 6,864 = 75,504.25) = 3,775.2125 → NT$3,775
        // - trade promotion fee 0.04 % of the customs value (貿易法 §21; 推廣貿易服務費收取辦法 §3): 27.456 → NT$27, not
        //   collected as it is under NT$100 (the chain's notCollectedAtOrBelow 100; 27 is below 100 read either way)
        // total payable 6,864 + 3,775 = NT$10,639: whole NT$, not the column's 10639.000000
        assertThat(body).contains("\"total\":10639,").doesNotContain("10639.0");
        String list = mvc.perform(get("/taxes").with(COORDINATOR).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("TWD 10,639<").doesNotContain("TWD 10,639.00");
    }

    @Test
    void aRatePerLitreOfAlcoholAboveAStrengthIsWordedOneWayPerLanguage() throws Exception {
        String beer = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"lager","value":5000,"litres":1000,"alcoholByVolume":5,
                           "measures":{"duty":"57.79 AUD/LAL ABOVE 1.15 %vol"}}]}""";
        String zh = step(calculate(beer, "zh-TW"), "DUTY").get("explanation").get("text").asString();
        assertThat(zh).contains("57.79 AUD/公升純酒精", "公升純酒精").doesNotContain("LAL").doesNotContain("ABOVE");
        String en = step(calculate(beer, "en"), "DUTY").get("explanation").get("text").asString();
        assertThat(en).contains("57.79 AUD/LAL ABOVE 1.15 %vol", "LAL");
    }

    @Test
    void aDutyOnTheRetailPriceShowsTheRetailPriceAsItsBase() throws Exception {
        String cigarettes = """
                {"jurisdiction":"UK","date":"2024-01-02","currency":"GBP","incoterm":"CIF",
                 "lines":[{"description":"cigarettes","tariffCode":"2402209000","value":300,"quantity":1000,"unit":"No",
                           "retailPrice":1000,"measures":{"duty":"0%","alcoholTax":"16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000"}}]}""";
        JsonNode r = calculate(cigarettes, "en");
        // 481.70 by hand (issue 6, t1small 3): Tobacco Products Duty Act 1979 Sch 1 item 1, the table as substituted by
        // Finance Act 2024 s 23 from 6 pm on 22 November 2023 (the calculation is dated 2 January 2024): the higher of
        // (a) 16.5 % of the retail price plus £316.70 per thousand cigarettes = 16.5 % × £1,000 + £316.70 = £165 + £316.70
        //     = £481.70, and (b) £422.80 per thousand → £481.70; charged on the retail price £1,000 (TPDA 1979 s 2(1)), never
        // on the customs value £300. The duty 0 % is typed in the request (its figure is the typed rate's).
        // review of T1 R15: asserted unconditionally (inside an if, a missing total passed)
        JsonNode t = total(r, "ALCOHOL_TOBACCO_TAX");
        assertThat(t.get("base").decimalValue()).isEqualByComparingTo("1000");
        assertThat(t.get("amount").decimalValue()).isEqualByComparingTo("481.70");
        assertThat(step(r, "ALCOHOL_TOBACCO_TAX").get("base").decimalValue()).isEqualByComparingTo("1000");
        // the duty's own base: the customs value stays what it was
        assertThat(step(r, "DUTY").get("base").decimalValue()).isEqualByComparingTo("300");
        // at a retail price of £500: 16.5 % × £500 + £316.70 = £399.20, below the £422.80 minimum, which is charged
        JsonNode atMinimum = calculate(cigarettes.replace("\"retailPrice\":1000", "\"retailPrice\":500"), "en");
        assertThat(total(atMinimum, "ALCOHOL_TOBACCO_TAX").get("amount").decimalValue()).isEqualByComparingTo("422.80");
    }

    @Test
    void aStrengthOutsideTheRangeTheTariffItemStatesIsWarnedOfInBothLanguages() throws Exception {
        String grapeMust = """
                {"jurisdiction":"AU","date":"2026-03-02","currency":"AUD","incoterm":"FOB",
                 "lines":[{"description":"Shiraz","tariffCode":"22042110","origin":"US","value":4200,"litres":450,"alcoholByVolume":13.5}]}""";
        JsonNode en = calculate(grapeMust, "en");
        assertThat(en.get("notes").toString()).contains("taxes.note.strengthOutsideLine")
                .contains("line 1 is given 13.5 %vol, but tariff item 2204.21.10 covers only goods of an alcoholic strength not exceeding 1.15 %vol");
        assertThat(calculate(grapeMust, "zh-TW").get("notes").toString())
                .contains("第 1 項所填酒精濃度為 13.5%，但稅則 2204.21.10 僅適用於酒精濃度不超過 1.15%之貨品");
        // inside the range: no warning
        assertThat(calculate(grapeMust.replace("13.5", "1"), "en").get("notes").toString()).doesNotContain("strengthOutsideLine");
    }
}
