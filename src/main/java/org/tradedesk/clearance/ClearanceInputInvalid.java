package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/** Input to a clearance file that cannot be taken, with the field it concerns. */
public class ClearanceInputInvalid extends TradedeskException {

    private final String field;

    public ClearanceInputInvalid(String field, String messageCode, String message, Object... arguments) {
        super(Kind.INVALID, messageCode, message, arguments);
        this.field = field;
    }

    /** The refusal worded as a message with its own arguments (a reason given by another module as text). */
    public ClearanceInputInvalid(String field, String messageCode, org.tradedesk.shared.MessageText text, String message) {
        super(Kind.INVALID, messageCode, text, message);
        this.field = field;
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
