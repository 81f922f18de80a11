package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts from files only: an inline {@code <script>}, an
 * {@code on...=} handler, a {@code javascript:} URL or an {@code hx-on} attribute (htmx evaluates it)
 * in a template would silently stop working in the browser. Scripts go in {@code static/js}.
 */
class TemplatesRunNoInlineScriptTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\b(th:)?src=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=|javascript:|\\shx-on", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptOrEventHandlers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : List.of(INLINE_SCRIPT, HANDLER)) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        found.add(file + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/a.js}\" defer></script>").find()).isFalse();
        assertThat(HANDLER.matcher("<button onclick=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<form hx-on::after-request=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<input th:onchange=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<option value=\"on\">").find()).isFalse();
    }
}
