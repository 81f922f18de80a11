package org.tradedesk.clearance.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.tradedesk.platform.validation.Amount;
import tools.jackson.core.JacksonException;

/**
 * The field of a clearance API body that a reading or validation failure is about: its path as the body has it
 * ({@code lines[0].unitPrice}) and the bounds a number of that field has — its {@code @Digits}, or its {@code @Amount}
 * (the product's one set of bounds, {@code platform.validation.Bounds}) — so a refusal states the field's own bounds.
 */
final class RequestFields {

    private RequestFields() {
    }

    /** {@code amount}, {@code lines[0].unitPrice}; null when the failure names no field. */
    static String path(JacksonException e) {
        return org.tradedesk.platform.StrictJsonBodies.jsonPath(e);
    }

    /** {integer digits, fraction digits} of the field at {@code path} of the handler's request body; null when it declares none. */
    static int[] bound(HandlerMethod handler, String path) {
        if (handler == null) {
            return null;
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return bound(p.getGenericParameterType(), path);
            }
        }
        return null;
    }

    /** The bounds of a validation failure's {@code @Digits} or {@code @Amount}; null for another constraint. */
    static int[] bound(FieldError error) {
        if (!error.contains(ConstraintViolation.class)) {
            return null;
        }
        return bound(error.unwrap(ConstraintViolation.class).getConstraintDescriptor().getAnnotation());
    }

    private static int[] bound(Annotation a) {
        if (a instanceof Digits d) {
            return new int[] {d.integer(), d.fraction()};
        }
        if (a instanceof Amount amount) {
            return new int[] {amount.integer(), amount.fraction()};
        }
        return null;
    }

    private static int[] bound(Type type, String path) {
        Type current = type;
        Field field = null;
        for (String part : path.split("\\.")) {
            String name = part.replaceAll("\\[\\d+]", "");
            Class<?> owner = raw(current);
            if (owner == null) {
                return null;
            }
            try {
                field = owner.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                return null;
            }
            current = field.getGenericType();
            for (int i = part.indexOf('['); i >= 0; i = part.indexOf('[', i + 1)) {
                current = current instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : null;
            }
        }
        if (field == null) {
            return null;
        }
        for (Annotation a : field.getAnnotations()) {
            int[] b = bound(a);
            if (b != null) {
                return b;
            }
        }
        for (Annotation a : field.getAnnotatedType().getAnnotations()) {
            int[] b = bound(a);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        return t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c ? c : null;
    }
}
