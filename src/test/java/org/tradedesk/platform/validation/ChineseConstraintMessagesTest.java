package org.tradedesk.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

class ChineseConstraintMessagesTest {

    record Cost(@DecimalMin("0") BigDecimal amount, @DecimalMax(value = "100", inclusive = false) BigDecimal percent) {
    }

    @Test
    void decimalBoundsReadAsOneChineseSentence() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.TRADITIONAL_CHINESE).buildValidatorFactory().getValidator();
        var messages = validator.validate(new Cost(new BigDecimal("-5"), new BigDecimal("100"))).stream()
                .map(v -> v.getMessage()).toList();
        assertThat(messages).containsExactlyInAnyOrder("必須大於或等於 0。", "必須小於 100。");
    }
}
