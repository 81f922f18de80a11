package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.ServletRequestDataBinder;

/**
 * A form bound to a record is built through its constructor; one field that cannot be converted
 * ({@code abc} in an amount, 30 February) leaves no form, or one never validated, so the page could
 * neither show the user's input back nor the other fields' errors. This builds the form again from the request
 * without the unconvertible fields, validates it, and puts it in the model with every error — the
 * conversion errors keep the rejected text, which the page shows in its field.
 */
public final class FormRebinding {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    private FormRebinding() {
    }

    /** The form and the errors to go on with. */
    public record Bound<T>(T form, BindingResult errors) {
    }

    /**
     * {@code bound} and {@code errors} when the binder built the form, else the rebuilt form with
     * {@code errors}' conversion failures and the validation errors of what could be converted (also
     * put in the model for the page). A null form means not even that could be built.
     */
    public static <T> Bound<T> formToShow(T bound, BindingResult errors, Class<T> type, HttpServletRequest request, SmartValidator validator,
            Model model, Object... groups) {
        // Spring stops at a conversion failure: the record is then missing or built with a null in
        // that place and not validated. Either way, rebuild from what converts and validate that.
        if (bound != null && errors.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            return new Bound<>(bound, errors);
        }
        Set<String> unconvertible = errors.getFieldErrors().stream().filter(FieldError::isBindingFailure)
                .map(FieldError::getField).collect(Collectors.toSet());
        ServletRequestDataBinder binder = new ServletRequestDataBinder(null, errors.getObjectName());
        // without the formatters a pre-filled ISO date (@DateTimeFormat) would not convert: cleared and "required"
        binder.setConversionService(CONVERSIONS);
        binder.setTargetType(ResolvableType.forClass(type));
        binder.construct(ParametersKept.without(request, unconvertible));
        @SuppressWarnings("unchecked")
        T rebuilt = (T) binder.getTarget();
        if (rebuilt == null) {
            return new Bound<>(null, errors);
        }
        BeanPropertyBindingResult all = new BeanPropertyBindingResult(rebuilt, errors.getObjectName());
        all.addAllErrors(errors);
        BeanPropertyBindingResult validation = new BeanPropertyBindingResult(rebuilt, errors.getObjectName());
        validator.validate(rebuilt, validation, groups);
        validation.getFieldErrors().stream().filter(e -> !unconvertible.contains(e.getField())).forEach(all::addError);
        validation.getGlobalErrors().forEach(all::addError);
        model.addAttribute(errors.getObjectName(), rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), all);
        return new Bound<>(rebuilt, all);
    }
}
