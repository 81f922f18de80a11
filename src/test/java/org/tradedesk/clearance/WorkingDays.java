package org.tradedesk.clearance;

import java.time.LocalDate;
import org.tradedesk.clearance.domain.RestDays;
import org.tradedesk.tariff.Jurisdiction;

/** Test dates that do not depend on the weekday the suite runs on. */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * Days from today (2, 1 or 0) to a Taiwan working day: a deadline made to end on it is not rolled, so a test
     * expects the same day whatever weekday it runs on (a period ending on a Saturday rolls to Monday, out of the
     * 3-day reminder window).
     */
    public static int toATaiwanWorkingDay(RestDays restDays, LocalDate today) {
        for (int k = 2; k >= 0; k--) {
            LocalDate day = today.plusDays(k);
            if (restDays.workingDay(Jurisdiction.TW, day)) {
                return k;
            }
        }
        throw new IllegalStateException("no Taiwan working day from " + today + " to two days on");
    }
}
