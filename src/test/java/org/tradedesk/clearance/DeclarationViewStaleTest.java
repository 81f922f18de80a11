package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.clearance.messages.DeclarationFinding;
import org.tradedesk.shared.MessageText;

/**
 * R4 (T4 code read): a draft whose message was stored before the checks changed (Taiwan drafts kept their old XML) was
 * still lodgeable ({@code sha256 != null}) though today's validation has ERRORs: it is a stale draft, which send, confirm
 * and lodge refuse (409 {@code clearance.declaration.rebuild}).
 */
class DeclarationViewStaleTest {

    private static DeclarationView view(String sha256, Instant lodgedAt, DeclarationFinding.Severity severity) {
        List<DeclarationFinding> findings = severity == null ? List.of()
                : List.of(new DeclarationFinding(severity, "tw-english-name", "importer.name", MessageText.of("x")));
        return new DeclarationView(1, 1, 1, 1, "9", DeclarationStatus.DRAFT, "TW_XML", "M1", null, findings, sha256, null, "u",
                Instant.EPOCH, null, null, null, null, null, null, lodgedAt, List.of(), List.of());
    }

    @Test
    void aStoredMessageThatTodaysValidationFaultsIsStale() {
        assertThat(view("ab".repeat(32), null, DeclarationFinding.Severity.ERROR).staleDraft()).isTrue();
        assertThat(view("ab".repeat(32), null, DeclarationFinding.Severity.WARNING).staleDraft()).isFalse();
        assertThat(view("ab".repeat(32), null, null).staleDraft()).isFalse();
        // no message stored: the draft is not lodgeable anyway (not-lodgeable), not stale
        assertThat(view(null, null, DeclarationFinding.Severity.ERROR).staleDraft()).isFalse();
        // a lodged declaration is what was sent: it stays readable whatever the checks say now
        assertThat(view("ab".repeat(32), Instant.EPOCH, DeclarationFinding.Severity.ERROR).staleDraft()).isFalse();
    }
}
