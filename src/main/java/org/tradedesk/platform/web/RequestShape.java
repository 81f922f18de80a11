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
    static final long MAX_BODY_BYTES = org.tradedesk.platform.StrictJsonBodies.REQUEST_LIMIT;

    /** The code of an upload above the multipart limit: 413 naming the limit in MB (also {@code ApiExceptionHandler}'s). */
    static final String UPLOAD_TOO_LARGE = "error.upload.too-large";

    /** A limit in bytes as the messages name it: 52428800 is "50" (MB as Spring's {@code 50MB} means it, 1024 × 1024 bytes). */
    static String megabytes(long bytes) {
        long mb = 1024L * 1024L;
        return bytes % mb == 0 ? String.valueOf(bytes / mb)
                : java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(mb), 1, java.math.RoundingMode.DOWN).toPlainString();
    }

    /**
     * The upload limit a refusal names, in bytes: Spring's when it knows it, else the container's ({@code SizeException} in
     * the causes: Spring's own refusal says -1); -1 when neither does.
     */
    static long uploadLimit(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
        if (e.getMaxUploadSize() > 0) {
            return e.getMaxUploadSize();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException size) {
                return size.getPermittedSize();
            }
        }
        return -1;
    }

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
            for (Throwable t = unreadable; t != null; t = t.getCause()) {
                if (t instanceof org.apache.tomcat.util.http.fileupload.impl.SizeException size) {
                    // an upload above spring.servlet.multipart's limit (a 55 MB dataset): 413 naming the limit, at once —
                    // Tomcat refuses it on its Content-Length before reading the file, so nothing is read or stored (t2fixJ;
                    // it was a 400 "parameters could not be read")
                    refuse(request, response, 413, UPLOAD_TOO_LARGE, megabytes(size.getPermittedSize()));
                    return;
                }
                if (t instanceof org.apache.tomcat.util.http.fileupload.InvalidFileNameException invalid) {
                    // a NUL in a part's file name: Tomcat refuses the whole body; say which name
                    refuse(request, response, 400, "error.api.part-control-character", shortened(invalid.getName()));
                    return;
                }
            }
            refuse(request, response, 400, "error.api.parameters-unreadable");
            return;
        }
        if (upload) {
            String refused = refusedPart(request, response);
            if (refused != null) {
                return;
            }
        }
        chain.doFilter(withAsciiDigitsInTheQuery(request), response);
    }

    /**
     * Multipart parts the product does not read are refused naming the part (issue 11, each was "some 4xx"): a NUL
     * or another control character in a part's name, file name or form value is a 400
     * {@code error.api.part-control-character}; a part that is itself a multipart body ({@code multipart/mixed}) is a
     * 415 {@code error.api.part-multipart}. Returns the code of the refusal written, or null when the parts are fine.
     */
    private String refusedPart(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.Collection<jakarta.servlet.http.Part> parts;
        try {
            parts = request.getParts();
        } catch (ServletException | RuntimeException unreadable) {
            // not a multipart request the container parses (no multipart config): the controller answers
            return null;
        }
        for (jakarta.servlet.http.Part part : parts) {
            String name = part.getName() == null ? "" : part.getName();
            String file = part.getSubmittedFileName();
            String type = part.getContentType();
            String value = file == null && part.getSize() <= 64 * 1024 ? request.getParameter(name) : null;
            if (hasControl(name) || hasControl(file) || hasControl(value)) {
                refuse(request, response, 400, "error.api.part-control-character", shortened(name));
                return "error.api.part-control-character";
            }
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                refuse(request, response, 415, "error.api.part-multipart", shortened(name), shortened(type));
                return "error.api.part-multipart";
            }
        }
        return null;
    }

    /** A control character other than TAB, CR and LF (a form's text area may hold line ends). */
    private static boolean hasControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * The platform's one rule for digits in query parameters (issue 11): a decimal digit of another script —
     * full-width {@code １} as a Chinese input method types it, Arabic-Indic {@code ٣} — is read as the ASCII
     * digit it stands for, in every query parameter ({@code page=１} is page 1, {@code year=２０２４} is 2024,
     * {@code q=８５１８} searches 8518). Java's number parsing read some of these already and the date parser none;
     * now every parameter reads them alike. (Path ids stay ASCII only: an id is not typed, see above.)
     */
    static HttpServletRequest withAsciiDigitsInTheQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return request;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            try {
                names.add(java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // a name that does not decode binds nothing
            }
        }
        Map<String, String[]> normalised = null;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!names.contains(e.getKey())) {
                continue;
            }
            String[] values = e.getValue();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && hasNonAsciiDigit(values[i])) {
                    if (normalised == null) {
                        normalised = new LinkedHashMap<>(request.getParameterMap());
                    }
                    String[] copy = normalised.get(e.getKey()) == values ? values.clone() : normalised.get(e.getKey());
                    copy[i] = asciiDigits(values[i]);
                    normalised.put(e.getKey(), copy);
                }
            }
        }
        return normalised == null ? request : ParametersKept.of(request, normalised);
    }

    static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c > 127 && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
        }
        return out.toString();
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
            // the resolver reads ?lang, which parses the very body that could not be read: the header alone then
            locale = LocaleConfig.browserLanguage(request);
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
