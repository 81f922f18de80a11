package org.tradedesk.clearance.messages;

import org.tradedesk.shared.MessageText;

/**
 * Reads an uploaded invoice file into {@link CapturedInvoice}, detecting its format from its content (not
 * trusting the file name). The readers of each format live beside this class.
 */
public final class InvoiceFormats {

    private InvoiceFormats() {
    }

    /**
     * @throws UnreadableMessage when the content is not an invoice in a known format, or is malformed
     */
    public static CapturedInvoice read(byte[] content, String fileName) {
        throw new UnreadableMessage(MessageText.of("clearance.document.format-unknown"), "",
                "no invoice reader recognised " + fileName);
    }
}
