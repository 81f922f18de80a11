package org.tradedesk.clearance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.tradedesk.clearance.DeclarationDraft;

/** The request bodies of the declaration API (REST records apart from page forms). */
final class DeclarationRequests {

    private DeclarationRequests() {
    }

    /** Build a declaration draft from the transaction: the ids and figures the file does not hold, and the options recommended. */
    record DraftRequest(
            @Size(max = 35) String declarantId,
            @Size(max = 175) String declarantName,
            @Size(max = 35) String importerId,
            @Positive @Digits(integer = 7, fraction = 10) BigDecimal exchangeRate,
            @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal freight,
            @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal insurance,
            @Size(max = DeclarationDraft.MAX_RECOMMENDATION) String recommendation,
            @Size(max = 999) List<@NotNull @Valid ItemRequest> items,
            @Size(max = 500) String exchangeRateReason) {

        DeclarationDraft toDraft() {
            return new DeclarationDraft(declarantId, declarantName, importerId, exchangeRate, freight, insurance, recommendation,
                    items == null ? List.of() : items.stream().map(i -> new DeclarationDraft.ItemChoice(i.line(), i.tariffCode(),
                            i.statisticalCode(), i.preference(), i.duty(), i.invoice(), i.measures(), i.litres(), i.alcoholByVolume()))
                            .toList(), exchangeRateReason);
        }
    }

    /**
     * The options recommended for one item: another classification, a preference, a duty rate. Which item
     * ({@link DeclarationDraft.ItemChoice}): with {@code invoice}, line {@code line} of that invoice (its own number, or its
     * place among the declared invoices from 1); without it, the declaration's item number {@code line} — with several
     * invoices numbered on across them, which moves when an earlier invoice is confirmed. An item the declaration does not
     * have is refused (400 at {@code items[i].line} or {@code items[i].invoice}).
     */
    record ItemRequest(
            @io.swagger.v3.oas.annotations.media.Schema(description = "With invoice: that invoice's own line number. Without:"
                    + " the declaration's item number (one invoice: its line number; several: the place across them, from 1)")
            @Positive int line, @Size(max = 20) String tariffCode, @Size(max = 2) String statisticalCode,
            @Size(max = 40) String preference, @Size(max = 200) String duty,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The invoice the line is on: its own number (INV-B), #<document id>,"
                    + " or its place among the declared invoices (1 for the first, in the order added); absent: line is the item number",
                    example = "INV-B")
            @Size(max = 40) String invoice,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Rates for steps of the tax engine's chain, as the T1 quotation's"
                    + " line measures (taxes API lines[].measures): e.g. {\"commodityTax\": \"25%\"} for a car's 貨物稅 when its tariff"
                    + " code does not tell the rate (2,000 cc or less 25 %, above 30 %); \"none\" switches a step off", example = "{\"commodityTax\": \"25%\"}")
            @Size(max = 30) java.util.Map<@NotBlank @Size(max = 40) String, @NotBlank @Size(max = 200)
                    @org.tradedesk.platform.validation.DutyRate String> measures,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The line's volume in litres (菸酒稅 of wine, beer, spirits)")
            @jakarta.validation.constraints.PositiveOrZero @Digits(integer = 12, fraction = 4) BigDecimal litres,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The line's alcoholic strength in %vol (5 = 5 %)")
            @DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal alcoholByVolume) {

        ItemRequest(int line, String tariffCode, String statisticalCode, String preference, String duty, String invoice) {
            this(line, tariffCode, statisticalCode, preference, duty, invoice, null, null, null);
        }
    }

    /** The contact of the client the declaration goes to for confirmation. */
    record SendRequest(@NotNull Long contactId) {
    }

    /** The client's confirmation: who (a contact of the client), the code they quoted, and when (default now). */
    record ConfirmationRequest(@NotNull Long contactId, @NotBlank @Size(max = 64) String code, OffsetDateTime confirmedAt) {
    }
}
