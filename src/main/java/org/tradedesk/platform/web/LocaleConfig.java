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
 * Pages: the browser's language ({@code Accept-Language}: any Chinese gives zh-TW, English or another
 * language English, no header zh-TW) until the user picks one with {@code ?lang=zh-TW|en} (the switch at
 * the top right), which is remembered in a cookie and wins from then on. REST API ({@code /api/**}):
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
        // without a cookie: the browser's language (a fixed default locale here would ignore Accept-Language)
        pages.setDefaultLocaleFunction(LocaleConfig::browserLanguage);
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
                // — a language of the product only: ?lang=xx is refused by the endpoint in the header's language (t2fixT)
                String lang = request.getParameter("lang");
                if (lang != null && !lang.isBlank()) {
                    String language = Locale.forLanguageTag(lang.strip().replace('_', '-')).getLanguage();
                    if (language.equals("zh") || language.equals("en")) {
                        return SupportedLocales.parse(lang);
                    }
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

    /** The first language of the header, by its q-weight, that the product has; zh-TW without a header. */
    static Locale browserLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SupportedLocales.ZH_TW;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange();
                if (tag.startsWith("zh")) {
                    return SupportedLocales.ZH_TW;
                }
                if (tag.startsWith("en")) {
                    return SupportedLocales.EN;
                }
            }
        } catch (IllegalArgumentException e) {
            return SupportedLocales.ZH_TW; // a malformed header: the product's default
        }
        return SupportedLocales.EN;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
    }
}
