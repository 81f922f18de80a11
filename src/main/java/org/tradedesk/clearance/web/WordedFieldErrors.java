package org.tradedesk.clearance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.MessageText;

/**
 * The binding of every clearance page form, once: the form rebuilt from the request when a field could not be converted
 * ({@link FormRebinding}: the user's input stays in the page, every other field's errors with it), then its errors worded
 * as the API words them, in the reader's language — a figure past its {@code @Digits} or {@code @Amount} bounds says what
 * was given and the bounds ({@code clearance.request.number-out-of-bounds}), a text that is not a number says so with the
 * text and, where the form labels it, the field ({@code clearance.form.not-a-number}), a date that is not one or does not
 * exist says so ({@code clearance.capture.not-a-date}, {@code clearance.capture.date-not-existing}), a value a choice does
 * not offer says so — instead of Hibernate Validator's template text ("數值超出範圍（預期為 &lt;15 digits&gt;.&lt;2
 * digits&gt;）") or Spring's bare "值不正確". (The invoice page's own wording of its conversion errors was a second copy of
 * these rules; it is this one now.)
 */
final class WordedFieldErrors {

    /** The number fields of the clearance page forms with a label of their own, {@code clearance.form.field.<name>}. */
    private static final Set<String> LABELLED = Set.of("amount", "assessedValue", "costAmount", "declaredValue",
            "exchangeRate", "freight", "grossMassKg", "handCostAmount", "insurance", "netMassKg", "quantity", "refundedAmount",
            "packages", "line", "impact", "likelihood");
    /** The date fields, where the binder's codes do not say so (a field named {@code …Date} is one as well). */
    private static final Set<String> DATES = Set.of("decidedOn", "filedOn", "issuedOn", "noticeReceived", "paidOn", "validUntil");
    /** The counts: a whole number, not a figure with decimals. */
    private static final Set<String> WHOLE_TYPES = Set.of("java.lang.Integer", "java.lang.Long", "int", "long", "java.math.BigInteger");
    private static final Set<String> NUMBER_TYPES = Set.of("java.math.BigDecimal", "java.lang.Integer", "java.lang.Long", "int", "long",
            "java.lang.Double", "double", "java.math.BigInteger");

    private WordedFieldErrors() {
    }

    /**
     * The form to show and its errors, worded: {@code bound} and {@code bindingErrors} as Spring bound them, the form rebuilt
     * when a field did not convert (a null form: not even that could be built). The worded errors are in the model.
     */
    static <T> FormRebinding.Bound<T> formToShow(T bound, BindingResult bindingErrors, Class<T> type, HttpServletRequest request,
            SmartValidator validator, Model model, MessageTexts texts, Object... groups) {
        return worded(FormRebinding.formToShow(bound, bindingErrors, type, request, validator, model, groups), texts, model);
    }

