package org.tradedesk.taxes.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Review of T1 R6: one UK alcohol or tobacco duty over wine (charged on the customs value's quantity of alcohol) and
 * cigarettes (16.5 % of the retail price) summed the two lines' bases — a customs value and a retail price — into one
 * meaningless figure. The total keeps no one base when the lines' bases are of different kinds; each line keeps its own,
 * and the worksheet rebuilds the wine's duty by formula.
 */
class MixedBasesTest extends T1ReviewTestSupport {

    /*
     * The rates, from outside the code (issue 6, t1small 3):
     * - wine: the alcohol duty full rate for wine of at least 8.5 % and less than 22 % ABV from 1 August 2023 (Finance (No. 2)
     *   Act 2023 s 48, Sch 7; frozen until 1 February 2025) is £28.50 per litre of alcohol: the published per-bottle figures of
     *   1 August 2023 work out to it (75 cl at 15 %: 0.1125 LAL × £28.50 = £3.21; at 20 %: £4.28; 11.5–14.5 % wine taxed as
     *   12.5 %: 0.09375 LAL × £28.50 = £2.67). The wine here is 15 % ABV, outside the 11.5–14.5 % band of that temporary
     *   easement, so its own strength counts. (The test used to type £28.74, which is no rate of the UK table, at 13.5 %,
     *   which the easement taxes as 12.5 %.)
     * - cigarettes: Tobacco Products Duty Act 1979 Sch 1 item 1 as substituted by Finance Act 2024 s 23 from 6 pm on
     *   22 November 2023: the higher of 16.5 % of the retail price plus £316.70 per thousand and £422.80 per thousand.
     * - import VAT: 20 % (Value Added Tax Act 1994 s 2(1), the standard rate since 4 January 2011) of the value including the
     *   duties (s 21(2)(a)).
     * - the customs duty is typed as 0 % on both lines: its figure is the typed rate's, not a UK Global Tariff one.
     */
    static final String WINE_AND_CIGARETTES = """
            {"clientId":null,"request":{"jurisdiction":"UK","date":"2024-01-02","currency":"GBP","incoterm":"CIF",
             "lines":[{"description":"red wine","tariffCode":"2204219300","value":2000,"litres":900,"alcoholByVolume":15,
                       "measures":{"duty":"0%","alcoholTax":"28.50 GBP/LAL"}},
                      {"description":"cigarettes","tariffCode":"2402209000","value":300,"quantity":1000,"unit":"No",
                       "retailPrice":1000,"measures":{"duty":"0%","alcoholTax":"16.5% retail price + 316.70 GBP/1000 MIN 422.80 GBP/1000"}}]}}""";

    private static JsonNode find(JsonNode list, String code, Integer line) {
        for (JsonNode n : list) {
            if (n.get("code").asString().equals(code) && (line == null || n.get("line").asInt() == line)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " " + line);
    }

    @Test
    void theTotalKeepsNoSummedBaseAndEachLineItsOwn() throws Exception {
        String id = saveCalculation(WINE_AND_CIGARETTES).get("id").asString();
        JsonNode saved = json.readTree(mvc.perform(get("/api/v1/tax/calculations/saved/" + id).with(COORDINATOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode result = saved.has("result") ? saved.get("result") : saved;
        // every step of both lines, worked by hand from the rates above (the UK chain rounds only for display):
        // line 1, wine: duty 0 % × £2,000 = 0; alcohol duty 900 L × 15 % = 135 LAL × £28.50 = £3,847.50;
        //               VAT 20 % × (2,000 + 0 + 3,847.50 = £5,847.50) = £1,169.50
        // line 2, cigarettes: duty 0 % × £300 = 0; tobacco duty 16.5 % × £1,000 + £316.70 = £481.70 (above the £422.80
        //               minimum), its base the retail price £1,000; VAT 20 % × (300 + 0 + 481.70 = £781.70) = £156.34
        java.util.Map<String, String[]> expected = new java.util.LinkedHashMap<>();
        expected.put("DUTY 1", new String[] {"2000", "0"});
        expected.put("ALCOHOL_TOBACCO_TAX 1", new String[] {"2000", "3847.50"});
        expected.put("VAT 1", new String[] {"5847.50", "1169.50"});
        expected.put("DUTY 2", new String[] {"300", "0"});
        expected.put("ALCOHOL_TOBACCO_TAX 2", new String[] {"1000", "481.70"});
        expected.put("VAT 2", new String[] {"781.70", "156.34"});
        java.util.List<String> steps = new java.util.ArrayList<>();
        for (JsonNode step : result.get("steps")) {
            String key = step.get("code").asString() + " " + step.get("line").asInt();
            steps.add(key);
            String[] figures = expected.get(key);
            assertThat(figures).as("an unexpected step %s", key).isNotNull();
            assertThat(step.get("base").decimalValue()).as("base of %s", key).isEqualByComparingTo(figures[0]);
            assertThat(step.get("amount").decimalValue()).as("amount of %s", key).isEqualByComparingTo(figures[1]);
        }
        assertThat(steps).containsExactlyInAnyOrderElementsOf(expected.keySet());
        JsonNode total = find(result.get("taxes"), "ALCOHOL_TOBACCO_TAX", null);
        // 3,847.50 + 481.70
        assertThat(total.get("amount").decimalValue()).isEqualByComparingTo("4329.20");
        // 1,169.50 + 156.34; the calculation's total: 0 + 4,329.20 + 1,325.84
        assertThat(find(result.get("taxes"), "VAT", null).get("amount").decimalValue()).isEqualByComparingTo("1325.84");
        assertThat(result.get("total").decimalValue()).isEqualByComparingTo("5655.04");
        assertThat(total.get("base") == null || total.get("base").isNull())
                .as("no one base over a customs value and a retail price: %s", total).isTrue();
        // the duty's base (both on the customs value) still adds up
        assertThat(find(result.get("taxes"), "DUTY", null).get("base").decimalValue()).isEqualByComparingTo("2300");

        try (XSSFWorkbook book = DocumentsTestSupport.read(worksheet(id, "en"))) {
            Sheet sheet = null;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                if (!book.getSheetAt(i).getSheetName().equals("Summary")) {
                    sheet = book.getSheetAt(i);
                    break;
                }
            }
            assertThat(sheet).isNotNull();
            int amount = DocumentsTestSupport.columnHeaded(sheet, "Alcohol or tobacco duty");
            Row wine = DocumentsTestSupport.rowLabelled(sheet, 1, "red wine");
            assertThat(wine.getCell(amount).getCellType()).as("the wine's duty by formula").isEqualTo(CellType.FORMULA);
        }
        // the page and the letter print no summed base (2,000 + 1,000 = 3,000.00)
        assertThat(page(id, "en")).doesNotContain("3,000.00");
        assertThat(letter(id, "en")).doesNotContain("3,000.00");
    }
}
