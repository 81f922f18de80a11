package org.tradedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.tradedesk.platform.Formats;

/**
 * Acceptance review t1fixJ 4: the worksheet's date cells were yyyy-mm-dd while the page and the letter print 2026/03/02
 * (zh-TW) or the English reader's format: a date cell is shown in the reader's format, still a date a formula can use.
 */
class ReaderDateCellTest {

    private static final Formats FORMATS = new Formats(Clock.system(ZoneOffset.UTC));

    @Test
    void aDateCellReadsAsThePageAndTheLetterPrintIt() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        double serial = DateUtil.getExcelDate(day);
        DataFormatter excel = new DataFormatter(Locale.ENGLISH);
        for (Locale reader : new Locale[] {Locale.TRADITIONAL_CHINESE, Locale.ENGLISH}) {
            String pattern = XlsxFormat.date(reader).pattern();
            assertThat(excel.formatRawCellContents(serial, 200, pattern)).as(reader.toString())
                    .isEqualTo(FORMATS.date(day, reader));
        }
    }
}
