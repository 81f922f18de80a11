package org.tradedesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A full Spring Boot test context on a real PostgreSQL instead of H2, in a database of its own
 * that is created for the test class and dropped after it, so reruns start clean and several
 * builds can share one server.
 *
 * <p>The server is the one at {@code TRADEDESK_PG_URL} (user {@code TRADEDESK_PG_USER}, password
 * {@code TRADEDESK_PG_PASSWORD}; default {@code jdbc:postgresql://127.0.0.1:5432/tradedesk_test},
 * user {@code tradedesk}); its role needs {@code CREATEDB}. When it is not reachable the test
 * class fails under {@code CI=true} and is skipped with the reason otherwise. See
 * {@link PostgresServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresAvailability.class)
@SpringBootTest
@ContextCustomizerFactories(PostgresContextCustomizerFactory.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface PostgresTest {
}
