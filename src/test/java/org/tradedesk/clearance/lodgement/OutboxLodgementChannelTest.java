package org.tradedesk.clearance.lodgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tradedesk.clearance.domain.LodgementChannel;

/** The file-drop channel writes a message once, whole, under its message id, into a real directory. */
class OutboxLodgementChannelTest {

    @TempDir
    Path outbox;

    @Test
    void aMessageIsDroppedOnceAndNeverOverwritten() throws Exception {
        OutboxLodgementChannel channel = new OutboxLodgementChannel(outbox.resolve("ics"));
        byte[] first = "UNB+UNOC:3+A+B+261206:1015+TD1R1'\n".getBytes(StandardCharsets.US_ASCII);
        LodgementChannel.Receipt r = channel.lodge(new LodgementChannel.Outgoing("TD1R1", "AU", "CUSDEC_D99B", "TD1R1.edi", first));
        assertThat(r.channel()).isEqualTo("OUTBOX");
        assertThat(r.alreadyThere()).isFalse();
        assertThat(Files.readAllBytes(outbox.resolve("ics/TD1R1.edi"))).isEqualTo(first);
        // the same id again: nothing written, the receipt says it was there
        LodgementChannel.Receipt again = channel.lodge(new LodgementChannel.Outgoing("TD1R1", "AU", "CUSDEC_D99B", "TD1R1.edi",
                "other".getBytes(StandardCharsets.US_ASCII)));
        assertThat(again.alreadyThere()).isTrue();
        assertThat(Files.readAllBytes(outbox.resolve("ics/TD1R1.edi"))).isEqualTo(first);
        try (var files = Files.list(outbox.resolve("ics"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("TD1R1.edi");
        }
        assertThatThrownBy(() -> channel.lodge(new LodgementChannel.Outgoing("x", "AU", "CUSDEC_D99B", "../evil.edi", first)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHttpEndpointThatIsNotThereIsUnreachable() {
        HttpLodgementChannel channel = new HttpLodgementChannel(java.net.URI.create("http://127.0.0.1:9/lodge"), java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> channel.lodge(new LodgementChannel.Outgoing("TD1R1", "AU", "CUSDEC_D99B", "TD1R1.edi", new byte[] {1})))
                .isInstanceOf(LodgementChannel.Unreachable.class);
    }
}
