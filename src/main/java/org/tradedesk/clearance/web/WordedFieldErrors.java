package org.tradedesk.clearance.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.platform.web.FormRebinding;
import org.tradedesk.shared.MessageText;

/**
 * The page forms' number errors worded as the API words them, in the reader's language: a figure past its
 * {@code @Digits} bounds says what was given and the bounds ({@code clearance.request.number-out-of-bounds}), a text that
 * is not a number says so with the text and the field ({@code clearance.form.not-a-number}) — instead of Hibernate
 * Validator's template text ("數值超出範圍（預期為 &lt;15 digits&gt;.&lt;2 digits&gt;）") or Spring's bare "值不正確".
 */
final class WordedFieldErrors {

    /** The number fields of the clearance page forms, each with its label {@code clearance.form.field.<name>}. */
    private static final java.util.Set<String> NUMBERS = java.util.Set.of("amount", "assessedValue", "costAmount", "declaredValue",
            "exchangeRate", "freight", "grossMassKg", "handCostAmount", "insurance", "netMassKg", "quantity", "refundedAmount",
            "packages", "line", "impact", "likelihood");
    private static final java.util.Set<String> DATES = java.util.Set.of("decidedOn", "filedOn", "issuedOn", "noticeReceived", "paidOn",
            "validUntil");

    private WordedFieldErrors() {
    }

    /** {@code rebound} with its number errors worded; the new errors replace the old ones in the model. */
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

    private static FieldError worded(FieldError f, MessageTexts texts) {
        List<String> codes = Arrays.asList(f.getCodes() == null ? new String[0] : f.getCodes());
        String text;
        if (f.isBindingFailure()) {
            String typed = String.valueOf(f.getRejectedValue() instanceof String[] a && a.length > 0 ? a[0] : f.getRejectedValue()).strip();
            // digits the field's type cannot hold are a number out of range, not "not a number" (issue 8)
            String field = f.getField().replaceAll("^.*\\.", "");
            if (DATES.contains(field)) {
                text = texts.render(MessageText.of(typed.matches("\\d{4}-\\d{2}-\\d{2}") ? "clearance.capture.date-not-existing"
                        : "clearance.capture.not-a-date", MessageText.Arg.literal(clip(typed))));
            } else if (typed.matches("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                text = outOfBounds(typed, Bounds.AMOUNT_INTEGER_DIGITS, Bounds.AMOUNT_FRACTION_DIGITS, texts);
            } else if (NUMBERS.contains(field)) {
                text = texts.render(MessageText.of("clearance.form.not-a-number", MessageText.Arg.literal(clip(typed)),
                        MessageText.Arg.code("clearance.form.field." + field)));
            } else {
                text = texts.render(MessageText.of("clearance.capture.not-a-number", MessageText.Arg.literal(clip(typed))));
            }
        } else if (codes.contains("Digits") && f.getArguments() != null && f.getArguments().length >= 3) {
            // Spring passes the constraint's attributes by name: fraction, then integer
            text = outOfBounds(f.getRejectedValue() instanceof BigDecimal b ? b.toString() : String.valueOf(f.getRejectedValue()),
                    ((Number) f.getArguments()[2]).intValue(), ((Number) f.getArguments()[1]).intValue(), texts);
        } else {
            return f;
        }
        return new FieldError(f.getObjectName(), f.getField(), f.getRejectedValue(), f.isBindingFailure(),
                new String[] {"clearance.capture.problem"}, new Object[] {text}, text);
    }

    private static String outOfBounds(String typed, int integer, int fraction, MessageTexts texts) {
        return texts.render(MessageText.of("clearance.request.number-out-of-bounds", MessageText.Arg.literal(clip(typed)),
                MessageText.Arg.number(integer), MessageText.Arg.number(fraction)));
    }

    private static String clip(String typed) {
        return typed.length() > 60 ? typed.substring(0, 57) + "…" : typed;
    }
}
