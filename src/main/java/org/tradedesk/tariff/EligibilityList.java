package org.tradedesk.tariff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.shared.LocalizedText;

/** A country list with its members, every membership with its dates, status and source, for the list page. */
public record EligibilityList(Jurisdiction jurisdiction, String code, LocalizedText name, String legalSource, String sourceUrl,
        boolean toConfirm, List<Member> members) {

    public EligibilityList {
        members = List.copyOf(members);
    }

    /**
     * One membership. {@code amended} is true for a row a manager entered or ended rather than one
     * read from the bundled file; {@code amendedBy}/{@code amendedAt} say who and when.
     */
    public record Member(long id, String country, LocalDate validFrom, LocalDate validTo, boolean toConfirm, String source,
            boolean amended, String amendedBy, Instant amendedAt) {
    }
}
