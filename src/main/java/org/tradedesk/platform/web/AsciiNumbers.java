package org.tradedesk.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Whole numbers in paths and parameters are ASCII digits (issue 11): Java reads full-width {@code １} or
 * Arabic-Indic {@code ٣} as digits, so {@code /clients/１} opened client 1. Such a value no longer converts:
 * the usual 400 (API) or error page naming the parameter.
 */
@Configuration
class AsciiNumbers implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) s -> s.isBlank() ? null : Long.valueOf(ascii(s)));
        registry.addConverter(String.class, Integer.class, (Converter<String, Integer>) s -> s.isBlank() ? null : Integer.valueOf(ascii(s)));
    }

    static String ascii(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '-' || c == '+'))) {
                throw new NumberFormatException("not a whole number in ASCII digits: " + s);
            }
        }
        return t;
    }
}
