package org.tradedesk.clients.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.tradedesk.clients.ConsentDecision;
import org.tradedesk.platform.validation.DateWindow;
import org.tradedesk.clients.ConsentPurpose;

/** A consent given or withdrawn, on the page and in the API. */
record ConsentForm(@NotNull ConsentPurpose purpose, @NotNull Boolean given, @NotNull @DateWindow(notInFuture = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
        @Size(max = 500) String note) {

    ConsentDecision toDecision() {
        return new ConsentDecision(purpose, given, effectiveOn, note);
    }
}
