package org.tradedesk.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.tradedesk.support.TestSmtp;

/**
 * t4fixAC 1: why a mail did not go is a code, classified from what the mail library really raises (Spring's
 * JavaMailSenderImpl over Angus Mail): a closed port, a server that refuses the recipient, one that refuses the login, one
 * that does not answer. The servers are scripted on loopback sockets (the in-process GreenMail takes every recipient
 * and every login); the {@link ClientMailer}'s refusal carries the code and keeps the server's text for the log only.
 */
class MailFailureTest {

    private ServerSocket server;
    private Thread serving;

    @AfterEach
    void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (serving != null) {
            serving.interrupt();
        }
    }

    /** A one-connection SMTP server on loopback answering each command line with {@code reply}. */
    private int scripted(Function<String, String> reply) throws IOException {
        server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        serving = new Thread(() -> {
            try (Socket s = server.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.US_ASCII), true)) {
                out.print("220 scripted ESMTP\r\n");
                out.flush();
                String line;
                while ((line = in.readLine()) != null) {
                    String answer = reply.apply(line);
                    if (answer == null) {
                        continue; // silent: the client waits
                    }
                    out.print(answer + "\r\n");
                    out.flush();
                    if (answer.startsWith("221")) {
                        return;
                    }
                }
            } catch (IOException e) {
                // the test closed the socket
            }
        });
        serving.setDaemon(true);
        serving.start();
        return server.getLocalPort();
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties p = new Properties();
        p.put("mail.smtp.connectiontimeout", "2000");
        p.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(p);
        return sender;
    }

    private static Throwable send(JavaMailSenderImpl sender) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom("desk@example.com");
        m.setTo("jane@example.com.au");
        m.setSubject("Query");
        m.setText("Please send the bill of lading.");
        return catchThrowable(() -> sender.send(m));
    }

    @Test
    void aClosedPortIsConnectionRefused() {
        Throwable e = send(sender(TestSmtp.freePort()));
        assertThat(e).isNotNull();
        assertThat(MailFailure.of(e)).isEqualTo(MailFailure.CONNECTION_REFUSED);
        // the mailer's refusal: the code, worded by the reader's bundle; the library's English kept for the log only
        MailNotSent refusal = MailNotSent.because(e.getMessage(), e);
        assertThat(refusal.failure()).isEqualTo(MailFailure.CONNECTION_REFUSED);
        assertThat(refusal.messageText().code()).isEqualTo("clients.mail.not-sent");
        assertThat(refusal.messageText().args()).singleElement().satisfies(a -> assertThat(a.value())
                .isEqualTo("clients.mail.failure.CONNECTION_REFUSED"));
        assertThat(refusal.serverText()).isEqualTo(e.getMessage());
    }

    @Test
    void aRecipientTheServerRefusesIsRecipientRejected() throws IOException {
        int port = scripted(line -> line.startsWith("EHLO") || line.startsWith("HELO") ? "250 scripted"
                : line.startsWith("MAIL FROM") ? "250 OK"
                : line.startsWith("RCPT TO") ? "550 5.1.1 <jane@example.com.au>: Recipient address rejected: User unknown"
                : line.startsWith("RSET") ? "250 OK" : line.startsWith("QUIT") ? "221 bye" : "250 OK");
        Throwable e = send(sender(port));
        assertThat(e).isNotNull();
        assertThat(MailFailure.of(e)).isEqualTo(MailFailure.RECIPIENT_REJECTED);
    }

    @Test
    void aLoginTheServerRefusesIsAuthFailed() throws IOException {
        int port = scripted(line -> line.startsWith("EHLO") ? "250-scripted\r\n250 AUTH PLAIN LOGIN"
                : line.startsWith("AUTH") ? "535 5.7.8 Authentication credentials invalid"
                : line.startsWith("QUIT") ? "221 bye" : "250 OK");
        JavaMailSenderImpl sender = sender(port);
        sender.setUsername("desk");
        sender.setPassword("wrong");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        Throwable e = send(sender);
        assertThat(e).isNotNull();
        assertThat(MailFailure.of(e)).isEqualTo(MailFailure.AUTH_FAILED);
    }

    @Test
    void aServerThatDoesNotAnswerIsTimeout() throws IOException {
        int port = scripted(line -> null); // greets, then never answers
        JavaMailSenderImpl sender = sender(port);
        sender.getJavaMailProperties().put("mail.smtp.timeout", "300");
        Throwable e = send(sender);
        assertThat(e).isNotNull();
        assertThat(MailFailure.of(e)).isEqualTo(MailFailure.TIMEOUT);
    }

    @Test
    void anUnknownHostIsHostUnknownAndAnythingElseOther() {
        JavaMailSenderImpl sender = sender(25);
        sender.setHost("no-such-host.invalid");
        assertThat(MailFailure.of(send(sender))).isEqualTo(MailFailure.HOST_UNKNOWN);
        assertThat(MailFailure.of(new IllegalStateException("x"))).isEqualTo(MailFailure.OTHER);
        assertThat(MailFailure.of(null)).isEqualTo(MailFailure.OTHER);
    }
}
