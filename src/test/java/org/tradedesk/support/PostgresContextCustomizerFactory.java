package org.tradedesk.support;

import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the datasource of a {@link PostgresTest} context at a database made for that test class
 * alone. The customizer is keyed by the class name, so two classes never share a context (and a
 * database), and the database is dropped when the context closes.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new PerClassDatabase(testClass.getName());
    }

    private record PerClassDatabase(String testClassName) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            PostgresServer server = PostgresServer.require();
            String simpleName = testClassName.substring(testClassName.lastIndexOf('.') + 1);
            String database = server.createDatabase(simpleName);
            TestPropertyValues.of(
                    "spring.datasource.url=" + server.urlOf(database),
                    "spring.datasource.username=" + server.user(),
                    "spring.datasource.password=" + server.password(),
                    "spring.datasource.driver-class-name=org.postgresql.Driver")
                    .applyTo(context);
            // Registered before refresh, so destroyed after the datasource has closed its pool.
            DisposableBean drop = () -> server.dropDatabase(database);
            if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean("tradedeskTestDatabase", drop);
            } else {
                context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
                    if (event.getApplicationContext() == context) {
                        server.dropDatabase(database);
                    }
                });
            }
        }
    }
}
