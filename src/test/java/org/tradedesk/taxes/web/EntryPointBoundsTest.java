package org.tradedesk.taxes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tradedesk.platform.validation.Bounds;

/**
 * One set of bounds across the invoice form, the tax API and the batch upload ({@link Bounds}; README "Limits of a
 * request"): each entry point takes a value at the bound and refuses one past it, naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EntryPointBoundsTest {

    private static final RequestPostProcessor COORDINATOR = user("carol").roles("COORDINATOR");
    /** 15 digits before the point: {@link Bounds#AMOUNT_INTEGER_DIGITS}; one more is past it. */
    private static final String AT_DIGITS = "1".repeat(Bounds.AMOUNT_INTEGER_DIGITS);
    private static final String PAST_DIGITS = "1".repeat(Bounds.AMOUNT_INTEGER_DIGITS + 1);

    @Autowired
    MockMvc mvc;

    // ---- the tax API

    private MockHttpServletResponse api(String value, String invoiceDate, int lines) throws Exception {
        StringBuilder body = new StringBuilder("{\"jurisdiction\":\"TW\",\"date\":\"2018-03-01\",\"currency\":\"TWD\",\"incoterm\":\"CIF\",");
        if (invoiceDate != null) {
            body.append("\"invoiceDate\":\"").append(invoiceDate).append("\",");
        }
        body.append("\"lines\":[");
        for (int i = 0; i < lines; i++) {
            body.append(i == 0 ? "" : ",").append("{\"description\":\"x\",\"value\":").append(value).append(",\"measures\":{\"duty\":\"5%\"}}");
        }
        body.append("]}");
        return mvc.perform(post("/api/v1/tax/calculations").with(COORDINATOR).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andReturn().getResponse();
    }

    @Test
    void theApiTakesTheBoundAndRefusesOnePastIt() throws Exception {
        assertThat(api(AT_DIGITS, null, 1).getStatus()).isEqualTo(200);
        MockHttpServletResponse digits = api(PAST_DIGITS, null, 1);
        assertThat(digits.getStatus()).isEqualTo(400);
        assertThat(digits.getContentAsString(StandardCharsets.UTF_8)).contains("lines[0].value");

        assertThat(api("100", Bounds.LATEST, 1).getStatus()).isEqualTo(200);
        MockHttpServletResponse date = api("100", Bounds.LATEST_DATE.plusDays(1).toString(), 1);
        assertThat(date.getStatus()).isEqualTo(400);
        assertThat(date.getContentAsString(StandardCharsets.UTF_8)).contains("invoiceDate");

        assertThat(api("100", null, Bounds.MAX_API_LINES).getStatus()).isEqualTo(200);
        assertThat(api("100", null, Bounds.MAX_API_LINES + 1).getStatus()).isEqualTo(413);
    }

    // ---- the invoice form

    private String preview(int lines, String value, String invoiceDate) throws Exception {
        MockHttpServletRequestBuilder b = post("/taxes/quotations/preview").with(COORDINATOR).with(csrf()).param("lang", "en")
                .param("clientId", "").param("jurisdiction", "TW").param("date", "2018-03-01").param("currency", "TWD")
                .param("incoterm", "CIF").param("exchangeRate", "1").param("allocation", "VALUE");
        if (invoiceDate != null) {
            b.param("invoiceDate", invoiceDate);
        }
        for (int i = 0; i < lines; i++) {
            b.param("lines[" + i + "].description", "x").param("lines[" + i + "].value", value)
                    .param("lines[" + i + "].measures", "duty=5%");
        }
        return mvc.perform(b).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormTakesTheBoundAndRefusesOnePastIt() throws Exception {
        String lines = "takes at most " + Bounds.MAX_FORM_LINES + " lines";
        assertThat(preview(Bounds.MAX_FORM_LINES, "100", null)).doesNotContain(lines).doesNotContain("id=\"result-errors\"");
        assertThat(preview(Bounds.MAX_FORM_LINES + 1, "100", null)).contains(lines);

        String digits = "must have at most " + Bounds.AMOUNT_INTEGER_DIGITS + " digits before the decimal point";
        assertThat(preview(1, AT_DIGITS, null)).doesNotContain(digits).doesNotContain("id=\"result-errors\"");
        assertThat(preview(1, PAST_DIGITS, null)).contains(digits);

        assertThat(preview(1, "100", Bounds.LATEST)).doesNotContain("id=\"result-errors\"");
        assertThat(preview(1, "100", Bounds.LATEST_DATE.plusDays(1).toString())).contains("id=\"result-errors\"")
                .contains("must be a date from");
    }

    // ---- the batch upload

    @Test
    void theBatchTakesTheBoundAndRefusesOnePastIt() throws Exception {
        StringBuilder atBound = new StringBuilder("description,value,measures\n");
        for (int i = 0; i < Bounds.MAX_BATCH_ROWS; i++) {
            atBound.append("x,100,duty=5%\n");
        }
        InvoiceFile.Parsed read = InvoiceFile.read("invoice.csv", atBound.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        assertThat(read.lines()).hasSize(Bounds.MAX_BATCH_ROWS);
        atBound.append("x,100,duty=5%\n");
        assertThat(InvoiceFile.read("invoice.csv", atBound.toString().getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.message().code()).isEqualTo("taxes.batch.reason.too-many-rows"));

        String file = "description,value,measures\nx,%s,duty=5%%\n";
        assertThat(mvc.perform(BatchPageTest.upload("invoice.csv", file.formatted(AT_DIGITS).getBytes(StandardCharsets.UTF_8), ""))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse past = mvc.perform(BatchPageTest.upload("invoice.csv",
                file.formatted(PAST_DIGITS).getBytes(StandardCharsets.UTF_8), "")).andReturn().getResponse();
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat(past.getContentAsString(StandardCharsets.UTF_8)).contains("Row 2, Value: ")
                .contains("must have at most " + Bounds.AMOUNT_INTEGER_DIGITS + " digits before the decimal point");
    }
}
