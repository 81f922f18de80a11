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
 * {@code businessTaxShortfall} is the business tax evaded (TW 所漏營業稅額), {@code goodsValue} the value of goods
 * brought in without a declaration (TW 貨價, smuggling). {@code multiples} chooses, per penalty code, the multiple a
 * fine is reckoned at; it must lie inside the range the law gives (a 400 naming {@code multiples.<code>} otherwise).
 */
public record PenaltyRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}") String jurisdiction,
        @NotNull @org.tradedesk.platform.validation.DateWindow LocalDate date,
        @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal shortfall,
        @PositiveOrZero @Max(3650) Integer daysLateDeclaration,
        @PositiveOrZero @Max(3650) Integer daysLatePayment,
        @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal unpaidTax,
        Boolean voluntaryDisclosure,
        @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal businessTaxShortfall,
        @PositiveOrZero @org.tradedesk.platform.validation.Amount BigDecimal goodsValue,
        java.util.Map<String, BigDecimal> multiples) {

    public PenaltyRequest {
        // a Boolean, not a boolean: Jackson refuses a missing primitive rather than defaulting it
        voluntaryDisclosure = Boolean.TRUE.equals(voluntaryDisclosure);
        multiples = multiples == null ? java.util.Map.of() : java.util.Map.copyOf(multiples);
    }

    public PenaltyRequest(String jurisdiction, LocalDate date, BigDecimal shortfall, Integer daysLateDeclaration,
            Integer daysLatePayment, BigDecimal unpaidTax, Boolean voluntaryDisclosure) {
        this(jurisdiction, date, shortfall, daysLateDeclaration, daysLatePayment, unpaidTax, voluntaryDisclosure, null, null, null);
    }
}
