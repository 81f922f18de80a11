package org.tradedesk.clients;

import java.util.List;
import org.tradedesk.shared.TradedeskException;

/**
 * The tax id (統一編號, ABN) is already that of another client on file: most likely the same company
 * entered twice. Refused unless the caller confirms (two branches sharing one ABN do exist).
 */
public class DuplicateTaxId extends TradedeskException {

    private final transient List<ClientSummary> existing;

    private DuplicateTaxId(String taxId, List<ClientSummary> existing) {
        super(Kind.CONFLICT, "clients.tax-id.duplicate", "tax id " + taxId + " is already on file for client "
                + existing.get(0).id() + " (" + existing.get(0).name() + ")", taxId, existing.get(0).name());
        this.existing = List.copyOf(existing);
    }

    public static DuplicateTaxId of(String taxId, List<ClientSummary> existing) {
        return new DuplicateTaxId(taxId, existing);
    }

    public List<ClientSummary> existing() {
        return existing;
    }
}
