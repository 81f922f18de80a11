package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.tradedesk.platform.SupportedLocales;

/**
 * Language from {@code ?lang=zh-TW|en}, remembered in a cookie; Traditional Chinese by default.
 * Only the two languages of the product exist: any Chinese becomes zh-TW, anything else English,
 * so a stray {@code ?lang=fr} never shows message keys.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tradedesk-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return SupportedLocales.normalise(super.resolveLocale(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : SupportedLocales.normalise(locale));
            }
        };
        resolver.setDefaultLocale(SupportedLocales.ZH_TW);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
