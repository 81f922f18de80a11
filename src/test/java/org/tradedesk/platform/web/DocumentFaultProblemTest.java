package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.ExtendedModelMap;
import org.tradedesk.reporting.ReportingException;

/**
 * Review r-t2b: a PDF the engine could not lay out answered 400 (the caller's fault) with the template's name and the
 * SpEL exception as the detail, in English inside a zh-TW page. A document fault is the product's: 500, the bundle's text
 * in the reader's language with an incident number, and neither the template nor the exception's text.
 */
class DocumentFaultProblemTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static ReportingException fault() {
        return ReportingException.renderingFailed("markets/report",
                new IllegalStateException("Exception evaluating SpringEL expression: \"@messages.render(x)\" EL1057E"));
    }

    @Test
    void aDocumentThatCannotBeLaidOutIsA500InTheReadersLanguageWithoutTheTemplateOrTheException() {
        ResourceBundleMessageSource messages = messages();
        ApiExceptionHandler handler = new ApiExceptionHandler(messages,
                new org.tradedesk.platform.MessageTexts(messages, new org.tradedesk.platform.Formats(java.time.Clock.systemUTC())));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TRADITIONAL_CHINESE}) {
            LocaleContextHolder.setLocale(locale);
            var answer = handler.business(fault());
            ProblemDetail p = answer.getBody();
            assertThat(answer.getStatusCode().value()).isEqualTo(500);
            assertThat(p.getStatus()).isEqualTo(500);
            assertThat(p.getProperties()).containsEntry("code", "reporting.pdf.failed").containsKey("incident");
            assertThat(p.getDetail()).doesNotContain("markets/report", "SpringEL", "EL1057E", "Exception", "reporting.pdf.failed")
                    .contains((String) p.getProperties().get("incident"));
            assertThat(p.getDetail()).startsWith(locale == Locale.ENGLISH ? "The document could not be produced" : "系統發生錯誤，無法產生文件。");
        }
    }

    @Test
    void theErrorPageSaysTheSameInTheReadersLanguage() {
        ResourceBundleMessageSource messages = messages();
        PageExceptionHandler handler = new PageExceptionHandler(messages,
                new org.tradedesk.platform.MessageTexts(messages, new org.tradedesk.platform.Formats(java.time.Clock.systemUTC())));
        ExtendedModelMap model = new ExtendedModelMap();
        org.springframework.mock.web.MockHttpServletResponse response = new org.springframework.mock.web.MockHttpServletResponse();
        assertThat(handler.business(fault(), model, response, Locale.TRADITIONAL_CHINESE)).isEqualTo("error");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat((String) model.get("errorMessage")).startsWith("系統發生錯誤，無法產生文件。").doesNotContain("SpringEL", "markets/report");
    }
}
