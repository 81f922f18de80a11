package org.tradedesk.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON at the edge (issue 11), for every request body the API reads:
 * <ul>
 * <li>every decimal number within {@link #MAX_INTEGER_DIGITS} digits before the point and
 *     {@link #MAX_FRACTION_DIGITS} after it (trailing zeros not counted): {@code 1e200000} is 8 bytes that
 *     made a 6.8 MB answer, {@code 0.00000000001} was stored as 0; refused with the field and the limit;</li>
 * <li>a key given twice in one object is refused (which one was meant?);</li>
 * <li>a boolean is {@code true} or {@code false}, not a number; a whole number (a count) has no decimals ({@code 1.5}
 *     packages was stored as 1); a date is a text, not a day count
 *     ({@code "date":2147483648});</li>
 * <li>a number given as a text holds no control character ({@code "\u0000"} was read as absent).</li>
 * </ul>
 * Fields then apply their own tighter bounds ({@code platform.validation.Amount}). The number bounds hold
 * for request bodies only ({@link EdgeMarker} marks the reading of one): the same mapper reads results
 * the product stored itself, which it trusts.
 */
@Configuration
class StrictJson {

    /** True while a request body is being read. */
    private static final ThreadLocal<Boolean> READING_REQUEST_BODY = new ThreadLocal<>();

    /** Marks the reading of a request body, so the bounds apply to what callers send, not to what was stored. */
    @org.springframework.web.bind.annotation.ControllerAdvice
    static class EdgeMarker extends org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter {
        @Override
        public boolean supports(org.springframework.core.MethodParameter parameter, java.lang.reflect.Type targetType,
                Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public org.springframework.http.HttpInputMessage beforeBodyRead(org.springframework.http.HttpInputMessage input,
                org.springframework.core.MethodParameter parameter, java.lang.reflect.Type targetType,
                Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converterType) {
            READING_REQUEST_BODY.set(Boolean.TRUE);
            return input;
        }

        @Override
        public Object afterBodyRead(Object body, org.springframework.http.HttpInputMessage input,
                org.springframework.core.MethodParameter parameter, java.lang.reflect.Type targetType,
                Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converterType) {
            READING_REQUEST_BODY.remove();
            return body;
        }
    }

    /** Ends the mark whatever happened while reading (a refused body never reaches afterBodyRead). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> strictJsonEdgeReset() {
        jakarta.servlet.Filter reset = (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                READING_REQUEST_BODY.remove();
            }
        };
        return new org.springframework.boot.web.servlet.FilterRegistrationBean<>(reset);
    }

    /** NUMERIC(24,6) holds 18 digits before the point: more cannot be stored or summed. */
    static final int MAX_INTEGER_DIGITS = 18;
    /** Rates of exchange are stored with 10 decimals, the finest of any number kept. */
    static final int MAX_FRACTION_DIGITS = 10;

    @Bean
    JsonMapperBuilderCustomizer strictJsonMapper() {
        SimpleModule bounded = new SimpleModule("tradedesk-bounded-numbers");
        bounded.addDeserializer(BigDecimal.class, new BoundedDecimal());
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                // a count is whole: 1.5 packages was read as 1 (acceptance review t4fixAD M2); refused, and the clearance API
                // names it as not whole (clearance.capture.not-whole)
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .addModule(bounded);
    }

    /** A number past the bounds: the caller's input, named with the limit. */
    static final class NumberOutOfBounds extends TradedeskException {
        static final String CODE = "platform.json.number-out-of-bounds";

        NumberOutOfBounds(String given) {
            super(CODE, "a number has at most " + MAX_INTEGER_DIGITS
                    + " digits before the point and " + MAX_FRACTION_DIGITS + " after it (given " + given + ")",
                    String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_FRACTION_DIGITS), given);
        }
    }

    static BigDecimal checked(BigDecimal value, String given) {
        if (value == null || !Boolean.TRUE.equals(READING_REQUEST_BODY.get())) {
            return null;
        }
        // precision - scale without building the digits: 1e200000 is checked as cheaply as 12.5
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new NumberOutOfBounds(shortened(given));
        }
        // a scale past the bound may still be trailing zeros (1.50000000000); a huge one is never fine
        if (value.scale() > MAX_FRACTION_DIGITS
                && (value.scale() > 1000 || value.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS)) {
            throw new NumberOutOfBounds(shortened(given));
        }
        return value;
    }

    private static String shortened(String given) {
        return given.length() <= 40 ? given : given.substring(0, 37) + "...";
    }

    /** Jackson's own reading of a decimal, then (in a request body) the bounds and no control character in a text. */
    static final class BoundedDecimal extends ValueDeserializer<BigDecimal> {
        private static final tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer PLAIN =
                tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer.instance;

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!Boolean.TRUE.equals(READING_REQUEST_BODY.get())) {
                return PLAIN.deserialize(p, ctxt);
            }
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, p.getString(), "a number holds no control character");
            }
            BigDecimal value = PLAIN.deserialize(p, ctxt);
            return value == null ? null : checked(value, value.toString());
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return PLAIN.getNullValue(ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }
}
