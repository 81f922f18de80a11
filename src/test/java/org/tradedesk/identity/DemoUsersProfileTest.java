package org.tradedesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Demo logins exist only in the embedded demo mode. Reads the application's own
 * {@code application.yml} through Boot's config-data loading (not the test overrides, which
 * switch demo data off everywhere and would make this test pass for the wrong reason).
 */
class DemoUsersProfileTest {

    private static String demoEnabled(String... profiles) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.config.location", "classpath:/application.yml")));
        ConfigDataEnvironmentPostProcessor.applyTo(env, new DefaultResourceLoader(), new DefaultBootstrapContext(),
                List.of(profiles));
        return env.getProperty("tradedesk.demo.enabled");
    }

    @Test
    void embeddedModeHasDemoUsers() {
        assertThat(demoEnabled()).isEqualTo("true");
    }

    @Test
    void postgresProfileSwitchesDemoUsersOff() {
        assertThat(demoEnabled("postgres")).isEqualTo("false");
    }

    @Test
    void demoUsersAreOnlyCreatedWhenTheSwitchIsOn() {
        assertThat(DemoUsers.class.getAnnotation(
                org.springframework.boot.autoconfigure.condition.ConditionalOnProperty.class))
                .satisfies(c -> {
                    assertThat(c.name()).containsExactly("tradedesk.demo.enabled");
                    assertThat(c.havingValue()).isEqualTo("true");
                    assertThat(c.matchIfMissing()).isFalse();
                });
    }
}
