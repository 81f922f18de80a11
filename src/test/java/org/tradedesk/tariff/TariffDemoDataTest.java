package org.tradedesk.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** In the demo mode the bundled AU schedule and TW sample are queued as jobs at start-up, not imported on the main thread. */
@SpringBootTest(properties = "tradedesk.demo.enabled=true")
class TariffDemoDataTest {

    @Autowired
    TariffCatalogue catalogue;

    @Test
    void queuesTheBundledSchedulesAsBackgroundJobsOnFirstStart() throws InterruptedException {
        List<ImportJobView> jobs = catalogue.importJobs(10);
        assertThat(jobs).extracting(ImportJobView::jurisdiction).containsExactlyInAnyOrder(Jurisdiction.AU, Jurisdiction.TW);
        assertThat(jobs).allSatisfy(j -> assertThat(j.startedBy()).isEqualTo("demo"));
        for (int i = 0; i < 1200 && catalogue.importJobs(10).stream().anyMatch(ImportJobView::running); i++) {
            Thread.sleep(100);
        }
        assertThat(catalogue.importJobs(10)).allSatisfy(j -> assertThat(j.status()).as(j.message()).isEqualTo("SUCCEEDED"));
        assertThat(catalogue.activeVersion(Jurisdiction.AU)).isPresent();
        assertThat(catalogue.activeVersion(Jurisdiction.TW)).isPresent();
    }
}
