package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** The mail server refused the message or is not configured; nothing was logged as sent. */
public class MailNotSent extends TradedeskException {

    private MailNotSent(String reason, Throwable cause) {
        super(Kind.CONFLICT, "clients.mail.not-sent", "the e-mail was not sent: " + reason, reason);
        if (cause != null) {
            initCause(cause);
        }
    }

    public static MailNotSent because(String reason, Throwable cause) {
        return new MailNotSent(reason, cause);
    }
}
