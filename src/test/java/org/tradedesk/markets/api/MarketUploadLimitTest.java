package org.tradedesk.markets.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.identity.NewUser;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserAdministration;

/**
 * t2fixJ item 4, through the real Tomcat (MockMvc applies no multipart limit): a 55 MB file sent to the dataset upload (API and
 * page) is answered 413 naming the limit of 50 MB in the reader's language, before the file is read (the answer comes while
 * the body is still being sent), and nothing is stored. It was a 400 "the parameters of the request could not be read".
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class MarketUploadLimitTest {

    static final String USER = "upload.analyst";
    static final String PASSWORD = "Upload-analyst-pass-2026!";
    static final long SIZE = 55L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void analyst() {
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN")));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            if (users.list().stream().noneMatch(u -> u.username().equals(USER))) {
                users.create(new NewUser(USER, "Upload", EnumSet.of(Role.COORDINATOR), PASSWORD));
            }
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** The answer to a 55 MB upload, read while the body is still being written (the writer gives up when the server closes). */
    String upload(String path, String language) throws Exception {
        String boundary = "t2fixJboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + SIZE + tail.length;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))
                    + "\r\nAccept-Language: " + language + "\r\nAccept: application/problem+json, text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(head);
            out.flush();
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) '7');
                try {
                    for (long written = 0; written < SIZE; written += chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, SIZE - written));
                    }
                    out.write(tail);
                } catch (IOException closed) {
                    // the server answered and closed: what this test expects
                }
            });
            writer.setDaemon(true);
            long start = System.nanoTime();
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("\r\n0\r\n\r\n")) {
                        break; // the end of a chunked answer
                    }
                }
            } catch (IOException reset) {
                // the server closed the connection after answering
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(millis).as("answered at once, not after reading 55 MB").isLessThan(15_000);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void a55MegabyteDatasetIsRefusedWith413NamingTheLimitAndNothingIsStored() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from markets_dataset", Integer.class);
        String api = upload("/api/v1/markets/datasets", "en");
        assertThat(api).startsWith("HTTP/1.1 413");
        assertThat(api).contains("application/problem+json");
        assertThat(api).contains("\"code\":\"error.upload.too-large\"");
        assertThat(api).contains("The upload is larger than the limit of 50 MB; nothing was stored.");
        String zh = upload("/api/v1/markets/datasets", "zh-TW");
        assertThat(zh).startsWith("HTTP/1.1 413");
        assertThat(zh).contains("上傳的檔案大於上限 50 MB，未儲存任何資料。");
        // the page's upload: the error page with 413 and the same words
        String page = upload("/markets/datasets", "en");
        assertThat(page).startsWith("HTTP/1.1 413");
        assertThat(page).contains("The upload is larger than the limit of 50 MB");
        assertThat(jdbc.queryForObject("select count(*) from markets_dataset", Integer.class)).isEqualTo(before);
    }
}
