package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the coordinator gives to build a declaration from the transaction (the rest comes from the file and its
 * captured invoice): the declarant's and the importer's customs ids (ABN/CCID, 統一編號), the exchange rate (local
 * currency per one invoice currency unit), freight and insurance in the invoice currency, the recommendation put
 * to the client, and per invoice line the options recommended — another tariff classification, a preference
 * claimed (the tax engine's scheme, e.g. {@code ChAFTA}, {@code ECFA}) and the duty rate as a duty expression
 * (overriding the tariff catalogue, e.g. when the line's code is not loaded). The exchange rate may be left out: the
 * customs rate of the taxes module's table in force on the declaration date is taken; a rate typed that differs from
 * the table's needs {@code exchangeRateReason}.
 */
public record DeclarationDraft(String declarantId, String declarantName, String importerId, BigDecimal exchangeRate,
        BigDecimal freight, BigDecimal insurance, String recommendation, List<ItemChoice> items, String exchangeRateReason) {

    /** A draft without a reason for the exchange rate typed. */
    public DeclarationDraft(String declarantId, String declarantName, String importerId, BigDecimal exchangeRate, BigDecimal freight,
            BigDecimal insurance, String recommendation, List<ItemChoice> items) {
        this(declarantId, declarantName, importerId, exchangeRate, freight, insurance, recommendation, items, null);
    }

    /** The same draft with the exchange rate taken. */
    public DeclarationDraft withExchangeRate(BigDecimal rate) {
        return new DeclarationDraft(declarantId, declarantName, importerId, rate, freight, insurance, recommendation, items, exchangeRateReason);
    }

    /** At most this many characters of recommendation. */
    public static final int MAX_RECOMMENDATION = 4000;

    public DeclarationDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The options recommended for invoice line {@code line} (from 1); null fields keep what the invoice says. */
    public record ItemChoice(int line, String tariffCode, String statisticalCode, String preference, String duty) {
    }
}
