package org.tradedesk.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * Issue 8 F5 and F1, on the clearance API's error handler with the application's bundles: the labels of fields inside a
 * list that is not an invoice's lines, the label of a key the body does not have, and JPA's optimistic lock failure
 * answered as the stale-edit conflict (it leaked as 500 error.internal).
 */
class ClearanceApiErrorLabelsTest {

    static final ClearanceApiErrors ERRORS;

    static {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages", "i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        ERRORS = new ClearanceApiErrors(new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC))), bundles, tools.jackson.databind.json.JsonMapper.builder().build());
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    static String label(String field, String code, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        ResponseEntity<ProblemDetail> answer = ERRORS.inputInvalid(new ClearanceInputInvalid(field, code, "test", field));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getBody().getProperties().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).containsEntry("field", field);
        return (String) errors.get(0).get("label");
    }

    @Test
    void aHandCostsAmountIsNoAmountInDispute() {
        assertThat(label("handCosts[0].amount", "clearance.field.required", Locale.ENGLISH)).isEqualTo("Cost entered by hand 1: amount");
        assertThat(label("handCosts[1].description", "clearance.field.required", Locale.ENGLISH))
                .isEqualTo("Cost entered by hand 2: description");
        assertThat(label("handCosts[0].amount", "clearance.field.required", Locale.TAIWAN)).isEqualTo("人工輸入成本 1：金額");
        // the dispute's own amount keeps its label
        assertThat(label("amount", "clearance.field.required", Locale.ENGLISH)).isEqualTo("Amount in dispute");
    }

    @Test
    void aDraftItemsLineIsTheInvoiceLineOfThatItem() {
        assertThat(label("items[1].line", "clearance.field.required", Locale.ENGLISH)).isEqualTo("Declaration item 2: invoice line number");
        assertThat(label("items[1].line", "clearance.field.required", Locale.TAIWAN)).isEqualTo("報單第 2 項：發票項次");
        // an invoice's line keeps "Line 1 line number" (re-review F2)
        assertThat(label("lines[0].line", "clearance.field.required", Locale.ENGLISH)).isEqualTo("Line 1 line number");
    }

    /**
     * t4fixW: a refusal of a query parameter or a service field (?format=xml on an Australian file, a document type, a
     * choice not yet made) labelled 「format」 in Chinese: each has a label in both languages.
     */
    @Test
    void parametersAndServiceFieldsHaveLabelsInBothLanguages() {
        assertThat(label("format", "clearance.declaration.format", Locale.TAIWAN)).isEqualTo("格式");
        assertThat(label("format", "clearance.declaration.format", Locale.ENGLISH)).isEqualTo("Format");
        for (String field : List.of("choice", "declaration", "tariffCodes", "type", "validUntil")) {
            assertThat(label(field, "clearance.field.required", Locale.TAIWAN)).as(field).isNotEqualTo(field).doesNotContainPattern("[A-Za-z]");
            assertThat(label(field, "clearance.field.required", Locale.ENGLISH)).as(field).isNotEqualTo(field);
        }
    }

    @Test
    void anUnknownKeyIsLabelledAsSent() {
        assertThat(label("items", "clearance.request.unknown-property", Locale.ENGLISH)).isEqualTo("items");
        assertThat(label("items", "clearance.request.unknown-property", Locale.TAIWAN)).isEqualTo("items");
    }

    @Test
    void anOptimisticLockFailureIsTheStaleEditConflict() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ResponseEntity<ProblemDetail> answer = ERRORS.optimisticLock(new jakarta.persistence.OptimisticLockException("row was updated"));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "error.stale-edit");
        assertThat(answer.getBody().getDetail()).isEqualTo("Someone else changed this record after you opened it. Reload it and apply your change again.");
    }

    /**
     * Issue 8 F12: {@code "invoiceNumber":""} was taken; the zh detail joined the problems with 「。；」. A blank number is
     * required at its field, and each problem's own full stop gives way to the list separator, one full stop at the end.
     */
    @Test
    void aBlankInvoiceNumberIsRequiredAndTheProblemsJoinWithoutDoubledPunctuation() {
        var invoice = new org.tradedesk.clearance.messages.CapturedInvoice("MANUAL", false, " ", java.time.LocalDate.of(2026, 3, 1),
                "USD", "Seller", "US", "Buyer", "TW", "CIF", "Kaohsiung", new java.math.BigDecimal("500.00"),
                new java.math.BigDecimal("42"), 2, List.of());
        var problems = org.tradedesk.clearance.domain.CapturedInvoiceCheck.check(org.tradedesk.tariff.Jurisdiction.TW, invoice);
        assertThat(problems).extracting(org.tradedesk.clearance.domain.CaptureProblem::field).containsExactly("invoiceNumber", "lines");
        LocaleContextHolder.setLocale(Locale.TAIWAN);
        ProblemDetail zh = ERRORS.captureInvalid(new org.tradedesk.clearance.CaptureInvalid(problems)).getBody();
        assertThat(zh.getDetail()).isEqualTo("擷取的發票有 2 個問題：發票號碼：必填；發票項次：發票至少需要一項。").doesNotContain("。；");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ProblemDetail en = ERRORS.captureInvalid(new org.tradedesk.clearance.CaptureInvalid(problems)).getBody();
        assertThat(en.getDetail()).doesNotContain(".;").endsWith(".");
    }
}
