package org.tradedesk.clearance.domain;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 4217 codes that are not money a clearance file can hold (acceptance review F13: "XXX 100" was taken as an amount in
 * dispute). ISO 4217 lists, beside the currencies, codes for no currency ({@code XXX}), testing ({@code XTS}), precious
 * metals (gold {@code XAU}, silver {@code XAG}, platinum {@code XPT}, palladium {@code XPD}), bond-market units
 * ({@code XBA}–{@code XBD}), the IMF's special drawing right ({@code XDR}) and the supranational units {@code XSU} and
 * {@code XUA}: none is what an invoice, a duty or a refund is paid in. The X-codes that are currencies (CFA francs
 * {@code XAF}/{@code XOF}, CFP franc {@code XPF}, East Caribbean dollar {@code XCD}) stay allowed.
 */
public final class MoneyCodes {

    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XDR",
            "XSU", "XUA");

    private MoneyCodes() {
    }

    /** True when {@code code} (any case, spaces around) is one of the ISO 4217 codes that are not a currency. */
    public static boolean notMoney(String code) {
        return code != null && NOT_MONEY.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A tax amount as the product prints it (review r-t4c F10): Taiwan's duties and taxes are whole NT$ (each truncated,
     * {@code RoundingRule.TRUNCATE_WHOLE}, taxes/chains/TW.json), printed without decimals as the tax documents print them
     * ("TWD 7,815", not "TWD 7,815.00"); any other amount, or a TWD amount with cents, as money to its minor unit.
     */
    public static org.tradedesk.shared.MessageText.Arg taxAmount(java.math.BigDecimal amount, String currency) {
        java.math.BigDecimal a = amount == null ? java.math.BigDecimal.ZERO : amount;
        if ("TWD".equalsIgnoreCase(currency == null ? null : currency.strip()) && a.stripTrailingZeros().scale() <= 0) {
            return org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.shared.MessageText.of("clearance.money.whole",
                    org.tradedesk.shared.MessageText.Arg.literal("TWD"),
                    org.tradedesk.shared.MessageText.Arg.number(a.setScale(0, java.math.RoundingMode.UNNECESSARY))));
        }
        try {
            return org.tradedesk.shared.MessageText.Arg.money(a.setScale(Math.max(a.scale(),
                    org.tradedesk.shared.CurrencyCode.of(currency).isoFractionDigits()), java.math.RoundingMode.UNNECESSARY), currency);
        } catch (RuntimeException unknownCurrency) {
            return org.tradedesk.shared.MessageText.Arg.money(a, currency);
        }
    }
}
