package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.tradedesk.clients.StaleClientEdit;

/**
 * Issue 12: the loser of a concurrent edit got {@code clients.stale-edit} from the clients module's
 * own version check and {@code error.stale-edit} from JPA's, with different texts. Now both are
 * the platform's {@link org.tradedesk.platform.StaleEdit}: the same 409, code, type and text.
 */
class StaleEditOneCodeTest {

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aModulesVersionCheckAndJpasAnswerTheSame() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/clients");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ApiExceptionHandler handler = new ApiExceptionHandler(messages,
                new org.tradedesk.platform.MessageTexts(messages, new org.tradedesk.platform.Formats(java.time.Clock.systemUTC())));

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TRADITIONAL_CHINESE}) {
            LocaleContextHolder.setLocale(locale);
            ProblemDetail module = handler.business(StaleClientEdit.ofClient(7, 0, 1)).getBody();
            ProblemDetail jpa = handler.staleEdit(new ObjectOptimisticLockingFailureException(Object.class, 7)).getBody();
            assertThat(module.getStatus()).isEqualTo(409).isEqualTo(jpa.getStatus());
            assertThat(module.getProperties().get("code")).isEqualTo("error.stale-edit").isEqualTo(jpa.getProperties().get("code"));
            assertThat(module.getType()).isEqualTo(jpa.getType());
            assertThat(module.getDetail()).isEqualTo(jpa.getDetail()).isNotBlank();
        }
        LocaleContextHolder.setLocale(Locale.TRADITIONAL_CHINESE);
        assertThat(handler.business(StaleClientEdit.ofContact(3, 1, 2)).getBody().getDetail())
                .isEqualTo("您開啟此筆資料後，已有其他人修改。請重新載入後再套用您的修改。");
    }
}
