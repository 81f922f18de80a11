package org.tradedesk.taxes.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tradedesk.platform.importing.CsvTable;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.EffectivePeriod;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.taxes.domain.ExchangeRate;

/**
 * The exchange-rate file: CSV (UTF-8, UTF-16 with a byte-order mark, or Big5; read by
 * {@link CsvTable}, quoted cells allowed) with the header
 * {@code jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source}; quotation is
 * {@code LOCAL_PER_FOREIGN} (NT$ per US$1, as Taiwan customs publishes) or {@code FOREIGN_PER_LOCAL}
 * (US$ per A$1, as the ABF publishes); {@code valid_to} may be empty. A file with any bad row is
 * refused whole, with every bad row named by its line number and column.
 */
public final class ExchangeRateCsv {

    static final String HEADER = "jurisdiction,currency,local_currency,rate,quotation,valid_from,valid_to,source";

    private ExchangeRateCsv() {
    }

    /** The rows of a file that was refused. */
    public static final class Invalid extends TradedeskException {
        private final List<String> errors;

        Invalid(List<String> errors) {
            super(Kind.INVALID, "taxes.exchange-rate.file-invalid", "exchange-rate file refused: " + String.join("; ", errors),
                    String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        public List<String> errors() {
            return errors;
        }
    }

    /** The rates of a file and the encoding its text was read in (shown to the manager, kept with the import). */
    public record Parsed(List<ExchangeRate> rates, String encoding) {
    }

    public static List<ExchangeRate> parse(byte[] content) {
        return read(content).rates();
    }

    /** Reads the file in the encoding its byte-order mark names or that is detected (UTF-8, UTF-16, Big5). */
    /** NUMERIC(24,10) holds 14 digits before the point (15 overflowed the column: a 500). */
    static final int RATE_INTEGER_DIGITS = 14;
    /** The source column's width (VARCHAR(300)). */
    static final int MAX_SOURCE = 300;

    /** The quotation by its name, or the row error naming the two there are (never Java's "No enum constant"). */
    private static ExchangeRate.Quotation quotation(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (ExchangeRate.Quotation q : ExchangeRate.Quotation.values()) {
            if (q.name().equals(name)) {
                return q;
            }
        }
        throw new IllegalArgumentException("must be " + java.util.Arrays.stream(ExchangeRate.Quotation.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(" or ")));
    }

    public static Parsed read(byte[] content) {
        CsvTable table;
        try {
            table = CsvTable.read(content);
        } catch (CsvTable.Malformed e) {
            throw new Invalid(List.of("line " + e.line() + ": " + e.getMessage()));
        }
        List<List<String>> lines = table.rows();
        List<String> errors = new ArrayList<>();
        if (lines.isEmpty() || !String.join(",", lines.get(0)).trim().equalsIgnoreCase(HEADER)) {
            throw new Invalid(List.of("line 1: the header must be '" + HEADER + "'"));
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = lines.get(i);
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            long number = table.lines().get(i);
            if (f.size() != 8) {
                errors.add("line " + number + ": expected 8 columns, found " + f.size());
                continue;
            }
            String column = "jurisdiction";
            try {
                String jurisdiction = f.get(0).trim().toUpperCase(Locale.ROOT);
                if (!jurisdiction.matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("a two-letter jurisdiction code is required");
                }
                column = "currency";
                CurrencyCode currency = CurrencyCode.of(f.get(1));
                column = "local_currency";
                CurrencyCode local = CurrencyCode.of(f.get(2));
                column = "rate";
                BigDecimal rate = new BigDecimal(f.get(3).trim());
                // the column is NUMERIC(24,10): a longer figure is a typing error, said here rather than by the database
                if (Bounds.integerDigits(rate) > RATE_INTEGER_DIGITS || Bounds.fractionDigits(rate) > 10) {
                    throw new IllegalArgumentException("at most " + RATE_INTEGER_DIGITS + " digits before the point and 10 after it");
                }
                if (rate.signum() <= 0) {
                    // a rate of 0 was stored and made every later calculation in the currency fail
                    throw new IllegalArgumentException("a rate of exchange is more than 0");
                }
                column = "quotation";
                ExchangeRate.Quotation quotation = quotation(f.get(4));
                column = "valid_from";
                LocalDate from = LocalDate.parse(f.get(5).trim());
                column = "valid_to";
                LocalDate to = f.get(6).isBlank() ? null : LocalDate.parse(f.get(6).trim());
                column = "source";
                String source = f.get(7).trim();
                if (source.isEmpty()) {
                    throw new IllegalArgumentException("the source of the rate is required");
                }
                if (source.length() > MAX_SOURCE) {
                    throw new IllegalArgumentException("at most " + MAX_SOURCE + " characters (" + source.length() + " given)");
                }
                rates.add(new ExchangeRate(jurisdiction, currency, local, rate, quotation, new EffectivePeriod(from, to), source));
            } catch (IllegalArgumentException | DateTimeParseException | TradedeskException e) {
                errors.add("line " + number + ", column " + column + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Parsed(rates, table.source().encoding());
    }
}
