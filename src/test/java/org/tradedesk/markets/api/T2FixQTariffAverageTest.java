package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.MarketsTestFiles;

/**
 * R11 (t2fixQ): a tariff dataset's average counts each tariff line once and at one level. A file made here from the real US
 * file's 2020 lines, plus a heading (854231) beside two 10-digit sub-lines of its own, and a row repeating a year and code:
 * the repeated row is rejected at import with its reason, and the average is that of the most detailed codes only — the test
 * picks them from the file's rows itself. Before, the heading and the repeated row were averaged too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixQTariffAverageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theAverageTakesTheMostDetailedLinesOnceAndARepeatedRowIsRejected() throws Exception {
        List<T2FixNTest.Row> real = T2FixNTest.rows(MarketsTestFiles.resource("/markets/" + T2FixNTest.TARIFFS)).stream()
                .filter(r -> r.year() == 2020).toList();
        List<T2FixNTest.Row> rows = new ArrayList<>(real);
        rows.add(new T2FixNTest.Row(2020, "854231", 9.0));
        rows.add(new T2FixNTest.Row(2020, "8542310010", 4.0));
        rows.add(new T2FixNTest.Row(2020, "8542310020", 6.5));
        StringBuilder b = new StringBuilder("Year,HS Code,Description,MFN Duty Rate (%),General Duty Rate (%),General Applies To\n");
        for (T2FixNTest.Row r : rows) {
            b.append(r.year()).append(',').append(r.code()).append(",Line,").append(r.mfn()).append(",35.0,\n");
        }
        // the first real line again, with another rate: rejected, the first row kept
        T2FixNTest.Row first = real.get(0);
        b.append("2020,").append(first.code()).append(",Again,").append(first.mfn() + 7.5).append(",35.0,\n");
        int repeatedLine = rows.size() + 2;

        String json = mvc.perform(multipart("/api/v1/markets/tariff-datasets")
                        .file(new MockMultipartFile("file", "t2fixq-tariffs.csv", "text/csv", b.toString().getBytes(StandardCharsets.UTF_8)))
                        .param("market", "CAN").header("Accept-Language", "en"))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        assertThat((Integer) JsonPath.read(json, "$.rowsKept")).isEqualTo(rows.size());
        assertThat(JsonPath.<List<Integer>>read(json, "$.rejections[*].line")).containsExactly(repeatedLine);
        assertThat(JsonPath.<List<String>>read(json, "$.rejections[*].code")).containsExactly("markets.reject.tariff-duplicate");
        assertThat(JsonPath.<List<String>>read(json, "$.rejections[*].reason")).singleElement().asString()
                .contains("the same year and tariff line as an earlier row", first.code());

        // the most detailed codes, picked here: a code no other code of the year begins with
        Map<String, T2FixNTest.Row> byCode = new LinkedHashMap<>();
        rows.forEach(r -> byCode.putIfAbsent(r.code(), r));
        for (String product : List.of("8542", "854231")) {
            List<T2FixNTest.Row> leaves = byCode.values().stream().filter(r -> r.code().startsWith(product))
                    .filter(r -> byCode.keySet().stream().noneMatch(c -> !c.equals(r.code()) && c.startsWith(r.code()))).toList();
            assertThat(leaves).noneMatch(r -> r.code().equals("854231"));
            String a = mvc.perform(get("/api/v1/markets/tariff-datasets/" + id + "/average").param("product", product)
                    .param("year", "2020").header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat((Integer) JsonPath.read(a, "$.lines")).isEqualTo(leaves.size());
            // by hand from the 2020 rows: 8542 — 85423200, 85423300, 85423900 (0.0 each in the file), 8542310010 (4.0),
            // 8542310020 (6.5); 85423100 and 854231 begin other codes and are left out: 10.5 / 5 = 2.1 over 5 lines;
            // 854231 — 8542310010 and 8542310020: 10.5 / 2 = 5.25 over 2 lines
            assertThat(List.of((Integer) JsonPath.read(a, "$.lines"), ((Number) JsonPath.read(a, "$.ratePercent")).doubleValue()))
                    .isEqualTo(product.equals("8542") ? List.of(5, 2.1) : List.of(2, 5.25));
            assertThat(((Number) JsonPath.read(a, "$.ratePercent")).doubleValue())
                    .isCloseTo(T2FixNTest.mean(leaves), within(1e-9));
            assertThat((String) JsonPath.read(a, "$.basis")).contains("simple average of the MFN rates of " + leaves.size()
                    + " tariff lines of " + product, "the most detailed codes only");
            String zh = mvc.perform(get("/api/v1/markets/tariff-datasets/" + id + "/average").param("product", product)
                    .param("year", "2020").header("Accept-Language", "zh-TW")).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(zh, "$.basis")).contains("最細的稅號");
        }
    }
}
