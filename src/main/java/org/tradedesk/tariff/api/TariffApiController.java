package org.tradedesk.tariff.api;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradedesk.tariff.ImportJobView;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffSearchPage;

/** Tariff lookup and search for integrations; errors are RFC 9457 problem details (404 unknown code, 400 malformed). */
@RestController
@RequestMapping("/api/v1/tariff")
class TariffApiController {

    private final TariffCatalogue catalogue;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final org.springframework.context.MessageSource messages;

    TariffApiController(TariffCatalogue catalogue, org.tradedesk.platform.BusinessCalendar calendar, org.springframework.context.MessageSource messages) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The line and the measures in force on {@code date} (today when omitted). */
    @GetMapping("/{jurisdiction}/items/{code}")
    TariffLookup item(@PathVariable String jurisdiction, @PathVariable String code,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                      java.util.Locale locale) {
        TariffLookup found = catalogue.lookup(Jurisdiction.of(jurisdiction), code, date == null ? calendar.todayIn(Jurisdiction.of(jurisdiction).name()) : date);
        // Taiwan's column names in the reader's language (issue 6), the stored measures unchanged
        return new TariffLookup(found.jurisdiction(), found.line(), found.date(),
                org.tradedesk.tariff.TwColumnNames.localized(found.measures(), messages, locale), found.dataVersion());
    }

    /** Ranked hits for a code prefix ({@code 8703.23}) or words in Chinese or English. */
    @GetMapping("/{jurisdiction}/search")
    TariffSearchPage search(@PathVariable String jurisdiction, @RequestParam String q,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return catalogue.search(Jurisdiction.of(jurisdiction), q, page, size);
    }

    /** An import job's progress and report. */
    @GetMapping("/imports/{id}")
    ImportJobView importJob(@PathVariable long id) {
        return catalogue.importJob(id);
    }
}
