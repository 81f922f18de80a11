package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;

/**
 * A customs exchange rate of one jurisdiction for a foreign currency over a period (匯率), kept as
 * the authority publishes it: Taiwan quotes NT$ per unit of foreign currency, Australia foreign
 * currency per A$1. Converting by division in the second case keeps published examples exact
 * (US$1,274 ÷ 0.91 = A$1,400).
 */
public record ExchangeRate(String jurisdiction, CurrencyCode currency, CurrencyCode local, BigDecimal rate,
        Quotation quotation, EffectivePeriod period, String source, Long row) {

    private static final int CARRIED_SCALE = 10;

    /** Which way the rate is quoted. */
    public enum Quotation { LOCAL_PER_FOREIGN, FOREIGN_PER_LOCAL }

    /** A rate not read from the table (given in a request, parsed from a file before it is stored): no row. */
    public ExchangeRate(String jurisdiction, CurrencyCode currency, CurrencyCode local, BigDecimal rate, Quotation quotation,
            EffectivePeriod period, String source) {
        this(jurisdiction, currency, local, rate, quotation, period, source, null);
    }

    public ExchangeRate {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(local, "local currency");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(quotation, "quotation");
        Objects.requireNonNull(period, "period");
        if (rate.signum() <= 0) {
            throw new InvalidValueException("taxes.exchange-rate.invalid", "an exchange rate must be positive: " + rate);
        }
    }

    /** Amount in the foreign currency → local currency, exact where the decimal allows. */
    public BigDecimal toLocal(BigDecimal foreignAmount) {
        if (quotation == Quotation.LOCAL_PER_FOREIGN) {
            return foreignAmount.multiply(rate);
        }
        // exact quotients stay exact (1274 ÷ 0.91 = 1400); others are carried to 10 decimals, far below
        // a cent, so later steps do not multiply 34-digit numbers
        BigDecimal q = foreignAmount.divide(rate, MathContext.DECIMAL128);
        return q.scale() > CARRIED_SCALE ? q.setScale(CARRIED_SCALE, java.math.RoundingMode.HALF_EVEN) : q;
    }

    /** Local currency per one unit of the foreign currency, for expressions. */
    public BigDecimal localPerForeign() {
        return quotation == Quotation.LOCAL_PER_FOREIGN ? rate : BigDecimal.ONE.divide(rate, MathContext.DECIMAL128);
    }

    /**
     * Where the rate comes from, as data for the reader's language: the publisher's source and the row of the rate table
     * ({@code taxes.exchange-rate.row}); a rate with no row prints its source as given.
     */
    public MessageText sourceText() {
        String name = source == null ? "" : source;
        return row == null ? MessageText.of("taxes.text.asGiven", MessageText.Arg.literal(name))
                : MessageText.of("taxes.exchange-rate.row", MessageText.Arg.literal(name), MessageText.Arg.literal(row));
    }

    /**
     * The rate as a data version for the reader's language: the rate as quoted, where it comes from ({@link #sourceText()})
     * and the dates it is in force (none for a rate of no period, one dated before 1901).
     */
    public MessageText describeText() {
        MessageText quoted = quoteText();
        MessageText where;
        if (period.to() == null && period.from().getYear() < 1901) {
            where = sourceText();
        } else if (period.to() == null) {
            where = MessageText.of("taxes.dataVersion.rate.from", MessageText.Arg.message(sourceText()), MessageText.Arg.date(period.from()));
        } else {
            where = MessageText.of("taxes.dataVersion.rate.between", MessageText.Arg.message(sourceText()), MessageText.Arg.date(period.from()),
                    MessageText.Arg.date(period.to()));
        }
        return MessageText.of("taxes.dataVersion.rate", MessageText.Arg.message(quoted), MessageText.Arg.message(where));
    }

    /** The rate as quoted: "32.15 TWD per USD" / "1 USD 兌 32.15 TWD". */
    public MessageText quoteText() {
        return quotation == Quotation.LOCAL_PER_FOREIGN
                ? MessageText.of("taxes.dataVersion.quote", MessageText.Arg.number(shown(rate)), MessageText.Arg.literal(local.value()),
                        MessageText.Arg.literal(currency.value()))
                : MessageText.of("taxes.dataVersion.quote", MessageText.Arg.number(shown(rate)), MessageText.Arg.literal(currency.value()),
                        MessageText.Arg.literal(local.value()));
    }

    /**
     * A rate as quoted, without the trailing zeros of the column it was stored in (31.4520000000 → 31.452), as the documents print
     * it (acceptance review t1fixD 10: the API said 「1 USD 兌 31.4520000000 TWD」 where the letter said 31.452). The value itself is
     * unchanged: only its scale.
     */
    public static BigDecimal shown(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
