package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** Input to a clearance file that cannot be taken, with the field it concerns. */
public class ClearanceInputInvalid extends TradedeskException {

    private final String field;

    /** Every problem of the input when several were found at once (this one is the first); null for one. */
    private final transient java.util.List<ClearanceInputInvalid> problems;

    public ClearanceInputInvalid(String field, String messageCode, String message, Object... arguments) {
        super(Kind.INVALID, messageCode, message, arguments);
        this.field = field;
        this.problems = null;
    }

    /** The refusal worded as a message with its own arguments (a reason given by another module as text). */
    public ClearanceInputInvalid(String field, String messageCode, org.tradedesk.shared.MessageText text, String message) {
        super(Kind.INVALID, messageCode, text, message);
        this.field = field;
        this.problems = null;
    }

    private ClearanceInputInvalid(java.util.List<ClearanceInputInvalid> problems) {
        super(Kind.INVALID, problems.get(0).messageCode(), problems.get(0).asText(), problems.size() + " problems: "
                + problems.stream().map(ClearanceInputInvalid::field).toList());
        this.field = problems.get(0).field();
        this.problems = java.util.List.copyOf(problems);
    }

    /**
     * Every problem of the input, each at its field (t4fixU 1: the API reported them one at a time); a page that shows one
     * sees the first as before.
     */
    public java.util.List<ClearanceInputInvalid> problems() {
        return problems == null ? java.util.List.of(this) : problems;
    }

    /** Refuses the input with every problem found, if any; one problem is thrown as itself. */
    public static void throwAll(java.util.List<ClearanceInputInvalid> problems) {
        java.util.List<ClearanceInputInvalid> flat = problems.stream().flatMap(p -> p.problems().stream()).toList();
        if (flat.size() == 1) {
            throw flat.get(0);
        }
        if (!flat.isEmpty()) {
            throw new ClearanceInputInvalid(flat);
        }
    }

    /** Runs a check and keeps its refusal in {@code into} instead of stopping at it. */
    public static void collect(java.util.List<ClearanceInputInvalid> into, Runnable check) {
        try {
            check.run();
        } catch (ClearanceInputInvalid e) {
            into.addAll(e.problems());
        }
    }

    /** The field at fault (the JSON property and the form field share the name). */
    public String field() {
        return field;
    }

    static ClearanceInputInvalid unknownClient(long clientId) {
        // worded "no client you can see" (issue 8 F11): it answers a client that exists but is not assigned to the user too
        return new ClearanceInputInvalid("clientId", "clearance.transaction.client-unknown", org.tradedesk.shared.MessageText.of(
                "clearance.transaction.client-not-visible", org.tradedesk.shared.MessageText.Arg.literal(String.valueOf(clientId))),
                "no client with id " + clientId + " that the user may see");
    }

    /**
     * An amount in a currency the ISO 4217 list does not have (NTD for TWD): refused at the currency field, so the form
     * shows it there and the API lists it in errors[] (review M4).
     */
    public static org.tradedesk.shared.Money money(java.math.BigDecimal amount, String currency) {
        return money("currency", amount, currency);
    }

    /** {@link #money(java.math.BigDecimal, String)} with the currency's field named ({@code costCurrency} of an alternative). */
    public static org.tradedesk.shared.Money money(String currencyField, java.math.BigDecimal amount, String currency) {
        notMoney(currencyField, currency);
        try {
            return org.tradedesk.shared.Money.of(amount.toPlainString(), currency);
        } catch (org.tradedesk.shared.TradedeskException e) {
            throw new ClearanceInputInvalid(currencyField, "shared.currency.unknown", "unknown ISO 4217 currency code: " + currency,
                    String.valueOf(currency));
        }
    }

    /** A code of ISO 4217 that is not money (XXX, XTS, XAU…): refused at {@code field} (acceptance review F13). */
    public static void notMoney(String field, String currency) {
        if (org.tradedesk.clearance.domain.MoneyCodes.notMoney(currency)) {
            throw new ClearanceInputInvalid(field, "clearance.money.not-a-currency", currency + " is not a currency",
                    currency.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
