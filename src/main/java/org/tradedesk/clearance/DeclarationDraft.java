package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.clearance.messages.DeclarationMessage;

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

    /**
     * The options recommended for one item; null fields keep what the invoice says. Which item (T4 code read R3): with
     * {@code invoice} given, line {@code line} (its own line number) of that invoice — named by its own number
     * ({@code INV-B}), by {@code #<document id>}, or by its place among the invoices declared (1 for the first, in the order
     * documents were added); without it, the declaration's item number: with one invoice its line number, with several the
     * place across them (numbered on from the first invoice, so it moves when an earlier invoice is confirmed or added). A
     * choice that names no item of the declaration is refused.
     */
    public record ItemChoice(int line, String tariffCode, String statisticalCode, String preference, String duty, String invoice,
            java.util.Map<String, String> measures, BigDecimal litres, BigDecimal alcoholByVolume) {

        /**
         * What the tax engine needs of the line beyond the invoice (acceptance review of issue 8, 1 and 3), under the names
         * of the T1 quotation's line ({@code org.tradedesk.taxes.TaxRequestLine}): {@code measures} a rate per step of the
         * chain ({@code commodityTax=25%} for a car's 貨物稅: 2,000 cc or less 25 %, above 30 %; {@code none} switches a step
         * off), {@code litres} the volume and {@code alcoholByVolume} the strength in %vol (菸酒稅 of wine, beer, spirits).
         */
        public ItemChoice {
            measures = measures == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        }

        public ItemChoice(int line, String tariffCode, String statisticalCode, String preference, String duty, String invoice) {
            this(line, tariffCode, statisticalCode, preference, duty, invoice, null, null, null);
        }

        /** A choice for the declaration's item {@code line}. */
        public ItemChoice(int line, String tariffCode, String statisticalCode, String preference, String duty) {
            this(line, tariffCode, statisticalCode, preference, duty, null);
        }

        /** The same choice for the declaration's item {@code item}. */
        ItemChoice atItem(int item) {
            return new ItemChoice(item, tariffCode, statisticalCode, preference, duty, null, measures, litres, alcoholByVolume);
        }

        /** The same choice with the engine's inputs of the line ({@link DeclarationMessage.EngineInput}). */
        ItemChoice withInputs(java.util.Map<String, String> newMeasures, BigDecimal newLitres, BigDecimal newAlcoholByVolume) {
            return new ItemChoice(line, tariffCode, statisticalCode, preference, duty, invoice, newMeasures, newLitres, newAlcoholByVolume);
        }
    }

    /** The same draft with its item choices. */
    DeclarationDraft withItems(List<ItemChoice> choices) {
        return new DeclarationDraft(declarantId, declarantName, importerId, exchangeRate, freight, insurance, recommendation, choices,
                exchangeRateReason);
    }
}
