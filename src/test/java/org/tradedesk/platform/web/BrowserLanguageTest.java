package org.tradedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.tradedesk.platform.SupportedLocales;

/** Pages follow the browser's Accept-Language until the user picks a language, which the cookie then keeps. */
class BrowserLanguageTest {

    private final LocaleResolver resolver = new LocaleConfig().localeResolver();

    private static MockHttpServletRequest page(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/tariff");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }

    @Test
    void aFirstVisitFollowsTheBrowsersLanguage() {
        assertThat(resolver.resolveLocale(page("en-AU,en;q=0.9"))).isEqualTo(SupportedLocales.EN);
        assertThat(resolver.resolveLocale(page("zh-TW,zh;q=0.9,en;q=0.8"))).isEqualTo(SupportedLocales.ZH_TW);
        // by weight, not by order of writing
        assertThat(resolver.resolveLocale(page("zh-TW;q=0.5,en-GB;q=0.9"))).isEqualTo(SupportedLocales.EN);
        assertThat(resolver.resolveLocale(page("zh-HK"))).isEqualTo(SupportedLocales.ZH_TW);
        // a language the product does not have: English; no header at all: the product's default
        assertThat(resolver.resolveLocale(page("fr-FR,fr;q=0.9"))).isEqualTo(SupportedLocales.EN);
        assertThat(resolver.resolveLocale(page(null))).isEqualTo(SupportedLocales.ZH_TW);
    }

    @Test
    void theLanguageTheUserPickedWinsOverTheBrowsers() {
        MockHttpServletRequest request = page("en-US,en;q=0.9");
        request.setCookies(new Cookie("tradedesk-lang", "zh-TW"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLocales.ZH_TW);
    }
}
