package org.tradedesk.clients;

import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.TradedeskException;

/**
 * The mail server refused the message or is not configured; nothing was logged as sent. {@link #failure()}: why, as a code
 * worded in the reader's language (t4fixAC 1); the server's own text is in the exception's (English, log) message only.
 */
public class MailNotSent extends TradedeskException {

    private final MailFailure failure;
    private final String serverText;

    private MailNotSent(String code, String reason, Throwable cause) {
        super(Kind.CONFLICT, code, "the e-mail was not sent: " + reason, reason);
        this.failure = null;
        this.serverText = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    private MailNotSent(MailFailure failure, String reason, Throwable cause) {
        super(Kind.CONFLICT, "clients.mail.not-sent", MessageText.of("clients.mail.not-sent", MessageText.Arg.code(failure.messageCode())),
                "the e-mail was not sent (" + failure + "): " + reason);
        this.failure = failure;
        this.serverText = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The server refused the mail: {@code reason} (the server's text) for the log, the cause classified from {@code cause}. */
    public static MailNotSent because(String reason, Throwable cause) {
        return new MailNotSent(MailFailure.of(cause), reason, cause);
    }

    /** No SMTP server is configured: the message names the settings an administrator gives. */
    public static MailNotSent notConfigured() {
        return new MailNotSent("clients.mail.not-configured",
                "no mail server is configured; set spring.mail.host, spring.mail.port, spring.mail.username, spring.mail.password"
                        + " (environment SPRING_MAIL_HOST ...) and tradedesk.mail.from, then restart", null);
    }

    /** Whether the reason is a missing configuration rather than a server that refused. */
    public boolean serverMissing() {
        return "clients.mail.not-configured".equals(messageCode());
    }

    /** Why the server did not take the mail; null when no server is configured ({@link #serverMissing()}). */
    public MailFailure failure() {
        return failure;
    }

    /** The server's own text (English, as the mail library gave it): for the log and the administrators, not for the page. */
    public String serverText() {
        return serverText;
    }
}
