package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tradedesk.shared.HsCode;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/**
 * A line the tariff catalogue is to rate must name a code the catalogue can rate, whatever the shipment's
 * value: a low-value shipment skips its duty step, and an unknown code (6403.99.00 at A$1,000) must not pass
 * because of that. Checked as soon as the catalogue has been asked, before any step is skipped.
 */
final class TariffCodeCheck {

    private TariffCodeCheck() {
    }

    /**
     * Refuses the line's {@code tariffCode} when the catalogue gives none of the measures the chain requires and
     * the request does not give them either, and the catalogue says why (not in the tariff, a subheading). An item
     * that merely has no rate, or a jurisdiction the catalogue does not hold, is left to the steps.
     */
    static void requireRateable(TariffMeasureSource tariff, ChainDefinition chain, TaxRequestLine line, int index, String digits,
            LocalDate date, Optional<TariffMeasures> found) {
        if (tariff == null || digits == null) {
            return;
        }
        boolean rateMissing = chain.steps().stream().filter(StepDefinition::required).map(StepDefinition::measureKey)
                .anyMatch(key -> key != null && !line.measures().containsKey(key)
                        && found.map(f -> !f.measures().containsKey(key)).orElse(true));
        if (!rateMissing) {
            return;
        }
        tariff.whyNoMeasures(chain.jurisdiction(), HsCode.of(digits), date).ifPresent(why -> {
            throw TaxInputInvalid.field("lines[" + index + "].tariffCode", fieldError(line.tariffCode(), why));
        });
    }

    /** The message of {@code why}, the tariff code in it named (a check-digit message names the code itself). */
    static org.tradedesk.shared.MessageText fieldError(String typed, org.tradedesk.shared.MessageText why) {
        if (CHECK_DIGIT.equals(why.code())) {
            return why;
        }
        return org.tradedesk.shared.MessageText.of("taxes.reason.code.is",
                org.tradedesk.shared.MessageText.Arg.literal(typed.strip()), org.tradedesk.shared.MessageText.Arg.message(why));
    }

    /** The catalogue's "check digit is wrong" reason: it names the code as printed, so it is the whole field error. */
    static final String CHECK_DIGIT = "taxes.reason.code.check-digit";
}
