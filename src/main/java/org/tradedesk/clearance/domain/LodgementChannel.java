package org.tradedesk.clearance.domain;

/**
 * The port through which a declaration message goes to customs (P4.6.2): a file drop, an HTTP endpoint, an
 * SFTP server… An adapter sends the bytes it is given exactly as they are and names where they went. A
 * message id identifies one lodgement: the caller never hands the same id twice, and an adapter that sees an
 * id again (a file already in the outbox) does not send it again.
 */
public interface LodgementChannel {

    /**
     * What to lodge: {@code messageId} (the EDIFACT interchange reference, at most 14 characters),
     * {@code jurisdiction} AU or TW, {@code format} {@code CUSDEC_D99B}, {@code TW_XML} or {@code TW_EXPORT_XML}, {@code fileName} as
     * the message would be filed, and the message's bytes.
     */
    record Outgoing(String messageId, String jurisdiction, String format, String fileName, byte[] content) {
    }

    /**
     * Where the message went: the channel's name ({@code OUTBOX}, {@code HTTP}), the endpoint (directory or URL)
     * and the reply the endpoint gave at once (a customs response such as CUSRES), or an empty array.
     */
    record Receipt(String channel, String endpoint, byte[] reply, boolean alreadyThere) {
    }

    /** The endpoint could not take the message (not reachable, refused it); nothing counts as lodged. */
    final class Unreachable extends RuntimeException {

        private final String endpoint;

        public Unreachable(String endpoint, String detail, Throwable cause) {
            super(detail, cause);
            this.endpoint = endpoint;
        }

        public String endpoint() {
            return endpoint;
        }
    }

    /** The channel's name, as a receipt gives it. */
    String name();

    Receipt lodge(Outgoing message);
}
