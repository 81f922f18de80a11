package org.tradedesk.marketing.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.marketing.KpiDetails;
import org.tradedesk.marketing.domain.KpiKind;

/** A KPI target with the person who monitors it. */
record KpiForm(Long activityId,
        @NotNull KpiKind kind,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
        @NotBlank @Size(max = 100) String monitor,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {

    static KpiForm empty(String user) {
        return new KpiForm(null, KpiKind.LEADS, null, user, null);
    }

    KpiDetails toDetails() {
        return new KpiDetails(activityId, kind, target, monitor, due);
    }
}
