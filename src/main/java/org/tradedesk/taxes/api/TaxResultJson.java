package org.tradedesk.taxes.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;

/**
 * A calculation's outcome as the API publishes it (issue 7: apart from the engine's
 * {@link org.tradedesk.taxes.TaxResult}; mapped in {@link TaxJsonMapper} only). Every text the engine writes is
 * a {@link MessageText} (code and typed arguments, plus {@code text} in the reader's language in an answer).
 */
@Schema(name = "TaxResult")
record TaxResultJson(
        String jurisdiction,
        LocalDate date,
        String currency,
        BigDecimal customsValue,
        BigDecimal transportAndInsurance,
        List<Line> lines,
        List<Tax> taxes,
        BigDecimal total,
        BigDecimal totalDisplay,
        List<Option> options,
        List<Step> steps,
        Map<String, MessageText> dataVersions,
        List<MessageText> notes,
        List<Source> sources,
        @Schema(description = "false when a tax could not be computed: the total then leaves out the taxes of notComputed")
        boolean complete,
        List<MessageText> notComputed) {

    /** One invoice line valued and taxed; the shares of the shipment costs in the local currency. */
    @Schema(name = "LineResult")
    record Line(int line, String description, String tariffCode, String origin, String scheme,
            BigDecimal customsValue, BigDecimal transportAndInsurance, BigDecimal litresOfAlcohol,
            boolean lowValue, Map<String, BigDecimal> taxes, BigDecimal total,
            BigDecimal freightShare, BigDecimal insuranceShare, BigDecimal otherCostsShare) {
    }

    /** The amount of one tax for the whole calculation. */
    @Schema(name = "TaxTotal")
    record Tax(String code, LocalizedText label, BigDecimal base, String rate, BigDecimal amount,
            BigDecimal displayAmount, boolean collected, MessageText legalReference, String legalCitation) {
    }

    /**
     * One reference-data set the result rests on, as values; {@code publisherText} where a rate comes from (source and
     * rate-table row) in the reader's language.
     */
    @Schema(name = "DataSource")
    record Source(String kind, String subject,
            @Schema(implementation = String.class)
            org.tradedesk.platform.MessageTextJson.TextInAnswer version, LocalDate effectiveFrom, LocalDate effectiveTo,
            String publisher, BigDecimal rate, String quotation, boolean fromRequest, MessageText versionText,
            MessageText publisherText) {
    }

    /** One duty option of a line: the whole calculation re-run with it. */
    @Schema(name = "DutyOption")
    record Option(int line, String scheme, MessageText label, String duty, BigDecimal dutyAmount,
            BigDecimal total, BigDecimal saving, MessageText requires, boolean cheapest, boolean selected) {
    }

    /** One step of the chain for a line ({@code line} from 1) or the shipment ({@code line} null). */
    @Schema(name = "TaxStep")
    record Step(Integer line, String code, LocalizedText label, String baseFormula, BigDecimal base,
            String rate, MessageText rateSource, BigDecimal amountExact, BigDecimal amount, String rounding,
            boolean collected, MessageText legalReference, String legalCitation, MessageText explanation, MessageText baseTerms,
            MessageText quantityBase) {
    }
}
