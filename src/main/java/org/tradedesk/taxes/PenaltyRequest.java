package org.tradedesk.taxes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What went wrong with a declaration (K05): a duty/tax {@code shortfall} from an understatement,
 * days late declaring, days late paying {@code unpaidTax}, and whether the error was disclosed
 * voluntarily before an investigation. Amounts in the jurisdiction's currency. Without
 * {@code voluntaryDisclosure} the error was not disclosed: the cautious reading, giving the higher exposure.
 */
public record PenaltyRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
        @NotNull LocalDate date,
        @PositiveOrZero BigDecimal shortfall,
        @PositiveOrZero @Max(3650) Integer daysLateDeclaration,
        @PositiveOrZero @Max(3650) Integer daysLatePayment,
        @PositiveOrZero BigDecimal unpaidTax,
        Boolean voluntaryDisclosure) {

    public PenaltyRequest {
        // a Boolean, not a boolean: Jackson refuses a missing primitive rather than defaulting it
        voluntaryDisclosure = Boolean.TRUE.equals(voluntaryDisclosure);
    }
}
