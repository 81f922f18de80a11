package org.tradedesk.platform;

import org.tradedesk.shared.MessageText;

/**
 * Reads a message stored before its module gave one of its arguments a bundle key (a raw list code such as
 * {@code TW_COLUMN_II}, a legal source as the file's text) as the module records it now, when the message is rendered.
 * The stored message itself is not changed: a saved result stays byte for byte what was computed and approved, and
 * re-running it compares like with like. A module registers one as a bean; {@link MessageTexts} applies them to every
 * message (and nested message) before it is looked up.
 */
public interface StoredMessageUpgrade {

    /** The message as it would be recorded today, or {@code stored} itself when nothing is to be mapped. */
    MessageText upgrade(MessageText stored);
}
