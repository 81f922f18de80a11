package org.tradedesk.clients.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.tradedesk.clients.domain.TaxIdCheck;
import org.tradedesk.clients.domain.TaxIdRule;

public class ValidTaxIdValidator implements ConstraintValidator<ValidTaxId, TaxIdFields> {

    @Override
    public boolean isValid(TaxIdFields value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        TaxIdCheck check = TaxIdRule.check(value.country(), value.taxId());
        if (check.valid()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + check.messageCode() + "}")
                .addPropertyNode("taxId").addConstraintViolation();
        return false;
    }
}
