package org.tradedesk.clearance.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * t4fixZ2 (acceptance review of issue 8, 4): an INVOIC whose BGM document number (1004, an..35 in D.96A and D.01B) was 75
 * characters was accepted and its invoice number captured as "AAAA…"; it is refused naming the segment and element.
 */
class InvoicElementLengthTest {

    private static byte[] withBgm(String number) {
        String sample = new String(InvoiceFormatsTest.resource("en16931_INVOIC_D14B_EXAMPLE1.edi"), StandardCharsets.ISO_8859_1);
        return sample.replace("BGM+380+12115118'", "BGM+380+" + number + "'").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDocumentNumberPastItsLengthIsRefusedAtItsElement() {
        assertThatThrownBy(() -> InvoiceFormats.read(withBgm("A".repeat(75)), "x.txt"))
                .isInstanceOfSatisfying(UnreadableMessage.class, e -> {
                    assertThat(e.reason().code()).isEqualTo("clearance.edifact.element-too-long");
                    assertThat(e.reason().args()).extracting(a -> a.value()).containsExactly("BGM", "2", "1004", "75", "35");
                    assertThat(e.location()).contains("segment BGM").endsWith("element 2");
                });
        // 35 characters is the element's length: read
        assertThat(InvoiceFormats.read(withBgm("B".repeat(35)), "x.txt").invoiceNumber()).isEqualTo("B".repeat(35));
    }
}
