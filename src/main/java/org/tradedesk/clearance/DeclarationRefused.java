package org.tradedesk.clearance;

import org.tradedesk.shared.TradedeskException;

/**
 * A step of a declaration that its state does not allow (409): sending a declaration validation still blocks,
 * confirming a superseded draft or with a code that is not its own, lodging what the client has not confirmed, a
 * response with no lodged declaration, a lodgement the channel could not take.
 */
public class DeclarationRefused extends TradedeskException {

    public DeclarationRefused(String messageCode, String message, Object... arguments) {
        super(Kind.CONFLICT, messageCode, message, arguments);
    }

    /** A refusal whose text is data (a file or document named in the reader's language). */
    public DeclarationRefused(org.tradedesk.shared.MessageText text, String message) {
        super(Kind.CONFLICT, text, message);
    }
}
