package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.MapBindingResult;

/**
 * Acceptance review t1fixJ 3: a tampered {@code lines[-1]} was answered 「第 -1 列已超過上限」; it is a field the form does
 * not have. And a calculation's notes said 「第 1 項」 and 「第 2 行」 in one list: a line is 項 in every note.
 */
class TamperedLineIndexTest {

    @Test
    void aNegativeIndexIsAnUnknownFieldNotALineBeyondTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/taxes/quotation");
        request.addParameter("lines[-1].value", "1");
        new IndexedParameterLimit().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "form");
        IndexedParameterLimit.reject(request, errors);
        assertThat(errors.getAllErrors()).hasSize(1);
        assertThat(errors.getAllErrors().get(0).getCode()).isEqualTo("platform.bounds.unknown-field");
        assertThat(errors.getAllErrors().get(0).getArguments()).containsExactly("lines[-1].value");
    }

    @Test
    void everyNoteOfACalculationNamesALineTheSameWay() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/taxes_zh_TW.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(zh.stringPropertyNames().stream().filter(k -> k.startsWith("taxes.note.")).map(zh::getProperty))
                .isNotEmpty().noneMatch(v -> v.contains("第 {0} 行"));
    }
}
