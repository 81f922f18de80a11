package org.tradedesk.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfig {

    /**
     * One clock for the whole application, so tests can fix "now". Its zone is the product's (so an instant shown
     * without a zone of its own reads in Taipei time, not the server's); a day is never read from it directly but through
     * {@link BusinessCalendar}.
     */
    @Bean
    Clock clock(@Value("${tradedesk.time-zone:Asia/Taipei}") ZoneId zone) {
        return Clock.system(zone);
    }

    /** "Today" by the rule of {@link BusinessCalendar}, in the zone {@code tradedesk.time-zone}. */
    @Bean
    BusinessCalendar businessCalendar(Clock clock, @Value("${tradedesk.time-zone:Asia/Taipei}") ZoneId zone) {
        return new BusinessCalendar(clock, zone);
    }

    /**
     * Bean validation's clock is the application's (a test's fixed clock fixes {@code @DateWindow(notInFuture)} too), not
     * the JVM's.
     */
    @Bean
    ValidationConfigurationCustomizer applicationClockForValidation(ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(() -> clock.getObject());
    }

    @Bean
    OpenAPI tradedeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("tradedesk API").version("v1")
                        .description("REST API of tradedesk: clients, tariff catalogue, duty and tax calculations. "
                                + "Errors are RFC 9457 problem details; invalid input names the field.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Personal API token created on the page /account/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
