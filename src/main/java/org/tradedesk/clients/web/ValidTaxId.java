package org.tradedesk.clients.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The tax id passes the check-digit rule of the country (統一編號 for TW, ABN for AU); reported on {@code taxId}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTaxIdValidator.class)
@interface ValidTaxId {

    String message() default "{clients.taxid.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
