package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review: the check "tariff line of another product" accepted a line matching ANY of the project's HS codes, so in a
 * project naming 8541 and 8542 a line of 8541 passed for the scored 8542. Only the scored code and the project's codes
 * above or below it count.
 */
class ResearchProjectsSameProductTest {

    @Test
    void aLineOfAnotherOfTheProjectsProductsIsNotOfTheScoredProduct() {
        List<String> project = List.of("8541", "8542");
        assertThat(ResearchProjects.sameProduct("8541.10.00", "8542", project)).isFalse();
        assertThat(ResearchProjects.sameProduct("8541.10.00", "8541", project)).isTrue();
        assertThat(ResearchProjects.sameProduct("8542.31.00-0", "8542", project)).isTrue();
    }

    @Test
    void projectCodesAboveOrBelowTheScoredOneStillCount() {
        // scored at the heading 8542, the project names the subheading 854231: a line of 854231 is of it
        assertThat(ResearchProjects.sameProduct("8542.31.00", "8542", List.of("854231", "8541"))).isTrue();
        // scored at the subheading 854231, the project names the heading 85 (a chapter): a line at 85 is above it
        assertThat(ResearchProjects.sameProduct("85", "854231", List.of("85", "8541"))).isTrue();
        // scored at 854231: a line of 8541 is not on its line, whatever else the project names
        assertThat(ResearchProjects.sameProduct("8541.10.00", "854231", List.of("8541", "8543"))).isFalse();
    }
}
