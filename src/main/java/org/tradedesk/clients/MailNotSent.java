package org.tradedesk.clients;

import org.tradedesk.shared.TradedeskException;

/** The mail server refused the message or is not configured; nothing was logged as sent. */
public class MailNotSent extends TradedeskException {

    private MailNotSent(String code, String reason, Throwable cause) {
        super(Kind.CONFLICT, code, "the e-mail was not sent: " + reason, reason);
        if (cause != null) {
            initCause(cause);
        }
    }

    public static MailNotSent because(String reason, Throwable cause) {
        return new MailNotSent("clients.mail.not-sent", reason, cause);
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
}
