package org.tradedesk.clients;

import java.time.Instant;
import java.util.List;

/** A contact person with the current state of each consent purpose and the consent history. */
public record ContactView(long id, long clientId, long version, String name, String email, String phone,
        String jobRole, PreferredLanguage preferredLanguage, boolean erased, Instant erasedAt,
        List<ConsentView> consents) {

    /** Whether the latest record for the purpose is a consent given (false when none was ever recorded). */
    public boolean consents(ConsentPurpose purpose) {
        return consents.stream().filter(c -> c.purpose() == purpose)
                .reduce((a, b) -> b).map(ConsentView::given).orElse(false);
    }
}
