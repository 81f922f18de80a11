package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Issue 11: an upload posted without its {@code file} part was a bare error page on {@code /taxes/batch} and
 * {@code /tariff/imports} (checked only on the exchange-rate API). Every multipart endpoint — pages and REST: tax
 * batch, tariff imports, market datasets, clearance documents, exchange rates — answers 400 with a problem detail
 * whose {@code errors} name the part {@code file}, in the reader's language. (The marketing KPI CSV import reads a
 * missing file as an empty one and says so on its page: {@code KpiActualPagesTest}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadWithoutFileTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse post(String path, String language) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(path)
                .file(new MockMultipartFile("other", "a.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8)));
        request.param("jurisdiction", "AU").param("date", "2026-03-02").param("currency", "AUD").param("incoterm", "FOB")
                .header("Accept-Language", language)
                .with(user("mia").roles("MANAGER", "COORDINATOR", "ADMIN")).with(csrf());
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void pagesAnswerAProblemDetailNamingTheMissingPart() throws Exception {
        for (String path : new String[] {"/taxes/batch", "/tariff/imports", "/markets/datasets", "/clearance/transactions/1/documents"}) {
            MockHttpServletResponse en = post(path, "en");
            assertThat(en.getStatus()).as(path + " " + en.getContentAsString()).isEqualTo(400);
            assertThat(en.getContentType()).as(path).startsWith("application/problem+json");
            String body = en.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("\"code\":\"error.upload.part-missing\"").contains("\"field\":\"file\"")
                    .contains("The upload has no part named \\\"file\\\"");
            assertThat(post(path, "zh-TW").getContentAsString(StandardCharsets.UTF_8)).as(path)
                    .contains("上傳內容缺少名為「file」的部分");
        }
    }

    @Test
    void restUploadsAnswerAProblemDetailNamingTheMissingPart() throws Exception {
        for (String path : new String[] {"/api/v1/tax/exchange-rates", "/api/v1/markets/datasets",
                "/api/v1/clearance/transactions/1/documents"}) {
            MockHttpServletResponse zh = post(path, "zh-TW");
            assertThat(zh.getStatus()).as(path + " " + zh.getContentAsString()).isEqualTo(400);
            assertThat(zh.getContentType()).as(path).startsWith("application/problem+json");
            String body = zh.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("\"code\":\"error.validation\"").contains("\"field\":\"file\"").contains("上傳內容缺少名為「file」的部分");
        }
    }
}
