package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.tradedesk.markets.ColumnMapping;
import org.tradedesk.markets.ColumnMappings;
import org.tradedesk.markets.DatasetView;

/**
 * t2fixS, the acceptance review of issue 9: a repeated row of a trade file is rejected with the line it repeats, and a row of
 * the same key with other figures is a conflict (MAJOR 1); a UTF-8 file with one line in Big5, GB18030 or Shift-JIS is refused
 * on that line naming the encoding, without mojibake (MAJOR 2); an ASCII file is said to be ASCII (MINOR 10).
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "analyst", roles = "COORDINATOR")
class T2FixSImportTest {

    static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";
    static final String GA30 = "tw_customs_GA30_exports_HS8542_2013_2025.csv";

    @Autowired
    MockMvc mvc;
    @Autowired
    ColumnMappings mappings;
    @Autowired
    JdbcTemplate jdbc;

    static byte[] resource(String name) throws Exception {
        try (InputStream in = T2FixSImportTest.class.getResourceAsStream("/markets/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The file's lines (with their line ends), line {@code n} (1-based) given again right after itself, changed by {@code edit}. */
    static byte[] repeatLine(byte[] file, int n, java.util.function.UnaryOperator<String> edit) {
        List<String> lines = lines(new String(file, StandardCharsets.ISO_8859_1));
        lines.add(n, edit.apply(lines.get(n - 1)));
        return String.join("", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    String upload(String name, byte[] bytes, int status) throws Exception {
        return mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", bytes))
                        .header("Accept-Language", "en"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String series(long id, String reporter) throws Exception {
        return mvc.perform(get("/api/v1/markets/datasets/" + id + "/series").param("reporter", reporter).param("partner", "0")
                .param("flow", "X").param("product", "8542")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRepeatedPortalLineIsRejectedNamingTheLineItRepeatsAndTheFigureIsNotDoubled() throws Exception {
        // line 5 is China 2014, 61,213,334,520 USD (the portal file); given again as line 6
        String json = upload("repeated.csv", repeatLine(resource(PORTAL), 5, l -> l), 201);
        assertThat(((Number) JsonPath.read(json, "$.rowsRead")).longValue()).isEqualTo(37);
        assertThat(((Number) JsonPath.read(json, "$.rowsKept")).longValue()).isEqualTo(36);
        assertThat(((Number) JsonPath.read(json, "$.rowsRejected")).longValue()).isEqualTo(1);
        List<Map<String, Object>> rejections = JsonPath.read(json, "$.rejections");
        assertThat(rejections).hasSize(1);
        assertThat(rejections.get(0)).containsEntry("line", 6).containsEntry("code", "markets.reject.duplicate-row").containsEntry("detail", "5");
        assertThat((String) rejections.get(0).get("reason")).startsWith("Line 6: repeats line 5");
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        List<Number> values = JsonPath.read(series(id, "CHN"), "$.points[?(@.period == '2014')].value");
        assertThat(values).hasSize(1);
        assertThat(new java.math.BigDecimal(values.get(0).toString())).isEqualByComparingTo("61213334520");
    }

    @Test
    void aLineOfTheSameKeyWithOtherFiguresIsAConflictAndNeitherIsImported() throws Exception {
        String json = upload("conflict.csv", repeatLine(resource(PORTAL), 5, l -> l.replace("\"61213334520\"", "\"61213334521\"")), 201);
        assertThat(((Number) JsonPath.read(json, "$.rowsKept")).longValue()).isEqualTo(35);
        assertThat(((Number) JsonPath.read(json, "$.rowsRejected")).longValue()).isEqualTo(2);
        List<Map<String, Object>> rejections = JsonPath.read(json, "$.rejections");
        assertThat(rejections).extracting(r -> r.get("line") + " " + r.get("code") + " " + r.get("detail"))
                .containsExactly("5 markets.reject.conflicting-row 6", "6 markets.reject.conflicting-row 5");
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        List<Object> y2014 = JsonPath.read(series(id, "CHN"), "$.points[?(@.period == '2014')]");
        assertThat(y2014).isEmpty();
    }

    @Test
    void aRepeatedGa30LineIsRejected() throws Exception {
        byte[] original = resource(GA30);
        String before = upload("ga30-a.csv", repeatLine(original, 3, l -> l.replace("235.8823", "235.8824")), 201); // a changed copy: conflict
        String json = upload("ga30.csv", repeatLine(original, 3, l -> l), 201);
        long read = ((Number) JsonPath.read(json, "$.rowsRead")).longValue();
        assertThat(((Number) JsonPath.read(json, "$.rowsKept")).longValue()).isEqualTo(read - 1);
        List<Map<String, Object>> rejections = JsonPath.read(json, "$.rejections");
        assertThat(rejections).extracting(r -> r.get("line") + " " + r.get("code") + " " + r.get("detail"))
                .contains("4 markets.reject.duplicate-row 3");
        assertThat(JsonPath.<List<Object>>read(before, "$.rejections[?(@.code == 'markets.reject.conflicting-row')]")).hasSize(2);
    }

    @Test
    void aRepeatedRowOfAMappedCsvIsRejected() {
        String csv = "Country,Partner,HS,Year,Direction,Trade value (USD)\n"
                + "CHN,0,8542,2019,Import,100\n"
                + "CHN,0,8542,2020,Import,200\n"
                + "CHN,0,8542,2020,Import,200\n"
                + "CHN,0,8542,2021,Import,300\n";
        ColumnMapping m = new ColumnMapping("t2fixS", 1, "Country", "Partner", "HS", "Year", "Direction", "Trade value (USD)", null, null,
                ".", ",");
        DatasetView v = mappings.importFile("mapped.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), m, "analyst", true);
        assertThat(v.rowsKept()).isEqualTo(3);
        assertThat(v.rowsRejected()).isEqualTo(1);
        assertThat(v.rejections()).extracting(r -> r.line() + " " + r.code() + " " + r.detail())
                .containsExactly("4 markets.reject.duplicate-row 3");
    }

    /** The GA30 UTF-8 file with its line 4 in another encoding. */
    static byte[] spliced(byte[] utf8, int n, Charset other) {
        List<String> lines = lines(new String(utf8, StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).getBytes(i == n - 1 ? other : StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aUtf8FileWithOneLineInBig5Gb18030OrShiftJisIsRefusedOnThatLine() throws Exception {
        for (String cs : List.of("Big5", "GB18030", "Shift_JIS")) {
            byte[] file = spliced(resource(GA30), 4, Charset.forName(cs));
            int datasets = jdbc.queryForObject("select count(*) from markets_dataset", Integer.class);
            String json = upload("mixed-" + cs + ".csv", file, 400);
            assertThat((String) JsonPath.read(json, "$.detail")).as(cs)
                    .startsWith("Line 4: bytes not valid in the detected encoding UTF-8");
            assertThat(json).as(cs).doesNotContain("é€").doesNotContain("not a trade-statistics file");
            assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Integer.class)).as(cs).isEqualTo(datasets);
        }
    }

    @Test
    void aBig5LineFarBeyondTheSampleIsRefusedOnItsExactLine() throws Exception {
        // the GA30 rows repeated (years changed, so no row repeats another) to well past the 64 KiB the encoding is told from
        List<String> lines = lines(new String(resource(GA30), StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder(lines.get(0));
        int count = 1;
        for (int year = 1; text.length() < 200_000; year++) {
            for (String l : lines.subList(1, lines.size())) {
                text.append(l.replaceFirst("^([^,]*),[0-9]+年", "$1," + year + "年"));
                count++;
            }
        }
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(head.length).isGreaterThan(1 << 17);
        String bad = lines.get(2).replaceFirst("^([^,]*),[0-9]+年", "$1,999年");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bad.getBytes(Charset.forName("Big5")));
        out.writeBytes(lines.get(3).getBytes(StandardCharsets.UTF_8));
        String json = upload("late-big5.csv", out.toByteArray(), 400);
        assertThat((String) JsonPath.read(json, "$.detail")).startsWith("Line " + (count + 1) + ": bytes not valid in the detected encoding UTF-8");
    }

    @Test
    void anAsciiFileIsSaidToBeAsciiNotUtf8() throws Exception {
        // a file of its own (the same file imported before would give that import back)
        String json = upload("portal.csv", org.tradedesk.markets.MarketsTestFiles.ownCopy(resource(PORTAL)), 201);
        assertThat((String) JsonPath.read(json, "$.encoding")).isEqualTo("ASCII");
        String ga30 = upload("ga30-utf8.csv", org.tradedesk.markets.MarketsTestFiles.ownCopy(resource(GA30)), 201);
        assertThat((String) JsonPath.read(ga30, "$.encoding")).isEqualTo("UTF-8");
    }
}
