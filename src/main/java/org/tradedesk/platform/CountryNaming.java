package org.tradedesk.platform;

import java.util.Locale;

/**
 * Names a country code that is not ISO 3166 alpha-2 (a module's own list: UN Comtrade's alpha-3 and numeric codes in
 * markets) for a {@link org.tradedesk.shared.MessageText.Kind#COUNTRY COUNTRY} argument, so a text names its countries as
 * that module's pages do (中國, 南韓, 美國) instead of printing the code. A module registers one as a bean;
 * {@link MessageTexts} asks them first and falls back to the JDK's names ({@link org.tradedesk.shared.CountryCode}).
 */
public interface CountryNaming {

    /** The code's name in the reader's language, or null when the code is not one this list names. */
    String name(String code, Locale locale);
}
