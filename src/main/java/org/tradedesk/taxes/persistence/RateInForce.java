package org.tradedesk.taxes.persistence;

import org.tradedesk.taxes.domain.ExchangeRate;

/** A rate in force on a date and the file it came from (null for a row not loaded from a file). */
public record RateInForce(ExchangeRate rate, RateImport source) {
}
