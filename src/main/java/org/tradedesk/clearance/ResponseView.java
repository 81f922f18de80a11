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

    /**
     * The response's file as the document set and the download name it (issue 8: {@code response-3.edi} gave our id): its
     * kind, customs' own date and customs' reference, ASCII-safe ({@code released-2026-03-05-AA14-0001.edi}); the date or the
     * reference left out when customs gave none.
     */
    public String fileName() {
        return fileName(response);
    }

    /** As {@link #fileName()} for a response read from its row. */
    public static String fileName(CustomsResponse response) {
        StringBuilder name = new StringBuilder(response.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (response.issuedAt() != null) {
            name.append('-').append(response.issuedAt().toLocalDate());
        }
        String reference = org.tradedesk.clearance.domain.TransactionNames.slug(response.reference());
        if (!reference.isEmpty()) {
            name.append('-').append(reference);
        }
        return name + (response.source().startsWith("CUSRES") ? ".edi" : ".xml");
    }

    /** The response as every text names it ({@link #named(CustomsResponse)}). */
    public org.tradedesk.shared.MessageText named() {
        return named(response);
    }

    /**
     * A customs response as users know it, in the reader's language (issue 8: "response 3", our id): its kind, customs' own
     * date and customs' reference ("Release of 5 Mar 2026 (AA14-0001)" / 「放行（2026/03/05，AA14-0001）」); the date or the
     * reference left out when customs gave none.
     */
    public static org.tradedesk.shared.MessageText named(CustomsResponse response) {
        org.tradedesk.shared.MessageText.Arg kind = org.tradedesk.shared.MessageText.Arg.code("clearance.response.kind." + response.kind());
        boolean hasReference = response.reference() != null && !response.reference().isBlank();
        org.tradedesk.shared.MessageText.Arg reference = org.tradedesk.shared.MessageText.Arg.literal(hasReference ? response.reference().strip() : "");
        if (response.issuedAt() != null) {
            org.tradedesk.shared.MessageText.Arg date = org.tradedesk.shared.MessageText.Arg.date(response.issuedAt().toLocalDate());
            return hasReference ? org.tradedesk.shared.MessageText.of("clearance.response.named.date-reference", kind, date, reference)
                    : org.tradedesk.shared.MessageText.of("clearance.response.named.date", kind, date);
        }
        return hasReference ? org.tradedesk.shared.MessageText.of("clearance.response.named.reference", kind, reference)
                : org.tradedesk.shared.MessageText.of("clearance.response.named.kind", kind);
    }
}
