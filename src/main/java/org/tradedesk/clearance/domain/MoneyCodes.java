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
        int scale = taxScale(a, currency);
        if (scale >= 0) {
            // a MONEY argument at the law's scale (t4fixT 3: one formatter; API clients reading kind=MONEY keep the amount)
            return org.tradedesk.shared.MessageText.Arg.money(a.setScale(scale, java.math.RoundingMode.HALF_UP), currency.strip(), scale);
        }
        return org.tradedesk.shared.MessageText.Arg.money(a, currency);
    }

    /** {@link #taxAmount(java.math.BigDecimal, String)} of a money value (history lines, t4fixW: 「TWD 36,000.00」). */
    public static org.tradedesk.shared.MessageText.Arg taxAmount(org.tradedesk.shared.Money money) {
        return taxAmount(money.amount(), money.currency().value());
    }

    /**
     * The decimals a tax amount is printed with, the one rule of clearance's texts, pages, PDFs and worksheets (T4 review
     * t4fixT 3): a TWD amount without cents in whole NT$ (0: Taiwan's duties and taxes are truncated to whole dollars,
     * {@code RoundingRule.TRUNCATE_WHOLE}, taxes/chains/TW.json); any other amount to its currency's ISO 4217 minor unit,
     * or the amount's own decimals when it has more; -1 for a code that is not a currency (printed as it is).
     */
    public static int taxScale(java.math.BigDecimal amount, String currency) {
        java.math.BigDecimal a = amount == null ? java.math.BigDecimal.ZERO : amount;
        String cur = currency == null ? "" : currency.strip();
        if ("TWD".equalsIgnoreCase(cur) && a.stripTrailingZeros().scale() <= 0) {
            return 0;
        }
        try {
            // trailing zeros past the minor unit are no information (an engine's 699725.0000 is AUD 699,725.00)
            return Math.max(Math.max(a.stripTrailingZeros().scale(), 0), org.tradedesk.shared.CurrencyCode.of(cur).isoFractionDigits());
        } catch (RuntimeException unknownCurrency) {
            return -1;
        }
    }

    /**
     * An invoice amount as a text prints it (T4 review, t4fixT 3): with its currency, grouped, by the one rule of
     * {@link #taxScale} ("USD 15,000.00", not "15000 USD"; a whole TWD amount in whole NT$, 「相差 TWD 1」 not 「TWD 1.00」,
     * t4fixW); a code that is not a currency, or none, prints the grouped figure followed by the code as written.
     */
    public static org.tradedesk.shared.MessageText.Arg amount(java.math.BigDecimal amount, String currency) {
        String cur = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        try {
            if (!notMoney(cur)) {
                org.tradedesk.shared.CurrencyCode.of(cur);
                return taxAmount(amount, cur);
            }
        } catch (RuntimeException unknownCurrency) {
            // printed as a number with the code as written, below
        }
        org.tradedesk.shared.MessageText.Arg n = org.tradedesk.shared.MessageText.Arg.number(amount);
        return cur.isEmpty() ? n : org.tradedesk.shared.MessageText.Arg.message(org.tradedesk.shared.MessageText.of(
                "clearance.quantity.with-unit", n, org.tradedesk.shared.MessageText.Arg.literal(currency.strip())));
    }
}
