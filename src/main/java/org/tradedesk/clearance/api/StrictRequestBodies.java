package org.tradedesk.clearance.api;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.tradedesk.clearance.ClearanceInputInvalid;
import org.tradedesk.platform.StrictJsonBodies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body of the clearance API holds only the keys its request names (acceptance review F13: {@code "arrival"} for
 * {@code arrivalDate} was dropped silently and the file created without its arrival date): an unknown key is refused
 * with a 400 naming it ({@link StrictJsonBodies}).
 */
@ControllerAdvice(basePackageClasses = StrictRequestBodies.class)
class StrictRequestBodies extends StrictJsonBodies {

    StrictRequestBodies(JsonMapper json) {
        super(json);
    }

    /** The body as read, kept for the request so that a type fault names every field at fault ({@link BodyTypeErrors}). */
    @Override
    public org.springframework.http.HttpInputMessage beforeBodyRead(org.springframework.http.HttpInputMessage input,
            org.springframework.core.MethodParameter parameter, java.lang.reflect.Type targetType,
            Class<? extends org.springframework.http.converter.HttpMessageConverter<?>> converterType) throws java.io.IOException {
        org.springframework.http.HttpInputMessage read = super.beforeBodyRead(input, parameter, targetType, converterType);
        if (read == input) {
            return input; // not JSON: left as it came
        }
        byte[] body = read.getBody().readAllBytes();
        BodyTypeErrors.keep(body);
        org.springframework.http.HttpHeaders headers = read.getHeaders();
        return new org.springframework.http.HttpInputMessage() {
            @Override
            public java.io.InputStream getBody() {
                return new java.io.ByteArrayInputStream(body);
            }

            @Override
            public org.springframework.http.HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    @Override
    protected RuntimeException unknownKey(String path, String clipped) {
        return new ClearanceInputInvalid(path, "clearance.request.unknown-property", "unknown key " + path, clipped);
    }
}
