package org.tradedesk.clearance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tradedesk.clearance.DeclarationDraft;
import org.tradedesk.clearance.ClearanceDeclarations;

/**
 * The declaration draft form: the ids and figures the file does not hold, the recommendation to the client, and per
 * invoice line the options recommended (classification, statistical code, preference, duty rate).
 */
record DeclarationForm(
        @Size(max = 35) String declarantId,
        @Size(max = 175) String declarantName,
        @Size(max = 35) String importerId,
        @Positive @Digits(integer = 7, fraction = 10) BigDecimal exchangeRate,
        @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal freight,
        @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal insurance,
        @Size(max = DeclarationDraft.MAX_RECOMMENDATION) String recommendation,
        @Size(max = 999) List<@Valid @NotNull ItemForm> items,
        @Size(max = 500) String exchangeRateReason) {

    DeclarationForm {
        items = items == null ? new ArrayList<>() : new ArrayList<>(items);
    }

    /**
     * One item's recommended options: line {@code line} of invoice {@code invoice} (its own number, or {@code #<document id>};
     * null: {@code line} is the declaration's item number); {@code item} and {@code description} only show which item it is.
     */
    record ItemForm(@Positive int line, @Size(max = 500) String description, @Size(max = 20) String tariffCode,
            @Size(max = 2) String statisticalCode, @Size(max = 40) String preference, @Size(max = 200) String duty,
            @Size(max = 40) String invoice, Integer item, @Size(max = 600) String measures,
            @PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal litres,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal alcoholByVolume) {

        /**
         * {@code measures}, {@code litres} and {@code alcoholByVolume}: what the tax engine needs of the line beyond the
         * invoice, as the T1 quotation form asks them (acceptance review of issue 8, 1 and 3): the rates typed per step
         * ({@code commodityTax=25%}), the volume and the strength in %vol.
         */
        ItemForm(int line, String description, String tariffCode, String statisticalCode, String preference, String duty,
                String invoice, Integer item) {
            this(line, description, tariffCode, statisticalCode, preference, duty, invoice, item, null, null, null);
        }

        ItemForm(int line, String description, String tariffCode, String statisticalCode, String preference, String duty) {
            this(line, description, tariffCode, statisticalCode, preference, duty, null, null);
        }
    }

    /**
     * An empty form with one row per item a draft would have (T4 code read R1: every declared invoice's lines, each row naming
     * its invoice and line — not the lines of one invoice applied to the items of the combined declaration).
     */
    static DeclarationForm blank(List<ClearanceDeclarations.DraftItem> draftItems, String broker) {
        List<ItemForm> items = new ArrayList<>();
        for (ClearanceDeclarations.DraftItem it : draftItems) {
            items.add(new ItemForm(it.invoiceLine(), it.description(), it.tariffCode(), null, null, null, it.invoice(), it.item()));
        }
        return new DeclarationForm(null, broker, null, null, null, null, null, items, null);
    }

    DeclarationDraft toDraft() {
        List<DeclarationDraft.ItemChoice> choices = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            ItemForm i = items.get(k);
            java.util.Map<String, String> measures;
            try {
                // the T1 quotation's reading of typed measures (one reading, org.tradedesk.taxes.TaxRequestLine#measuresTyped)
                measures = org.tradedesk.taxes.TaxRequestLine.measuresTyped(i.measures());
            } catch (org.tradedesk.taxes.TaxInputInvalid e) {
                throw new org.tradedesk.clearance.ClearanceInputInvalid("items[" + k + "].measures", e.messageCode(), e.reason(),
                        e.getMessage());
            }
            choices.add(new DeclarationDraft.ItemChoice(i.line(), i.tariffCode(), i.statisticalCode(), i.preference(), i.duty(),
                    i.invoice(), measures, i.litres(), i.alcoholByVolume()));
        }
        return new DeclarationDraft(declarantId, declarantName, importerId, exchangeRate, freight, insurance, recommendation,
                choices, exchangeRateReason);
    }
}
