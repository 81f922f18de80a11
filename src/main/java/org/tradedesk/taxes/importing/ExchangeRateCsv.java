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
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
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

    /**
     * The rows of a file that was refused: each error a message (line, the column's label, what is expected) rendered
     * in the reader's language; the exception's own message is the English log line.
     */
    public static final class Invalid extends TradedeskException {
        private final List<MessageText> errors;

        Invalid(List<Problem> problems) {
            // the detail is the rows' own messages (line, the column's label, the value) in the reader's language, not the log's English
            super(Kind.INVALID, MessageText.of("taxes.exchange-rate.file-invalid", Arg.message(joined(problems))),
                    "exchange-rate file refused: " + String.join("; ", problems.stream().map(Problem::log).toList()));
            this.errors = problems.stream().map(Problem::text).toList();
        }

        private static MessageText joined(List<Problem> problems) {
            MessageText all = problems.get(0).text();
            for (Problem p : problems.subList(1, problems.size())) {
                all = MessageText.of("taxes.rates.import.and", Arg.message(all), Arg.message(p.text()));
            }
            return all;
        }

        public List<MessageText> errors() {
            return errors;
        }
    }

    /** One refused row: the message shown, and the same in English for the log. */
    record Problem(MessageText text, String log) {
    }

    /** What a cell must be: {@code taxes.rates.import.expected.<what>} with its arguments; the English for the log. */
    private static final class Expected extends RuntimeException {
        private final MessageText text;

        Expected(String log, String what, Arg... args) {
            super(log, null, false, false);
            this.text = MessageText.of("taxes.rates.import.expected." + what, args);
        }
    }

    private static Problem rowProblem(long line, String column, MessageText expected, String log) {
        return new Problem(MessageText.of("taxes.rates.import.row", Arg.literal(String.valueOf(line)), Arg.code("taxes.rates.column." + column),
                Arg.message(expected)), "line " + line + ", column " + column + ": " + log);
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
    /** NUMERIC(24,10): 10 digits after the point. */
    static final int RATE_FRACTION_DIGITS = 10;
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
        throw new Expected("must be " + java.util.Arrays.stream(ExchangeRate.Quotation.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(" or ")), "quotation");
    }

    /** A currency code, or the row error saying what one looks like. */
    private static CurrencyCode currency(String text) {
        if (text.isBlank()) {
            // a blank cell is said to be blank, not 「「」不是」 (acceptance review t1fixM minor 7)
            throw new Expected("blank: a currency code is required", "blankCurrency");
        }
        try {
            return CurrencyCode.of(text);
        } catch (TradedeskException | IllegalArgumentException e) {
            throw new Expected("not an ISO 4217 currency code: " + text.trim(), "currency", Arg.literal(text.trim()));
        }
    }

    /**
     * A validity date: ISO (YYYY-MM-DD), inside the bounds every date field of the product keeps
     * ({@link Bounds#EARLIEST_DATE} to {@link Bounds#LATEST_DATE}; 9999-12-31 is a typing error, not "for ever":
     * an open end is an empty valid_to).
     */
    private static LocalDate date(String text) {
        LocalDate date;
        if (text.isBlank()) {
            throw new Expected("blank: a date is required", "blankDate");
        }
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new Expected("not a date (YYYY-MM-DD): " + text.trim(), "date", Arg.literal(text.trim()));
        }
        if (date.isBefore(Bounds.EARLIEST_DATE) || date.isAfter(Bounds.LATEST_DATE)) {
            throw new Expected("a date from " + Bounds.EARLIEST_DATE + " to " + Bounds.LATEST_DATE, "dateRange",
                    Arg.date(Bounds.EARLIEST_DATE), Arg.date(Bounds.LATEST_DATE));
        }
        return date;
    }

    public static Parsed read(byte[] content) {
        CsvTable table;
        try {
            table = CsvTable.read(content);
        } catch (CsvTable.Malformed e) {
            throw new Invalid(List.of(new Problem(MessageText.of("taxes.rates.import.malformed", Arg.literal(String.valueOf(e.line()))),
                    "line " + e.line() + ": " + e.getMessage())));
        }
        List<List<String>> lines = table.rows();
        List<Problem> errors = new ArrayList<>();
        if (lines.isEmpty() || !String.join(",", lines.get(0)).trim().equalsIgnoreCase(HEADER)) {
            throw new Invalid(List.of(new Problem(MessageText.of("taxes.rates.import.header", Arg.literal(HEADER)),
                    "line 1: the header must be '" + HEADER + "'")));
        }
        List<ExchangeRate> rates = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> f = lines.get(i);
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            long number = table.lines().get(i);
            if (f.size() != 8) {
                errors.add(new Problem(MessageText.of("taxes.rates.import.columns", Arg.literal(String.valueOf(number)), Arg.number(f.size())),
                        "line " + number + ": expected 8 columns, found " + f.size()));
                continue;
            }
            // each column is checked on its own, so a row with several faults names each (review r-t1b 12)
            List<Problem> row = new ArrayList<>();
            String jurisdiction = column(row, number, "jurisdiction", () -> {
                String j = f.get(0).trim().toUpperCase(Locale.ROOT);
                if (!j.matches("[A-Z]{2}")) {
                    throw new Expected("a two-letter jurisdiction code is required", "jurisdiction");
                }
                return j;
            });
            CurrencyCode currency = column(row, number, "currency", () -> currency(f.get(1)));
            CurrencyCode local = column(row, number, "local_currency", () -> currency(f.get(2)));
            BigDecimal rate = column(row, number, "rate", () -> rate(f.get(3)));
            ExchangeRate.Quotation quotation = column(row, number, "quotation", () -> quotation(f.get(4)));
            LocalDate from = column(row, number, "valid_from", () -> date(f.get(5)));
            LocalDate to = column(row, number, "valid_to", () -> {
                LocalDate t = f.get(6).isBlank() ? null : date(f.get(6));
                if (t != null && from != null && t.isBefore(from)) {
                    throw new Expected("not before valid_from " + from, "notBefore", Arg.date(from));
                }
                return t;
            });
            String source = column(row, number, "source", () -> {
                String text = f.get(7).trim();
                if (text.isEmpty()) {
                    throw new Expected("the source of the rate is required", "required");
                }
                if (text.length() > MAX_SOURCE) {
                    throw new Expected("at most " + MAX_SOURCE + " characters (" + text.length() + " given)", "length",
                            Arg.number(MAX_SOURCE), Arg.number(text.length()));
                }
                return text;
            });
            if (row.isEmpty()) {
                rates.add(new ExchangeRate(jurisdiction, currency, local, rate, quotation, new EffectivePeriod(from, to), source));
            } else {
                errors.addAll(row);
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Parsed(rates, table.source().encoding());
    }

    /** One column's value, or null with its problem added to {@code row}. */
    private static <T> T column(List<Problem> row, long line, String column, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (Expected e) {
            row.add(rowProblem(line, column, e.text, e.getMessage()));
            return null;
        }
    }

    private static BigDecimal rate(String text) {
        BigDecimal rate;
        if (text.isBlank()) {
            throw new Expected("blank: a number is required", "blankNumber");
        }
        try {
            rate = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new Expected("not a number: " + text.trim(), "number", Arg.literal(text.trim()));
        }
        // the column is NUMERIC(24,10): a longer figure is a typing error, said here rather than by the database
        if (Bounds.integerDigits(rate) > RATE_INTEGER_DIGITS || Bounds.fractionDigits(rate) > RATE_FRACTION_DIGITS) {
            throw new Expected("at most " + RATE_INTEGER_DIGITS + " digits before the point and " + RATE_FRACTION_DIGITS
                    + " after it", "digits", Arg.number(RATE_INTEGER_DIGITS), Arg.number(RATE_FRACTION_DIGITS));
        }
        if (rate.signum() <= 0) {
            // a rate of 0 was stored and made every later calculation in the currency fail
            throw new Expected("a rate of exchange is more than 0", "positive");
        }
        return rate;
    }
}
