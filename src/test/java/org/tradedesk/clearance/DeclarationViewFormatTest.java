package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Taiwan export declaration is stored and named as its own message, N5203 (t4fixAA R6), not as the import's TW_XML. */
class DeclarationViewFormatTest {

    private static DeclarationView view(String format) {
        return new DeclarationView(1, 1, 1, 1, "9", DeclarationStatus.DRAFT, format, "TD7R1", null, List.of(), "abc", null, "u",
                Instant.EPOCH, null, null, null, null, null, null, null, List.of(), List.of());
    }

    @Test
    void theExportMessageIsNamedByItsMessageIdAndIsXml() {
        assertThat(view(DeclarationView.TW_EXPORT_XML).fileName()).isEqualTo("N5203_TD7R1.xml");
        assertThat(DeclarationView.TW_EXPORT_XML).isNotEqualTo(DeclarationView.TW_XML).hasSizeLessThanOrEqualTo(16);
        assertThat(DeclarationView.xml(DeclarationView.TW_EXPORT_XML)).isTrue();
        assertThat(view("TW_XML").fileName()).isEqualTo("TD7R1.xml");
        assertThat(view("CUSDEC_D99B").fileName()).isEqualTo("TD7R1.edi");
    }
}
