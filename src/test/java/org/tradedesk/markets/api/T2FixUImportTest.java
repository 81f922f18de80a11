package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * t2fixU, acceptance MAJOR (the reverse of t2fixS): the real Big5 GA30 file with its line 4 in UTF-8 (the same text) is read as
 * Big5 and refused on line 4 naming Big5, nothing stored, where it was read as windows-1252 and refused at line 1 with mojibake.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixUImportTest {

    static final String GA30_BIG5 = "tw_customs_GA30_exports_HS8542_2013_2025.big5.csv";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBig5FileWithOneLineInUtf8IsRefusedOnThatLineNamingBig5() throws Exception {
        Charset big5 = Charset.forName("Big5");
        List<String> lines = T2FixSImportTest.lines(new String(T2FixSImportTest.resource(GA30_BIG5), big5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).getBytes(i == 3 ? StandardCharsets.UTF_8 : big5));
        }
        int datasets = jdbc.queryForObject("select count(*) from markets_dataset", Integer.class);
        String json = mvc.perform(multipart("/api/v1/markets/datasets")
                        .file(new MockMultipartFile("file", "ga30-big5-utf8-line4.csv", "text/csv", out.toByteArray()))
                        .header("Accept-Language", "en"))
                .andExpect(status().is(400)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(json, "$.detail")).startsWith("Line 4: bytes not valid in the detected encoding Big5");
        assertThat(json).doesNotContain("not a trade-statistics file").doesNotContain("¶i¥X");
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Integer.class)).isEqualTo(datasets);
    }
}
