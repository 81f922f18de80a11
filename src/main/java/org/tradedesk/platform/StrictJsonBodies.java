package org.tradedesk.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON body holds only the keys its request names (clearance acceptance review F13: {@code "arrival"} for
 * {@code arrivalDate} was dropped silently; markets review F5: {@code "apiKey"}, {@code "bogus"}, {@code "format"}).
 * The platform's mapper ignores unknown keys (Spring Boot's default, which other modules rely on); a module that wants its
 * API strict declares a subclass as {@code @ControllerAdvice(basePackageClasses = ...)} over its API package: the body is
 * first read with {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} and an unknown key is refused with the
 * module's own 400 ({@link #unknownKey}) naming it (its path, {@code lines[0].qty} in a nested body). Any other fault is
 * left to the ordinary reading, which reports it as before.
 */
public abstract class StrictJsonBodies extends RequestBodyAdviceAdapter {

    /** The cap of a module whose bodies are small (invoice capture: 1,000 lines): 8 MiB. */
    protected static final int SMALL_BODIES = 8 * 1024 * 1024;

    /**
     * The largest body any request may have (not an upload): 16 MiB holds the largest legal tax request (20,000 lines with
     * an option each, about 7 MB); {@code RequestShape} answers 413 above it, and a module whose bodies may be that large
     * reads up to it.
     */
    public static final int REQUEST_LIMIT = 16 * 1024 * 1024;

    private final JsonMapper json;
    private final int maxBytes;

    /** A module with small bodies ({@link #SMALL_BODIES}). */
    protected StrictJsonBodies(JsonMapper json) {
        this(json, SMALL_BODIES);
    }

    /**
     * A body is read whole to be checked, up to {@code maxBytes}; a larger one is refused with a 413 (never cut short and
     * handed on: review of T1 R1, a legal 9 MiB tax body was cut at 8 MiB and answered "malformed JSON", its keys unchecked).
     */
    protected StrictJsonBodies(JsonMapper json, int maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /** The module's problem for an unknown key: {@code path} as the body has it, {@code clipped} shortened to 80 characters. */
    protected abstract RuntimeException unknownKey(String path, String clipped);

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return converterType.getName().contains("Jackson");
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = input.getHeaders().getContentType();
        if (type != null && !type.getSubtype().contains("json")) {
            return input;
        }
        byte[] body = input.getBody().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        RuntimeException refused = null;
        try {
            json.readerFor(json.constructType(targetType)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (UnrecognizedPropertyException e) {
            String path = path(e);
            refused = unknownKey(path, clip(path));
        } catch (JacksonException | org.tradedesk.shared.TradedeskException e) {
            // another fault: the ordinary reading reports it
        }
        if (refused != null) {
            throw refused;
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    /** A body larger than the module reads: 413 {@code error.api.body-too-large} naming the limit in MiB. */
    public static final class TooLarge extends org.springframework.web.ErrorResponseException {

        private final int maxBytes;

        TooLarge(int maxBytes) {
            super(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
            this.maxBytes = maxBytes;
        }

        /** The limit in MiB, as the message names it. */
        public int mebibytes() {
            return maxBytes / (1024 * 1024);
        }
    }

    /** The key as the body has it: {@code arrival}, {@code lines[0].qty}. */
    private static String path(UnrecognizedPropertyException e) {
        String path = jsonPath(e);
        return path == null ? String.valueOf(e.getPropertyName()) : path;
    }

    /**
     * Where in a JSON body a reading failure is, as the body names it ({@code amount}, {@code lines[0].unitPrice}); null
     * when the failure names no place. One rendering for the unknown-key refusal here and the modules' own field errors.
     */
    public static String jsonPath(JacksonException e) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
