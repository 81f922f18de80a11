package org.tradedesk.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An in-process SMTP server (GreenMail) for tests that send mail, and the Spring mail settings that
 * point at it. The port is chosen when the test class loads, so the server and the application
 * context agree on it: a static {@code PORT = freePort()}, {@code @RegisterExtension server(PORT)}
 * and {@code @DynamicPropertySource} calling {@link #sendTo}.
 */
public final class TestSmtp {

    private TestSmtp() {
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    public static void sendTo(DynamicPropertyRegistry registry, int port) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> port);
    }
}
