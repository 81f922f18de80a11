package org.tradedesk.tariff.importing;

import org.tradedesk.tariff.domain.ScheduleData;

/** Test access to the bundled AU files for the benchmark (another package). */
public final class AuTariffReaderAccess {

    private AuTariffReaderAccess() {
    }

    public static ScheduleData readBundled() throws Exception {
        return AuTariffReaderTest.readReal();
    }
}
