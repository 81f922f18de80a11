package org.tradedesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tradedesk.shared.CurrencyCode;
import org.tradedesk.shared.Money;

/**
 * The home-made conditions of {@link ArchitectureRulesTest} catch what they are meant to catch, on
 * purpose-made classes. (No fixture entity here: the application's entity scan would pick it up.)
 */
class ArchitectureRulesCanFailTest {

    @SuppressWarnings("unused")
    static class PriceWithDoubleField {
        private final Money price = new Money(BigDecimal.ONE, new CurrencyCode("AUD"));
        private double discountRate;
    }

    @SuppressWarnings("unused")
    static class PriceWithDoubleParameter {
        private Money price;

        Money discounted(double rate) {
            return price;
        }
    }

    @SuppressWarnings("unused")
    static class PriceDoneRight {
        private Money price;
        private BigDecimal discountRate;

        Money discounted(BigDecimal rate) {
            return price;
        }
    }

    @SuppressWarnings("unused")
    static class OutcomeBoundOnTheServersDay {
        boolean inFuture(java.time.LocalDate decidedOn, java.time.Clock clock) {
            return decidedOn.isAfter(java.time.LocalDate.now(clock));
        }
    }

    @SuppressWarnings("unused")
    static class OutcomeBoundOnTheServersZone {
        boolean inFuture(java.time.LocalDate decidedOn) {
            return decidedOn.isAfter(java.time.LocalDate.now());
        }
    }

    @SuppressWarnings("unused")
    static class OutcomeBoundOnTheFilesDay {
        boolean inFuture(java.time.LocalDate decidedOn, java.time.Clock clock) {
            return decidedOn.isAfter(org.tradedesk.platform.BusinessCalendar.dateIn(clock, java.time.ZoneId.of("Asia/Taipei")));
        }
    }

    @Test
    void aServerZoneTodayIsAViolation() {
        assertThat(ArchitectureRulesTest.noServerZoneToday.evaluate(new ClassFileImporter().importClasses(OutcomeBoundOnTheServersDay.class))
                .hasViolation()).isTrue();
        assertThat(ArchitectureRulesTest.noServerZoneToday.evaluate(new ClassFileImporter().importClasses(OutcomeBoundOnTheServersZone.class))
                .hasViolation()).isTrue();
        assertThat(ArchitectureRulesTest.noServerZoneToday.evaluate(new ClassFileImporter().importClasses(OutcomeBoundOnTheFilesDay.class))
                .hasViolation()).isFalse();
    }

    @Test
    void doubleNextToMoneyIsAViolation() {
        JavaClasses bad = new ClassFileImporter().importClasses(PriceWithDoubleField.class, PriceWithDoubleParameter.class);
        assertThat(ArchitectureRulesTest.noFloatingPointFieldsWhereMoneyIs.evaluate(bad).hasViolation()).isTrue();
        assertThat(ArchitectureRulesTest.noFloatingPointParametersOrResultsWhereMoneyIs.evaluate(bad).hasViolation())
                .isTrue();
    }

    @Test
    void bigDecimalNextToMoneyIsFine() {
        JavaClasses good = new ClassFileImporter().importClasses(PriceDoneRight.class);
        assertThat(ArchitectureRulesTest.noFloatingPointFieldsWhereMoneyIs.evaluate(good).hasViolation()).isFalse();
        assertThat(ArchitectureRulesTest.noFloatingPointParametersOrResultsWhereMoneyIs.evaluate(good).hasViolation())
                .isFalse();
    }
}
