package org.tradedesk.clearance.domain;

import java.time.LocalDate;

/** Whether a tariff code is in a jurisdiction's tariff on a date (the tariff catalogue answers in the application). */
public interface TariffValidity {

    enum Answer {
        /** in the tariff, with measures in force on the date */
        CURRENT,
        /** in the tariff but nothing in force on the date */
        NOT_IN_FORCE,
        /** not in the tariff */
        UNKNOWN,
        /** the jurisdiction's tariff is not loaded: cannot tell */
        NO_DATA
    }

    Answer check(String jurisdiction, String tariffCode, LocalDate date);
}
