package org.tradedesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.tradedesk.support.PostgresTest;
import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffMeasure;

/**
 * The tariff store on a real PostgreSQL: the bundled Australian schedule and Taiwan sample imported
 * by the background job, then looked up by date and searched. Expected rates are the published
 * Schedule 3 texts (8703.23.90 "5%"; heading 2204 is wine of fresh grapes).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TariffOnPostgresTest {

    @Autowired
    TariffCatalogue catalogue;

    ImportJobView au;
    ImportJobView tw;

    @BeforeAll
    void importBundledSchedules() throws InterruptedException {
        long auJob = catalogue.startBundledImport(Jurisdiction.AU, "postgres-suite");
        long twJob = catalogue.startBundledImport(Jurisdiction.TW, "postgres-suite");
        au = org.tradedesk.support.BundledTariffs.await(catalogue, auJob);
        tw = org.tradedesk.support.BundledTariffs.await(catalogue, twJob);
    }

    @Test
    void importsTheAustralianScheduleAndTheTaiwanSample() {
        assertThat(au.status()).as(au.message()).isEqualTo("SUCCEEDED");
        assertThat(tw.status()).as(tw.message()).isEqualTo("SUCCEEDED");
        assertThat(au.rowsImported()).isGreaterThan(7000);
        assertThat(au.sha256()).hasSize(64);
        assertThat(catalogue.activeVersion(Jurisdiction.AU)).isPresent();
    }

    @Test
    void looksUpALineWithItsRateOnADate() {
        TariffLookup car = catalogue.lookup(Jurisdiction.AU, "8703.23.90", LocalDate.of(2025, 1, 1));
        assertThat(car.line().code()).isEqualTo("87032390");
        assertThat(car.measures()).filteredOn(m -> m.type().equals("GENERAL")).singleElement()
                .extracting(TariffMeasure::expression).isEqualTo("5%");
    }

    @Test
    void searchesWineOnceTheIndexIsBuilt() throws InterruptedException {
        for (int i = 0; i < 600 && catalogue.search(Jurisdiction.AU, "wine", 0, 10).hits().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(catalogue.search(Jurisdiction.AU, "wine", 0, 10).hits())
                .anySatisfy(h -> assertThat(h.line().code()).startsWith("2204"));
        assertThat(catalogue.search(Jurisdiction.AU, "8703.23", 0, 50).hits())
                .isNotEmpty().allSatisfy(h -> assertThat(h.line().code()).startsWith("870323"));
    }
}
