package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;

/**
 * The column-mapping form on a semicolon CSV with decimal commas, made of the real Comtrade API rows of China's imports
 * of HS 8542 from the USA (2019–2021 totals: 13,571,791,401.0; 14,223,455,156.0; 15,734,159,486.0 USD in the data
 * README's file) plus a row with a bad value. The preview shows the rows, the mapping is saved by name and chosen for the
 * next file, a form naming no value column comes back with the error at its field (zh-TW) and imports nothing, and the
 * import keeps the good rows (series CHN → World: the three values) and names the bad row and its column.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MappingPagesTest {

    static final String CSV = "Land;Partner;HS;Jahr;Richtung;Wert USD\r\n"
            + "CHN;WLD;8542;2019;M;13.571.791.401,0\r\n"
            + "CHN;WLD;8542;2020;M;14.223.455.156,0\r\n"
            + "CHN;WLD;8542;2021;M;15.734.159.486,0\r\n"
            + "CHN;WLD;8542;2022;M;n/a\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    @Autowired
    JdbcTemplate jdbc;

    String preview(byte[] file, String mapping) throws Exception {
        var request = multipart("/markets/mappings/preview").file(new MockMultipartFile("file", "destatis-like.csv", "text/csv", file))
                .param("headerRow", "1").param("decimalSeparator", ",").param("thousandsSeparator", ".").with(csrf());
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        return mvc.perform(request.header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"").matcher(html);
        assertThat(m.find()).as("the held upload's token in the form").isTrue();
        return m.group(1);
    }

    @Test
    void mapsPreviewsSavesReusesAndImportsWithBadRowsNamed() throws Exception {
        String html = preview(CSV.getBytes(StandardCharsets.UTF_8), null);
        assertThat(html).contains("id=\"mapping-preview\"").contains("13.571.791.401,0").contains("Wert USD")
                // t2duck: the encoding named with the delimiter detected, both worded
                .contains("CSV、UTF-8，分隔符號：分號（;）").doesNotContain("UTF-8, ;");
        String token = token(html);
        long before = jdbc.queryForObject("select count(*) from markets_dataset", Long.class);

        // no value column chosen: the form comes back with the error at the field, in the reader's language, nothing imported
        mvc.perform(post("/markets/mappings/import").with(csrf()).header("Accept-Language", "zh-TW").param("token", token)
                        .param("name", "Destatis-like").param("headerRow", "1").param("reporter", "Land").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mapping-value-error\"")))
                .andExpect(content().string(containsString("不可空白")))
                .andExpect(content().string(containsString("value=\"Destatis-like\"")));
        // a column the header does not have
        mvc.perform(post("/markets/mappings/import").with(csrf()).header("Accept-Language", "en").param("token", token)
                        .param("name", "Destatis-like").param("headerRow", "1").param("reporter", "Country").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "Wert USD")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 1 has no column &quot;Country&quot;")));
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Long.class)).isEqualTo(before);

        String location = mvc.perform(post("/markets/mappings/import").with(csrf()).param("token", token)
                        .param("name", "Destatis-like").param("headerRow", "1").param("reporter", "Land").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "Wert USD")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        DatasetView d = markets.dataset(id);
        assertThat(d.status().name()).isEqualTo("SUCCEEDED");
        assertThat(d.rowsKept()).isEqualTo(3);
        assertThat(d.rowsRejected()).isEqualTo(1);
        assertThat(d.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(5);
            assertThat(r.detail()).isEqualTo("Wert USD (F) = \"n/a\"");
        });
        mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "zh-TW"))
                .andExpect(content().string(containsString("第 5 行：不是數字：Wert USD (F) = &quot;n/a&quot;")))
                .andExpect(content().string(containsString("UTF-8，分隔符號：分號（;）")));
        mvc.perform(get("/markets/datasets/" + id).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("UTF-8, delimiter semicolon (;)")));
        // review t2fixL 10: the API gives the encoding and the delimiter each in its own field, never "UTF-8, ;"
        mvc.perform(get("/api/v1/markets/datasets/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.encoding").value("UTF-8"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.delimiter").value(";"));
        SeriesView s = markets.series(id, "CHN", "0", "M", "8542", "A", null, null);
        assertThat(s.points()).extracting(p -> p.value().stripTrailingZeros().toPlainString())
                .containsExactly("13571791401", "14223455156", "15734159486");

        // the saved mapping fills the form for the next file
        mvc.perform(get("/markets/mappings").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Destatis-like")));
        String again = preview((CSV + "CHN;WLD;8542;2023;M;1,5\r\n").getBytes(StandardCharsets.UTF_8), "Destatis-like");
        assertThat(again).contains("<option value=\"Wert USD\" selected=\"selected\">").doesNotContain("value=\"destatis-like\"");
        assertThat(token(again)).isNotEqualTo(token);
    }

    @Test
    void aMappingWhoseImportFailedIsNotSaved() throws Exception {
        // review: the mapping was saved before its import ran, so a failed import left it in the list
        String bad = "Land;Partner;HS;Jahr;Richtung;Wert USD\r\nCHN;WLD;8542;2019;M;n/a\r\nCHN;WLD;8542;2020;M;k.A.\r\n";
        String token = token(preview(bad.getBytes(StandardCharsets.UTF_8), null));
        var response = mvc.perform(post("/markets/mappings/import").with(csrf()).header("Accept-Language", "en").param("token", token)
                        .param("name", "Never kept").param("headerRow", "1").param("reporter", "Land").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "Wert USD")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andReturn().getResponse();
        String location = response.getRedirectedUrl();
        // the page imports as a background job: the import ran and failed
        assertThat(location).as("redirect to the dataset").isNotNull();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(markets.dataset(id).status().name()).isEqualTo("FAILED");
        assertThat(markets.dataset(id).messageCode()).as("both rows were read and refused").isEqualTo("markets.import.no-rows");
        assertThat(jdbc.queryForObject("select count(*) from markets_column_mapping where name = 'Never kept'", Long.class)).isZero();
    }

    @Test
    void aMappingNamedForAFileImportedBeforeIsSaved() throws Exception {
        // review: the mapping is saved when its import succeeds, but the same file again is a duplicate and imports nothing,
        // so the name given the second time was lost
        String file = "Land;Partner;HS;Jahr;Richtung;Wert USD\r\nCHN;WLD;8542;2019;M;13.571.791.401,0\r\nCHN;WLD;8542;2018;M;"
                + (System.nanoTime() % 1_000_000) + ",0\r\n";
        String first = mvc.perform(post("/markets/mappings/import").with(csrf()).param("token", token(preview(file.getBytes(StandardCharsets.UTF_8), null)))
                        .param("name", "Dup first").param("headerRow", "1").param("reporter", "Land").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "Wert USD")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(first.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(markets.dataset(id).status().name()).isEqualTo("SUCCEEDED");

        String second = mvc.perform(post("/markets/mappings/import").with(csrf()).param("token", token(preview(file.getBytes(StandardCharsets.UTF_8), null)))
                        .param("name", "Dup second").param("headerRow", "1").param("reporter", "Land").param("partner", "Partner")
                        .param("product", "HS").param("period", "Jahr").param("flow", "Richtung").param("value", "Wert USD")
                        .param("decimalSeparator", ",").param("thousandsSeparator", "."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(Long.parseLong(second.replaceAll("\\D*(\\d+).*", "$1"))).as("the earlier dataset, a duplicate").isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from markets_column_mapping where name = 'Dup second'", Long.class)).isEqualTo(1);
    }

    @Test
    void theDatasetsPageLinksToTheMappingPage() throws Exception {
        mvc.perform(get("/markets").header("Accept-Language", "zh-TW")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/markets/mappings\"")))
                .andExpect(content().string(not(containsString("markets.mapping.link"))));
    }
}
