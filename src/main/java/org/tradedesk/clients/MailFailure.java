package org.tradedesk.clients;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Why the mail server did not take a mail, as a code the pages and the API word in the reader's language
 * ({@code clients.mail.failure.<CODE>}; t4fixAC 1: the server's own English text was shown inside a zh-TW sentence). The
 * server's text is kept for the log and the administrators only. Classified from the exception the mail library raised:
 * {@link #of}.
 */
public enum MailFailure {
    /** Nothing listens at the mail server's address and port (connection refused). */
    CONNECTION_REFUSED,
    /** The mail server's name does not resolve. */
    HOST_UNKNOWN,
    /** The mail server refused the desk's user name or password. */
    AUTH_FAILED,
    /** The mail server refused the recipient's address. */
    RECIPIENT_REJECTED,
    /** The mail server did not answer in time. */
    TIMEOUT,
    /** Any other refusal; the server's text is in the log. */
    OTHER;

    /** The message code of this cause's wording: {@code clients.mail.failure.<CODE>}. */
    public String messageCode() {
        return String.join(".", "clients", "mail", "failure", name());
    }

    /**
     * The cause of {@code failure}, looking through its causes, the mail library's chained exceptions
     * ({@link MessagingException#getNextException}) and the messages Spring's sender lists as failed. The most telling cause
     * wins: a refused login or recipient over the socket's time-out or refused connection beneath it.
     */
    public static MailFailure of(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        boolean recipient = false;
        boolean timeout = false;
        boolean refused = false;
        boolean unknownHost = false;
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (t instanceof AuthenticationFailedException || t instanceof org.springframework.mail.MailAuthenticationException) {
                return AUTH_FAILED;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
                recipient = true;
            }
            // the Angus implementation's refusal of one RCPT TO (SMTPAddressFailedException) named without depending on it
            if (t.getClass().getSimpleName().equals("SMTPAddressFailedException")) {
                recipient = true;
            }
            timeout |= t instanceof java.net.SocketTimeoutException;
            refused |= t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException;
            unknownHost |= t instanceof java.net.UnknownHostException;
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t instanceof org.springframework.mail.MailSendException s) {
                for (Exception e : s.getMessageExceptions()) {
                    if (e != null) {
                        todo.add(e);
                    }
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                todo.add(suppressed);
            }
        }
        return recipient ? RECIPIENT_REJECTED : timeout ? TIMEOUT : unknownHost ? HOST_UNKNOWN : refused ? CONNECTION_REFUSED : OTHER;
    }
}
