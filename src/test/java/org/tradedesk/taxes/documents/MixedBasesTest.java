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

    static final String WINE_AND_CIGARETTES = """
            {"clientId":null,"request":{"jurisdiction":"UK","date":"2024-01-02","currency":"GBP","incoterm":"CIF",
             "lines":[{"description":"red wine","tariffCode":"2204219300","value":2000,"litres":900,"alcoholByVolume":13.5,
                       "measures":{"duty":"0%","alcoholTax":"28.74 GBP/LAL"}},
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
        // wine 121.5 LAL × 28.74 = 3,491.91; cigarettes 165 + 316.70 = 481.70
        assertThat(find(result.get("steps"), "ALCOHOL_TOBACCO_TAX", 1).get("base").decimalValue()).isEqualByComparingTo("2000");
        assertThat(find(result.get("steps"), "ALCOHOL_TOBACCO_TAX", 2).get("base").decimalValue()).isEqualByComparingTo("1000");
        JsonNode total = find(result.get("taxes"), "ALCOHOL_TOBACCO_TAX", null);
        assertThat(total.get("amount").decimalValue()).isEqualByComparingTo("3973.61");
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
