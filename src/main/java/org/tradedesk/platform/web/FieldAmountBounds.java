package org.tradedesk.platform.web;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.tradedesk.platform.validation.Amount;

/**
 * The {@link Amount} bounds of the field at a JSON path of a request body ({@code lines[0].value}, {@code request.freight},
 * {@code exchangeRates.USD}), so that a number the edge refuses ({@link StrictJson}) is answered with the bounds the field
 * itself enforces — 15 digits before the point and 6 after for an amount ({@code Bounds.AMOUNT_*}), not the edge's wider
 * ones (issue 6: {@code 1e308} was told "18 digits … and 10 after" where a 16-digit value was told "15 … and 6").
 */
final class FieldAmountBounds {

    private FieldAmountBounds() {
    }

    /** {@code {integer, fraction}} of the {@code @Amount} at {@code path} of the handler's request body; null when none. */
    static int[] of(HandlerMethod handler, String path) {
        if (handler == null || path == null) {
            return null;
        }
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                return of(p.getGenericParameterType(), path);
            }
        }
        return null;
    }

    /** As above for a body of {@code type}. */
    static int[] of(Type type, String path) {
        String[] names = path.replaceAll("\\[[^\\]]*]", "").split("\\.");
        Type current = type;
        for (int i = 0; i < names.length; i++) {
            Class<?> raw = raw(current);
            if (raw == null || names[i].isEmpty()) {
                return null;
            }
            AnnotatedElement member = member(raw, names[i]);
            if (member == null) {
                return null;
            }
            AnnotatedType annotated = member instanceof RecordComponent c ? c.getAnnotatedType() : ((Field) member).getAnnotatedType();
            boolean last = i == names.length - 1;
            if (last) {
                return bounds(member.getAnnotation(Amount.class));
            }
            // raw is null for a type variable or a wildcard (t2fixG: was a NullPointerException, a 500 for a refused number)
            Class<?> memberType = raw(annotated.getType());
            if (i == names.length - 2 && memberType != null && java.util.Map.class.isAssignableFrom(memberType)
                    && annotated instanceof AnnotatedParameterizedType map) {
                // a map's value by its key (exchangeRates.USD): the bounds are on the value's type
                return bounds(map.getAnnotatedActualTypeArguments()[1].getAnnotation(Amount.class));
            }
            current = element(annotated.getType());
        }
        return null;
    }

    private static int[] bounds(Amount amount) {
        return amount == null ? null : new int[] {amount.integer(), amount.fraction()};
    }

    private static AnnotatedElement member(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c;
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A list's or array's element type, else the type itself. */
    private static Type element(Type type) {
        if (type instanceof ParameterizedType p && java.util.Collection.class.isAssignableFrom(raw(p))) {
            return p.getActualTypeArguments()[0];
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
