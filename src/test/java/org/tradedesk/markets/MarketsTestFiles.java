package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The set-up the markets API and page tests share: a trade file imported through {@code POST /api/v1/markets/datasets} as a
 * user would upload it, and a research project over it. One place, so that a change to the import's answer (an id, a
 * background job's status) is made once, not in twenty test classes.
 */
public final class MarketsTestFiles {

    /** The real Comtrade portal file most tests work on: HS 8542 exports of CHN, KOR, USA, 2013–2024. */
    public static final String PORTAL = "comtrade_v1_portal_HS8542_exports_CHN_KOR_USA_annual_2013_2024.csv";

    private MarketsTestFiles() {
    }

    /** A test resource's bytes (absolute class-path name, e.g. {@code /markets/review/wine_legacy.csv}). */
    public static byte[] resource(String path) {
        try (InputStream in = MarketsTestFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many blank lines the next {@link #ownCopy} adds: one more each time, so no two copies in a run share their bytes. */
    private static final java.util.concurrent.atomic.AtomicInteger COPIES = new java.util.concurrent.atomic.AtomicInteger(1000);

    /**
     * The file with a run of blank lines at its end that no other upload of the test run has: a checksum of its own, so the
     * upload is a new dataset (201) and the newest one holding its rows, whatever other tests of the shared context imported
     * (an identical upload gives the earlier dataset back, 200). Blank lines are not rows.
     */
    public static byte[] ownCopy(byte[] file) {
        byte[] tail = "\r\n".repeat(COPIES.incrementAndGet()).getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(file, file.length + tail.length);
        System.arraycopy(tail, 0, out, file.length, tail.length);
        return out;
    }

    /** Uploads the bytes as file {@code name}; the new dataset's id (the import may still be running). */
    public static long importFile(MockMvc mvc, String name, byte[] bytes) throws Exception {
        String json = mvc.perform(multipart("/api/v1/markets/datasets").file(new MockMultipartFile("file", name, "text/csv", bytes)))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** Uploads the test resource {@code /markets/<name>} under its own name. */
    public static long importResource(MockMvc mvc, String name) throws Exception {
        return importFile(mvc, name, resource("/markets/" + name));
    }

    /** Uploads a CSV written in the test. */
    public static long importText(MockMvc mvc, String name, String csv) throws Exception {
        return importFile(mvc, name, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Waits (at most 30 s) until the dataset's import has ended, and asserts it succeeded. */
    public static long succeeded(MockMvc mvc, long id) throws Exception {
        for (int i = 0; i < 300; i++) {
            String status = JsonPath.read(mvc.perform(get("/api/v1/markets/datasets/" + id)).andReturn().getResponse().getContentAsString(),
                    "$.status");
            if (!"QUEUED".equals(status) && !"RUNNING".equals(status)) { // DatasetStatus: QUEUED, RUNNING, SUCCEEDED, FAILED
                assertThat(status).as("import of dataset %d", id).isEqualTo("SUCCEEDED");
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import of dataset " + id + " did not finish");
    }

    /** Creates a research project from its JSON body (201 expected); its id. */
    public static long project(MockMvc mvc, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/markets/projects").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** A project on HS 8542 with the given markets (a JSON array's contents, e.g. {@code "CHN","KOR"}) over one dataset. */
    public static long icProject(MockMvc mvc, String name, String markets, long dataset) throws Exception {
        return project(mvc, """
                {"name":"%s","hsCodes":["8542"],"markets":[%s],"questions":["Where?"],"datasets":[%d]}""".formatted(name, markets, dataset));
    }

    /** The project most tests use: "IC exports", HS 8542, markets CHN, KOR, USA. */
    public static long icExports(MockMvc mvc, long dataset) throws Exception {
        return icProject(mvc, "IC exports", "\"CHN\",\"KOR\",\"USA\"", dataset);
    }
}
