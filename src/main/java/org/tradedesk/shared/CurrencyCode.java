package org.tradedesk.shared;

import java.util.Currency;
import java.util.Objects;

/** ISO 4217 currency code (幣別), e.g. TWD, AUD, USD. */
public record CurrencyCode(String value) {

    public static final CurrencyCode TWD = new CurrencyCode("TWD");
    public static final CurrencyCode AUD = new CurrencyCode("AUD");
    public static final CurrencyCode USD = new CurrencyCode("USD");
    public static final CurrencyCode EUR = new CurrencyCode("EUR");
    public static final CurrencyCode GBP = new CurrencyCode("GBP");

    public CurrencyCode {
        Objects.requireNonNull(value, "currency code");
        if (!value.matches("[A-Z]{3}")) {
            throw new InvalidValueException("shared.currency.invalid", MessageText.of("shared.currency.format", MessageText.Arg.literal(value)), "currency code must be three capital letters (ISO 4217): " + value);
        }
        try {
            Currency.getInstance(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("shared.currency.invalid", MessageText.of("shared.currency.unknown", MessageText.Arg.literal(value)), "unknown ISO 4217 currency code: " + value);
        }
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** Minor units the currency is quoted in (TWD 0 in practice for customs, though ISO says 2). */
    public int isoFractionDigits() {
        return Currency.getInstance(value).getDefaultFractionDigits();
    }

    @Override
    public String toString() {
        return value;
    }
}
