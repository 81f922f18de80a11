package org.tradedesk.taxes.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;

/**
 * The penalty API's bodies as published (issue 7: apart from {@link org.tradedesk.taxes.PenaltyRequest} and
 * {@link org.tradedesk.taxes.PenaltyExposure}; mapped in {@link TaxJsonMapper} only).
 */
final class PenaltyJson {

    private PenaltyJson() {
    }

    /** What went wrong with a declaration (K05); amounts in the jurisdiction's currency. */
    @Schema(name = "PenaltyRequest")
    record Request(
            @NotNull @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
            @NotNull @org.tradedesk.platform.validation.DateWindow LocalDate date,
            @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal shortfall,
            @PositiveOrZero @Max(3650) Integer daysLateDeclaration,
            @PositiveOrZero @Max(3650) Integer daysLatePayment,
            @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal unpaidTax,
            Boolean voluntaryDisclosure,
            @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal businessTaxShortfall,
            @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal goodsValue,
            Map<String, BigDecimal> multiples) {
    }

    /**
     * The surcharges, interest and fine ranges a mistake exposes the importer to; {@code notes} say how the totals were added up
     * where they are not a plain sum (fines for one act are alternatives: the totals count the heaviest).
     */
    @Schema(name = "PenaltyExposure")
    record Exposure(String jurisdiction, String currency, List<Item> items, BigDecimal lowTotal, BigDecimal highTotal,
            List<MessageText> notes) {
    }

    /**
     * One penalty, from {@code low} to {@code high}: how it is reckoned and its legal basis, each a message (code,
     * arguments and {@code text} in the request's language).
     */
    @Schema(name = "Item")
    record Item(String code, LocalizedText label, BigDecimal low, BigDecimal high, MessageText reckoning,
            MessageText legalReference) {
    }
}
