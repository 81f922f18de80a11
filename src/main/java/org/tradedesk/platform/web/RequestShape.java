package org.tradedesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request whose shape the container or Spring cannot read at all is answered here, before any
 * filter or controller touches it (issue 11: each was a 500): a {@code Content-Type} that does not
 * parse or names a wildcard ({@code application/*}) is a 415; a body or query whose parameters do not
 * parse (a multipart body without its boundary or cut short, a form with {@code %} not followed by
 * two hex digits) is a 400; a body that is not an upload and is larger than {@link #MAX_BODY_BYTES} is a 413. Under {@code /api/} the answer is the product's problem detail with its
 * {@code code}, in the reader's language; elsewhere the friendly error page with that status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class RequestShape extends OncePerRequestFilter {

    /**
     * The largest body that is not an upload: 16 MiB holds the largest legal tax request (20,000 lines with an
     * option each, about 7 MB). Uploads (multipart) have their own 50 MB limit (spring.servlet.multipart).
     */
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestShape(MessageSource messages, @org.springframework.context.annotation.Lazy LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            refuse(request, response, 400, "error.api.parameters-unreadable");
            return;
        }
        if (hasNonAsciiDigit(decoded)) {
            // Java reads １ or ٣ as a digit: /clients/１ opened client 1 (issue 11); ids in paths are ASCII digits
            refuse(request, response, 400, "error.api.path-digits");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank()) {
            boolean readable;
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                readable = !type.isWildcardType() && !type.isWildcardSubtype();
            } catch (InvalidMediaTypeException e) {
                readable = false;
            }
            if (!readable) {
                refuse(request, response, 415, "error.api.content-type-unreadable", shortened(contentType));
                return;
            }
        }
        boolean upload = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!upload && request.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(request, response, 413, "error.api.body-too-large", String.valueOf(MAX_BODY_BYTES / (1024 * 1024)));
            return;
        }
        try {
            request.getParameterMap();
        } catch (RuntimeException unreadable) {
            // Tomcat's InvalidParameterException (an IllegalStateException): bad %-escapes, a broken multipart body
            logger.debug("unreadable request parameters", unreadable);
            refuse(request, response, 400, "error.api.parameters-unreadable");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNonAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static String shortened(String s) {
        String plain = s.replaceAll("[\\p{Cntrl}]", "?");
        return plain.length() <= 80 ? plain : plain.substring(0, 77) + "...";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
            throws IOException {
        Locale locale;
        try {
            locale = locales.resolveLocale(request);
        } catch (RuntimeException e) {
            locale = Locale.ENGLISH;
        }
        String detail = messages.getMessage(code, args, locale);
        if (!ApiPaths.isApi(request)) {
            request.setAttribute("jakarta.servlet.error.message", detail);
            response.sendError(status, detail);
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:tradedesk:problem:" + code);
        problem.put("title", messages.getMessage("problem.title." + status, null, String.valueOf(status), locale));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
