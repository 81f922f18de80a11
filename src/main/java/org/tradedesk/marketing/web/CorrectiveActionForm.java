package org.tradedesk.marketing.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A corrective action on a KPI target: what, who and by when. */
record CorrectiveActionForm(@NotNull Long kpiId,
        @NotBlank @Size(max = 500) String action,
        @NotBlank @Size(max = 100) String owner,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due) {

    static CorrectiveActionForm empty(String user) {
        return new CorrectiveActionForm(null, null, user, null);
    }
}
