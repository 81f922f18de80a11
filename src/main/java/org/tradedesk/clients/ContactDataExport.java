package org.tradedesk.clients;

import java.time.Instant;
import java.util.List;

/**
 * Everything held about one contact, for a request under 個人資料保護法 art. 3 and 10 (the right to
 * a copy of one's data): the contact, the client they work for, every consent record and every
 * history entry that names them.
 */
public record ContactDataExport(Instant exportedAt, String exportedBy, ContactView contact, long clientId,
        String clientName, List<CommunicationEntry> communications) {
}