    /** {@code rebound} with its errors worded; the new errors replace the old ones in the model. */
    static <T> FormRebinding.Bound<T> worded(FormRebinding.Bound<T> rebound, MessageTexts texts, Model model) {
        BindingResult errors = rebound.errors();
        if (errors == null || !errors.hasFieldErrors()) {
            return rebound;
        }
        BeanPropertyBindingResult out = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        for (ObjectError e : errors.getAllErrors()) {
            out.addError(e instanceof FieldError f ? worded(f, texts) : e);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), out);
        return new FormRebinding.Bound<>(rebound.form(), out);
    }

    static FieldError worded(FieldError f, MessageTexts texts) {
        List<String> codes = Arrays.asList(f.getCodes() == null ? new String[0] : f.getCodes());
        String text;
        if (f.isBindingFailure()) {
            String typed = String.valueOf(f.getRejectedValue() instanceof String[] a && a.length > 0 ? a[0] : f.getRejectedValue()).strip();
            String field = f.getField().replaceAll("^.*\\.", "");
            // the field's type as the binder's codes name it (typeMismatch.java.math.BigDecimal), when they do
            String target = codes.stream().filter(c -> c.startsWith("typeMismatch.")).map(c -> c.substring("typeMismatch.".length()))
                    .filter(c -> c.matches("([a-z_]\\w*\\.)+[A-Z]\\w*") || c.matches("int|long|double")).findFirst().orElse(null);
            boolean date = "java.time.LocalDate".equals(target) || target == null && (DATES.contains(field) || field.endsWith("Date"));
            boolean number = target == null ? LABELLED.contains(field) : NUMBER_TYPES.contains(target);
            if (date) {
                text = texts.render(MessageText.of(typed.matches("\\d{4}-\\d{2}-\\d{2}") ? "clearance.capture.date-not-existing"
                        : "clearance.capture.not-a-date", MessageText.Arg.literal(clip(typed))));
            } else if (WHOLE_TYPES.contains(target) && typed.matches("[+-]?\\d*\\.\\d+|[+-]?\\d+\\.\\d*")
                    && new BigDecimal(typed.endsWith(".") ? typed + "0" : typed).stripTrailingZeros().scale() > 0) {
                // t4fixZ2: packages "1.5" was refused as past 15 digits and 6 decimals; a count is a whole number
                text = texts.render(MessageText.of("clearance.capture.not-whole", MessageText.Arg.literal(clip(typed))));
            } else if (typed.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?") && (number || target == null)) {
                // digits the field's type cannot hold are a number out of range, not "not a number" (issue 8)
                text = outOfBounds(typed, Bounds.AMOUNT_INTEGER_DIGITS, Bounds.AMOUNT_FRACTION_DIGITS, texts);
            } else if (LABELLED.contains(field)) {
                text = texts.render(MessageText.of("clearance.form.not-a-number", MessageText.Arg.literal(clip(typed)),
                        MessageText.Arg.code("clearance.form.field." + field)));
            } else if (number || target == null) {
                text = texts.render(MessageText.of("clearance.capture.not-a-number", MessageText.Arg.literal(clip(typed))));
            } else {
                // a value none of a choice's options (a direction, a jurisdiction, an Incoterm) — not "has an invalid value"
                text = texts.render(MessageText.of("clearance.form.not-a-choice", MessageText.Arg.literal(clip(typed))));
            }
        } else if (codes.contains("Digits") && f.getArguments() != null && f.getArguments().length >= 3) {
            // Spring passes the constraint's attributes by name: fraction, then integer
            text = outOfBounds(given(f.getRejectedValue()), ((Number) f.getArguments()[2]).intValue(),
                    ((Number) f.getArguments()[1]).intValue(), texts);
        } else if (codes.contains("Pattern") && f.getField().endsWith("TariffCode")) {
            // "has an invalid format" did not say which (review r-t4c F7): a tariff code is digits, dots and spaces
            text = texts.render(MessageText.of("clearance.form.tariff-code-format", MessageText.Arg.literal(clip(given(f.getRejectedValue())))));
        } else if (codes.contains("Amount")) {
            // a figure past the bounds of every amount (platform.validation.Bounds), said with them
            text = outOfBounds(given(f.getRejectedValue()), Bounds.AMOUNT_INTEGER_DIGITS, Bounds.AMOUNT_FRACTION_DIGITS, texts);
        } else {
            return f;
        }
        return new FieldError(f.getObjectName(), f.getField(), f.getRejectedValue(), f.isBindingFailure(),
                new String[] {"clearance.capture.problem"}, new Object[] {text}, text);
    }

    /**
     * Every problem of a refusal at its field (t4fixX 4: the pages put only the first of several at its field, worded with the
     * first's code and no arguments): each problem at the form's field {@code formField} maps it to (null, or a field the form
     * does not have: above the form), with its own code and arguments in the reader's style.
     */
    static void rejectEach(org.tradedesk.clearance.ClearanceInputInvalid refusal, BindingResult errors,
            java.util.function.UnaryOperator<String> formField) {
        org.springframework.beans.BeanWrapper form = errors.getTarget() == null ? null
                : new org.springframework.beans.BeanWrapperImpl(errors.getTarget());
        for (org.tradedesk.clearance.ClearanceInputInvalid p : refusal.problems()) {
            String field = p.field() == null ? null : formField.apply(p.field());
            reject(p, errors, field != null && form != null && form.isReadableProperty(field) ? field : null);
        }
    }

    /**
     * A refusal at {@code field} (null: above the form) in the reader's language: its code and arguments, or — raised with a
     * message text ({@code clearance.transaction.client-unknown} worded "no client {0} that you can see") — that text with
     * its own arguments, nested texts and codes resolved (acceptance review: such refusals reached pages as the bare code's
     * text with "{0}" unfilled).
     */
    static void reject(org.tradedesk.shared.TradedeskException e, BindingResult errors, String field) {
        String code = e.messageCode();
        Object[] arguments;
        if (e.messageText() != null) {
            org.springframework.context.MessageSourceResolvable text = (org.springframework.context.MessageSourceResolvable)
                    org.tradedesk.platform.Formats.readerArguments(new Object[] {e.messageText()})[0];
            code = text.getCodes()[0];
            arguments = text.getArguments();
        } else {
            arguments = org.tradedesk.platform.Formats.readerArguments(e.arguments());
        }
        if (field != null) {
            errors.rejectValue(field, code, arguments, e.getMessage());
        } else {
            errors.reject(code, arguments, e.getMessage());
        }
    }

    /** {@link #rejectEach(org.tradedesk.clearance.ClearanceInputInvalid, BindingResult, java.util.function.UnaryOperator)}, each at its own field. */
    static void rejectEach(org.tradedesk.clearance.ClearanceInputInvalid refusal, BindingResult errors) {
        rejectEach(refusal, errors, f -> f);
    }

    /**
     * The figure near how it was typed: plain (0.0000001, not 1E-7), but in exponent form when typed so (1e30 → 1E+30,
     * not thirty-one digits) or when the plain form is long past any bounds.
     */
    private static String given(Object value) {
        if (!(value instanceof BigDecimal b)) {
            return String.valueOf(value);
        }
        return b.scale() < 0 || b.toPlainString().length() > 60 ? b.toString() : b.toPlainString();
    }

    private static String outOfBounds(String typed, int integer, int fraction, MessageTexts texts) {
        return texts.render(MessageText.of("clearance.request.number-out-of-bounds", MessageText.Arg.literal(clip(typed)),
                MessageText.Arg.number(integer), MessageText.Arg.number(fraction)));
    }

    private static String clip(String typed) {
        return typed.length() > 60 ? typed.substring(0, 57) + "…" : typed;
    }
}
