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
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.tradedesk.platform.SupportedLocales;

/**
 * Pages: language from {@code ?lang=zh-TW|en}, remembered in a cookie. REST API ({@code /api/**}):
 * language from {@code Accept-Language}, as HTTP clients send it, or a {@code ?lang} on that call,
 * and never the cookie, because an API call must not depend on a page visit before it. Traditional Chinese by default. Only the two
 * languages of the product exist: any Chinese becomes zh-TW, anything else English, so a stray
 * {@code ?lang=fr} never shows message keys.
 */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver("tradedesk-lang");
        pages.setDefaultLocale(SupportedLocales.ZH_TW);
        pages.setCookieMaxAge(Duration.ofDays(365));
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setSupportedLocales(SupportedLocales.ALL);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                if (!ApiPaths.isApi(request)) {
                    return SupportedLocales.normalise(pages.resolveLocale(request));
                }
                // an explicit ?lang still wins for this one call (existing clients use it), but sets no cookie
                String lang = request.getParameter("lang");
                if (lang != null && !lang.isBlank()) {
                    return SupportedLocales.parse(lang);
                }
                // without the header the servlet container answers with the server's locale, not ours
                String header = request.getHeader("Accept-Language");
                return header == null || header.isBlank() ? SupportedLocales.ZH_TW
                        : SupportedLocales.normalise(api.resolveLocale(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                pages.setLocale(request, response, locale == null ? null : SupportedLocales.normalise(locale));
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }
}
