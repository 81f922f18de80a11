package org.tradedesk.markets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Acceptance review T2: the report's tariff provenance names the origin a preference was claimed for (KAFTA claimed for
 * origin KR), and a typed-rate statement ("使用者 coordinator 輸入") is made in full on every
 * market's row (t2fixP).
 */
@SpringBootTest
class ReportTariffProvenanceTest {

    static final Locale ZH = Locale.forLanguageTag("zh-TW");

    @Autowired
    ResearchReports reports;

    static ResearchProjects.MarketLine typed(String market) {
        return new ResearchProjects.MarketLine(market, 1, 0.5, 2023, 1.0, 0.1, null, null, 6, null, null, 8.0, "TYPED_BY_USER",
                "coordinator");
    }

    @Test
    void aPreferenceNamesTheOriginItWasClaimedFor() {
        ResearchProjects.ScheduleTariff t = new ResearchProjects.ScheduleTariff("2204.21.10", LocalDate.of(2026, 3, 2), "KR", 5.0, "KAFTA",
                0.0, 3L, "AU Schedule 3", null, null, null);
        ResearchProjects.MarketLine line = new ResearchProjects.MarketLine("AUS", 1, 0.5, 2023, 1.0, 0.1, null, null, 6, null, null, 0.0,
                "LOADED_SCHEDULE", null, t);
        assertThat(reports.tariffProvenance(line, Locale.ENGLISH, new java.util.HashSet<>())).contains("preference: KAFTA 0.00 % (claimed for origin Rep. of Korea)");
        assertThat(reports.tariffProvenance(line, ZH, new java.util.HashSet<>())).contains("KAFTA 0.00 %（就原產地南韓主張）");
    }

    /**
     * t2fixP (it was made once and later rows said "註明同上", meaningless once the XLSX rows are sorted or filtered): the full
     * statement on every market's row.
     */
    @Test
    void theTypedRateStatementIsOnEveryRow() {
        Set<String> stated = new HashSet<>();
        String all = reports.tariffProvenance(typed("CHN"), ZH, stated) + "\n" + reports.tariffProvenance(typed("KOR"), ZH, stated) + "\n"
                + reports.tariffProvenance(typed("USA"), ZH, stated);
        assertThat(all.split("使用者 coordinator 輸入", -1)).hasSize(4);
        assertThat(all).doesNotContain("同上");
    }
}
