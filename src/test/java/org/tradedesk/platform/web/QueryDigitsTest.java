package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, the platform's one rule for digits in query parameters: a decimal digit of another script (full-width
 * {@code １} as a Chinese input method types it, Arabic-Indic {@code ٣}) is read as the ASCII digit it stands for,
 * in every query parameter of every page and API. Before, {@code page=１} was page 1 (Java's number parsing reads
 * it) but {@code from=２０２４-01-01} was refused (the date parser does not): the same input read two ways.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryDigitsTest {

    @Autowired
    MockMvc mvc;

    MockHttpServletResponse read(String url) throws Exception {
        return mvc.perform(get(url).with(user("mia").roles("MANAGER", "COORDINATOR", "ADMIN")).header("Accept-Language", "en"))
                .andReturn().getResponse();
    }

    @Test
    void fullWidthAndOtherScriptsDigitsReadAsTheirAsciiDigits() {
        assertThat(RequestShape.asciiDigits("２０２４-０１-３１")).isEqualTo("2024-01-31");
        assertThat(RequestShape.asciiDigits("٣١")).isEqualTo("31");
        assertThat(RequestShape.asciiDigits("第１章 wine")).isEqualTo("第1章 wine");
    }

    @Test
    void everyQueryParameterReadsThemAlike() throws Exception {
        String[][] same = {
            {"/api/v1/clients?page=０&size=２", "/api/v1/clients?page=0&size=2"},
            {"/api/v1/audit?from=２０２４-01-01&to=２０２６-１２-３１&size=５", "/api/v1/audit?from=2024-01-01&to=2026-12-31&size=5"},
            {"/api/v1/tariff/AU/search?q=２２０４&page=٠", "/api/v1/tariff/AU/search?q=2204&page=0"},
            {"/clients?page=１", "/clients?page=1"}};
        for (String[] pair : same) {
            MockHttpServletResponse typed = read(pair[0]);
            MockHttpServletResponse ascii = read(pair[1]);
            assertThat(typed.getStatus()).as(pair[0] + " " + typed.getContentAsString()).isEqualTo(200);
            assertThat(ascii.getStatus()).as(pair[1]).isEqualTo(200);
            if (!pair[0].startsWith("/clients")) {
                assertThat(typed.getContentAsString(StandardCharsets.UTF_8)).as(pair[0]).isEqualTo(ascii.getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }
}
