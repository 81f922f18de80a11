package org.tradedesk.markets.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tradedesk.markets.Rejection;

/** The tariff-line reader's row rejections (t2fixQ): a repeated year and code, a year out of range. */
class TariffLinesReaderTest {

    static final String HEADER = "Year,HS Code,Description,MFN Duty Rate (%),General Duty Rate (%),General Applies To\n";

    static TariffLinesReader.Outcome read(String body) {
        return TariffLinesReader.read(new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** R11: the same year and code twice is rejected with its reason (the first row kept), so no line counts twice. */
    @Test
    void aRepeatedYearAndCodeIsRejectedAndTheFirstRowKept() {
        TariffLinesReader.Outcome o = read("2020,8542.31.00,Processors,1.0,35.0,\n"
                + "2020,85423100,Processors again,3.0,35.0,\n"
                + "2021,85423100,Processors,2.0,35.0,\n");
        assertThat(o.rowsRead()).isEqualTo(3);
        assertThat(o.lines()).extracting(TariffLinesReader.Line::lineNo).containsExactly(2, 4);
        assertThat(o.lines().get(0).mfnPercent()).isEqualByComparingTo("1.0");
        assertThat(o.rejections()).containsExactly(new Rejection(3, "markets.reject.tariff-duplicate", "2020 85423100 (2)"));
    }

    /** R12: a four-digit year outside 1900–2100 is named as out of range, not as "not a year". */
    @Test
    void aYearOutOfRangeIsRejectedAsOutOfRange() {
        TariffLinesReader.Outcome o = read("1850,85423100,Processors,1.0,35.0,\n"
                + "20x0,85423100,Processors,1.0,35.0,\n"
                + "2020,85423100,Processors,1.0,35.0,\n");
        assertThat(o.rejections()).containsExactly(new Rejection(2, "markets.reject.year-range", "1850"),
                new Rejection(3, "markets.reject.year", "20x0"));
        assertThat(o.lines()).hasSize(1);
    }
}
