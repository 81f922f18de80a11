package org.tradedesk.clearance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;
import org.tradedesk.tariff.Jurisdiction;

/**
 * Checks invoice data typed by hand (or corrected after a reader) before it is kept: every problem at once,
 * each naming its field. Fields may be blank — a person captures what the paper shows — but what is given
 * must be well-formed: the tariff code in the form of the file's jurisdiction ({@link TariffCodeFormat}),
 * countries as ISO 3166 codes, the currency as ISO 4217, the Incoterm as an Incoterms 2020 rule, quantities,
 * masses and amounts not negative, and for dangerous goods a UN number of four digits, a class of the UN
 * Model Regulations (1 to 9 with its division) and packing group I, II or III.
 */
public final class CapturedInvoiceCheck {

    public static final int MAX_LINES = 1000;
    private static final Set<String> PACKING_GROUPS = Set.of("I", "II", "III");

    private CapturedInvoiceCheck() {
    }

    public static List<CaptureProblem> check(Jurisdiction jurisdiction, CapturedInvoice invoice) {
        return check(jurisdiction, invoice, null);
    }

    /**
     * As {@link #check(Jurisdiction, CapturedInvoice)}, and an issue date after {@code today} (the file's today in its zone;
     * null: not checked) is refused: an invoice is not issued in the future (acceptance review F4: 2027-05-01 was taken).
     */
    public static List<CaptureProblem> check(Jurisdiction jurisdiction, CapturedInvoice invoice, java.time.LocalDate today) {
        return check(jurisdiction, invoice, today, false);
    }

    /**
     * As {@link #check(Jurisdiction, CapturedInvoice, java.time.LocalDate)}; {@code numberRequired}: a commercial invoice
     * captured by hand without its number (null or blank) is refused at {@code invoiceNumber} with the other problems
     * (t4fixQ 4: it was kept, and the file's checks found the number missing later).
     */
    public static List<CaptureProblem> check(Jurisdiction jurisdiction, CapturedInvoice invoice, java.time.LocalDate today,
            boolean numberRequired) {
        List<CaptureProblem> problems = new ArrayList<>();
        if (today != null && invoice.issueDate() != null && invoice.issueDate().isAfter(today)) {
            problems.add(new CaptureProblem("issueDate", MessageText.of("clearance.capture.issue-date-future",
                    MessageText.Arg.date(invoice.issueDate()), MessageText.Arg.date(today))));
        }
        if (invoice.invoiceNumber() != null ? invoice.invoiceNumber().isBlank() : numberRequired) {
            // issue 8 F12: "invoiceNumber":"" was taken as a number; an invoice left without one is the checks' finding
            problems.add(new CaptureProblem("invoiceNumber", MessageText.of("clearance.capture.required")));
        }
        if (invoice.currency() != null && MoneyCodes.notMoney(invoice.currency())) {
            problems.add(new CaptureProblem("currency", MessageText.of("clearance.money.not-a-currency",
                    MessageText.Arg.literal(invoice.currency().strip().toUpperCase(java.util.Locale.ROOT)))));
        } else if (invoice.currency() != null) {
            try {
                CurrencyCode.of(invoice.currency());
            } catch (InvalidValueException e) {
                problems.add(new CaptureProblem("currency", MessageText.of("clearance.capture.currency.invalid",
                        MessageText.Arg.literal(invoice.currency()))));
            }
        }
        if (invoice.incoterm() != null) {
            try {
                Incoterm.parse(invoice.incoterm());
            } catch (InvalidValueException e) {
                problems.add(new CaptureProblem("incoterm", MessageText.of("clearance.capture.incoterm",
                        MessageText.Arg.literal(invoice.incoterm()))));
            }
        }
        country(problems, "sellerCountry", invoice.sellerCountry());
        country(problems, "buyerCountry", invoice.buyerCountry());
        notNegative(problems, "totalAmount", invoice.totalAmount());
        notNegative(problems, "grossMassKg", invoice.grossMassKg());
        if (invoice.packages() != null && invoice.packages() < 0) {
            problems.add(new CaptureProblem("packages", MessageText.of("clearance.capture.negative")));
        }
        if (invoice.lines().isEmpty()) {
            problems.add(new CaptureProblem("lines", MessageText.of("clearance.capture.no-lines")));
        }
        if (invoice.lines().size() > MAX_LINES) {
            problems.add(new CaptureProblem("lines", MessageText.of("clearance.capture.too-many-lines",
                    MessageText.Arg.number(MAX_LINES))));
            return problems;
        }
        for (int i = 0; i < invoice.lines().size(); i++) {
            line(problems, jurisdiction, "lines[" + i + "].", invoice.lines().get(i));
        }
        return problems;
    }

