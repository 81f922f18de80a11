package org.tradedesk.markets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.DatasetView;
import org.tradedesk.markets.MarketDatasets;
import org.tradedesk.markets.SeriesView;

/**
 * t2fixR 6: the generic CSV mapping states its delimiter. A statistics office's semicolon CSV whose column names hold commas
 * ({@code "Wert (USD, FOB, CIF je nach Richtung)"}: as many commas as semicolons on the header row, so counting took the
 * comma) is read with the semicolon chosen, its decimal commas and thousands points as numbers, and the mapping saved with
 * the delimiter reads the next file the same way without choosing again. Figures: China's imports of HS 854231 by year,
 * 1.234.567,5 and 2.345.678,25 USD (made up), read as 1234567.5 and 2345678.25.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class MappingDelimiterTest {

    static final String HEADER = "Meldeland;\"Ware (HS 2017, 6-stellig)\";Jahr;\"Richtung (M Einfuhr, X Ausfuhr)\";"
            + "\"Wert (USD, FOB, CIF je nach Richtung)\"\r\n";
    static final String CSV = HEADER
            + "CHN;854231;2019;M;1.234.567,5\r\n"
            + "CHN;854231;2020;M;2.345.678,25\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    MarketDatasets markets;

    Document preview(String file, String mapping, String delimiter) throws Exception {
        var request = multipart("/markets/mappings/preview").file(new MockMultipartFile("file", "aussenhandel-" + file.length() + ".csv",
                "text/csv", file.getBytes(StandardCharsets.UTF_8))).param("headerRow", "1").param("decimalSeparator", ",")
                .param("thousandsSeparator", ".").with(csrf());
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        if (delimiter != null) {
            request.param("delimiter", delimiter);
        }
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aSemicolonFileWhoseHeadersHoldCommasIsReadWithTheDelimiterSavedInTheMapping() throws Exception {
        Document page = preview(CSV, null, ";");
        assertThat(page.select("#mapping-preview thead tr").get(1).select("th").eachText()).containsExactly("Meldeland",
                "Ware (HS 2017, 6-stellig)", "Jahr", "Richtung (M Einfuhr, X Ausfuhr)", "Wert (USD, FOB, CIF je nach Richtung)");
        assertThat(page.select("#mapping-delimiter option[selected]").attr("value")).isEqualTo(";");
        assertThat(page.select("#mapping-file-encoding").text()).contains("semicolon (;)");
        String token = page.select("input[name=token]").attr("value");

        String location = mvc.perform(post("/markets/mappings/import").with(csrf()).param("token", token)
                        .param("name", "Aussenhandel-t2fixR").param("headerRow", "1").param("reporter", "Meldeland")
                        .param("product", "Ware (HS 2017, 6-stellig)").param("period", "Jahr").param("flow", "Richtung (M Einfuhr, X Ausfuhr)")
                        .param("value", "Wert (USD, FOB, CIF je nach Richtung)").param("decimalSeparator", ",").param("thousandsSeparator", ".")
                        .param("delimiter", ";"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D*(\\d+).*", "$1"));
        for (int i = 0; i < 300 && markets.dataset(id).running(); i++) {
            Thread.sleep(100);
        }
        DatasetView d = markets.dataset(id);
        assertThat(d.status().name()).isEqualTo("SUCCEEDED");
        assertThat(d.rowsKept()).isEqualTo(2);
        SeriesView s = markets.series(id, "CHN", "0", "M", "854231", "A", null, null);
        assertThat(s.points()).extracting(p -> p.value().stripTrailingZeros().toPlainString()).containsExactly("1234567.5", "2345678.25");

        // the next file with the saved mapping: read with its semicolon, though none is chosen on the upload form
        Document again = preview(CSV + "CHN;854231;2021;M;3.000.000,0\r\n", "Aussenhandel-t2fixR", null);
        assertThat(again.select("#mapping-preview thead tr").get(1).select("th")).hasSize(5);
        assertThat(again.select("#mapping-delimiter option[selected]").attr("value")).isEqualTo(";");
        assertThat(again.select("#mapping-value option[selected]").attr("value")).isEqualTo("Wert (USD, FOB, CIF je nach Richtung)");
    }
}
