package org.tradedesk.shared;

import java.util.Locale;

/** A text in Traditional Chinese (zh-TW) and English; either may be missing, never both. */
public record LocalizedText(String zhTw, String en) {

    public LocalizedText {
        if (blank(zhTw) && blank(en)) {
            throw new InvalidValueException("shared.text.empty", "a text needs Chinese or English");
        }
    }

    public static LocalizedText of(String zhTw, String en) {
        return new LocalizedText(zhTw, en);
    }

    /** The text in the language asked for, falling back to the other one. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        if (chinese) {
            return blank(zhTw) ? en : zhTw;
        }
        return blank(en) ? zhTw : en;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
