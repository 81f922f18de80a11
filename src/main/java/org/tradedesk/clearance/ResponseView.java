package org.tradedesk.clearance;

import java.time.Instant;
import org.tradedesk.clearance.messages.CustomsResponse;

/** A customs response recorded in a file: the message read, which declaration it answers, its SHA-256, how it came
 * ({@code HTTP} reply of the lodgement channel, {@code UPLOAD}, {@code API}) and by whom and when; for a duty notice
 * the differences between the amounts assessed and the declaration's figures ({@code findings}); a release of a declaration
 * already released names the first release ({@code repeatOf}, the response id; null otherwise) — it is not a second release. */
public record ResponseView(long id, Long declarationId, CustomsResponse response, String sha256, String receivedVia,
        String receivedBy, Instant receivedAt, java.util.List<org.tradedesk.clearance.messages.DeclarationFinding> findings,
        Long repeatOf) {

    public ResponseView {
        findings = findings == null ? java.util.List.of() : java.util.List.copyOf(findings);
    }

    public ResponseView(long id, Long declarationId, CustomsResponse response, String sha256, String receivedVia, String receivedBy,
            Instant receivedAt, java.util.List<org.tradedesk.clearance.messages.DeclarationFinding> findings) {
        this(id, declarationId, response, sha256, receivedVia, receivedBy, receivedAt, findings, null);
    }

    public String fileName() {
        return "response-" + id + (response.source().startsWith("CUSRES") ? ".edi" : ".xml");
    }
}
