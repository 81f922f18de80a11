package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Jurisdiction;

/**
 * t4fixZ2 (acceptance review of issue 8, 3): a draft's statistical codes were checked against the schedule held when drafted
 * (36 of 6911.10.00 valid) and, read back after another schedule was loaded, against that one ("no statistical codes held
 * for 69111000"). The read-back takes the schedule in force when the draft was made.
 */
class StatisticalCodesAtDraftTimeTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void aDraftIsReadBackAgainstTheScheduleOfItsDay() {
        DataVersion march = new DataVersion(1, Jurisdiction.AU, "2026-03", MARCH, null, false);
        DataVersion june = new DataVersion(2, Jurisdiction.AU, "2026-06", JUNE, null, true);
        // drafted in April, June's schedule active now: April's was March's
        assertThat(ClearanceChecks.versionAt(List.of(march, june), Instant.parse("2026-04-10T00:00:00Z"))).contains(march);
        // drafted after June's load: the active schedule (no version pinned)
        assertThat(ClearanceChecks.versionAt(List.of(march, june), Instant.parse("2026-07-01T00:00:00Z"))).isEmpty();
        // drafted before any load: the active schedule
        assertThat(ClearanceChecks.versionAt(List.of(march, june), Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
    }
}