    private static void line(List<CaptureProblem> problems, Jurisdiction jurisdiction, String at, CapturedLine line) {
        if (line.description() == null || line.description().isBlank()) {
            problems.add(new CaptureProblem(at + "description", MessageText.of("clearance.capture.required")));
        }
        if (line.tariffCode() != null && !line.tariffCode().isBlank() && !TariffCodeFormat.valid(jurisdiction, line.tariffCode())) {
            problems.add(new CaptureProblem(at + "tariffCode", MessageText.of(
                    "clearance.capture.tariff-code." + jurisdiction.name().toLowerCase(java.util.Locale.ROOT),
                    MessageText.Arg.literal(line.tariffCode()))));
        }
        country(problems, at + "originCountry", line.originCountry());
        notNegative(problems, at + "quantity", line.quantity());
        notNegative(problems, at + "netMassKg", line.netMassKg());
        notNegative(problems, at + "grossMassKg", line.grossMassKg());
        notNegative(problems, at + "unitPrice", line.unitPrice());
        notNegative(problems, at + "amount", line.amount());
        notNegative(problems, at + "litres", line.litres());
        notNegative(problems, at + "alcoholByVolume", line.alcoholByVolume());
        if (line.alcoholByVolume() != null && line.alcoholByVolume().compareTo(BigDecimal.valueOf(100)) > 0) {
            // a strength in %vol (review of issue 8, 3)
            problems.add(new CaptureProblem(at + "alcoholByVolume", MessageText.of("clearance.capture.strength-above-100",
                    MessageText.Arg.number(line.alcoholByVolume()))));
        }
        if (line.netMassKg() != null && line.grossMassKg() != null && line.netMassKg().compareTo(line.grossMassKg()) > 0) {
            problems.add(new CaptureProblem(at + "netMassKg", MessageText.of("clearance.capture.net-above-gross")));
        }
        if (line.quantity() != null && line.quantity().signum() != 0 && line.unitCode() == null) {
            problems.add(new CaptureProblem(at + "unitCode", MessageText.of("clearance.capture.unit-required")));
        }
        boolean dangerous = present(line.unNumber()) || present(line.dangerousGoodsClass()) || present(line.packingGroup());
        if (dangerous) {
            if (!present(line.unNumber())) {
                problems.add(new CaptureProblem(at + "unNumber", MessageText.of("clearance.capture.un-number-required")));
            } else if (!line.unNumber().strip().matches("(?i)(UN)?\\s?\\d{4}")) {
                problems.add(new CaptureProblem(at + "unNumber", MessageText.of("clearance.capture.un-number",
                        MessageText.Arg.literal(String.valueOf(line.unNumber())))));
            }
            if (!present(line.dangerousGoodsClass())) {
                // t4fixZ2: a UN number without its class was refused as 「不是危險品類別：null」
                problems.add(new CaptureProblem(at + "dangerousGoodsClass", MessageText.of("clearance.capture.dg-class-required")));
            } else if (!line.dangerousGoodsClass().strip().matches("[1-9](\\.[1-6])?[A-L]?")) {
                problems.add(new CaptureProblem(at + "dangerousGoodsClass", MessageText.of("clearance.capture.dg-class",
                        MessageText.Arg.literal(String.valueOf(line.dangerousGoodsClass())))));
            }
            if (present(line.packingGroup()) && !PACKING_GROUPS.contains(line.packingGroup().strip())) {
                problems.add(new CaptureProblem(at + "packingGroup", MessageText.of("clearance.capture.packing-group",
                        MessageText.Arg.literal(line.packingGroup()))));
            }
        }
    }

    /** A value as quoted in a message: at most 40 characters. */
    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static void country(List<CaptureProblem> problems, String field, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            CountryCode.of(code);
        } catch (InvalidValueException e) {
            problems.add(new CaptureProblem(field, MessageText.of("clearance.capture.country", MessageText.Arg.literal(code))));
        }
    }

    /**
     * Not negative, and within the product's bounds of an amount ({@link Bounds}: what NUMERIC(24,6) keeps with room for
     * sums) — t4fixQ 4: {@code "grossMassKg":1e20} was refused alone, before the other fields were looked at, or not at all.
     */
    private static void notNegative(List<CaptureProblem> problems, String field, BigDecimal value) {
        if (value != null && !Bounds.amountFits(value)) {
            // worded as the API words a number out of its bounds (the value as read: 1e30 → 1E+30)
            problems.add(new CaptureProblem(field, MessageText.of("clearance.request.number-out-of-bounds",
                    MessageText.Arg.literal(clip(value.toString())), MessageText.Arg.number(Bounds.AMOUNT_INTEGER_DIGITS),
                    MessageText.Arg.number(Bounds.AMOUNT_FRACTION_DIGITS))));
        } else if (value != null && value.signum() < 0) {
            problems.add(new CaptureProblem(field, MessageText.of("clearance.capture.negative")));
        }
    }
}
