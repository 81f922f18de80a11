package org.tradedesk.marketing.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One KPI actual for a period, entered on the actuals page. */
record KpiActualForm(@NotNull Long kpiId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal actual) {

    static KpiActualForm empty() {
        return new KpiActualForm(null, null, null);
    }
}
