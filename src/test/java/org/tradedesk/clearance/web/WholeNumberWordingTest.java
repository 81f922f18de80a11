package org.tradedesk.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.FieldError;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;

/**
 * t4fixZ2 (acceptance review of issue 8, 2): packages "1.5" on the invoice form was refused as 「超出範圍：整數最多 15 位，小數最多
 * 6 位」; a count with decimals is said to be no whole number. A figure field keeps its bounds.
 */
class WholeNumberWordingTest {

    private static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance", "i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC)));
    }

    private static FieldError typeMismatch(String field, String type, String typed) {
        return new FieldError("form", field, typed, true, new String[] {"typeMismatch.form." + field, "typeMismatch." + field,
                "typeMismatch." + type, "typeMismatch"}, null, "Failed to convert");
    }

    @Test
    void aCountWithDecimalsIsNoWholeNumber() {
        LocaleContextHolder.setLocale(Locale.TAIWAN);
        try {
            String zh = WordedFieldErrors.worded(typeMismatch("packages", "java.lang.Integer", "1.5"), texts()).getDefaultMessage();
            assertThat(zh).contains("「1.5」不是整數").doesNotContain("超出範圍");
            // a count past what it holds is still out of range; a figure with decimals past its bounds too
            assertThat(WordedFieldErrors.worded(typeMismatch("packages", "java.lang.Integer", "99999999999"), texts()).getDefaultMessage())
                    .contains("超出範圍");
            assertThat(WordedFieldErrors.worded(typeMismatch("grossMassKg", "java.math.BigDecimal", "1.5"), texts()).getDefaultMessage())
                    .doesNotContain("不是整數");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void theApiSaysTheSameOfACount() {
        assertThat(org.tradedesk.clearance.api.ClearanceApiErrorsAccess.notWhole(Integer.class, "1.5")).isTrue();
        assertThat(org.tradedesk.clearance.api.ClearanceApiErrorsAccess.notWhole(Integer.class, "2.0")).isFalse();
        assertThat(org.tradedesk.clearance.api.ClearanceApiErrorsAccess.notWhole(java.math.BigDecimal.class, "1.5")).isFalse();
    }
}
