package org.tradedesk.tariff.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/** Search page and item page, for every logged-in user. */
@Controller
class TariffPageController {

    private final TariffCatalogue catalogue;
    private final org.tradedesk.platform.BusinessCalendar calendar;
    private final org.tradedesk.tariff.EligibilityLists lists;

    private final org.springframework.context.MessageSource messages;

    TariffPageController(TariffCatalogue catalogue, org.tradedesk.platform.BusinessCalendar calendar, org.tradedesk.tariff.EligibilityLists lists,
                         org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.lists = lists;
        this.catalogue = catalogue;
        this.calendar = calendar;
    }

    @GetMapping("/tariff")
    String search(@RequestParam(defaultValue = "AU") String j, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        Jurisdiction jurisdiction = Jurisdiction.of(j);
        model.addAttribute("jurisdictions", Jurisdiction.values());
        model.addAttribute("j", jurisdiction);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("version", catalogue.activeVersion(jurisdiction).orElse(null));
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", catalogue.search(jurisdiction, q, Math.max(0, page), 25));
        }
        return "tariff/search";
    }

    @GetMapping("/tariff/{j}/items/{code}")
    String item(@PathVariable String j, @PathVariable String code, Model model, java.util.Locale locale) {
        Jurisdiction jurisdiction = Jurisdiction.of(j);
        var item = catalogue.item(jurisdiction, code);
        model.addAttribute("item", item);
        // Taiwan's column names in the reader's language (issue 6), the stored measures unchanged
        model.addAttribute("measureGroups", MeasureGroups.of(org.tradedesk.tariff.TwColumnNames.localized(item.measures(), messages, locale),
                item.measures().isEmpty() ? java.util.List.of() : catalogue.ftaSchemes(jurisdiction), calendar.todayIn(jurisdiction.name()),
                // a Taiwan column II rate's scheme is its partner (NZ, SG): the list governing it is TW_COLUMN_II
                scheme -> lists.list(jurisdiction, scheme).or(() -> jurisdiction == Jurisdiction.TW
                        ? lists.list(jurisdiction, "TW_COLUMN_II") : java.util.Optional.empty()), locale));
        model.addAttribute("unreadPreferences", unreadPreferences(jurisdiction, item.rateText()));
        model.addAttribute("publishedRate", org.tradedesk.tariff.PublishedRateText.of(item.rateText()));
        return "tariff/item";
    }

    /**
     * The preference codes of an Australian Schedule 3 rate text the import could not read ("DC$1.220/kg, less 5%":
     * what the 5 % is taken of is not said), so the page flags them "to confirm" next to the rates it did read.
     */
    static java.util.List<String> unreadPreferences(Jurisdiction jurisdiction, String rateText) {
        if (jurisdiction != Jurisdiction.AU || rateText == null || rateText.isBlank()) {
            return java.util.List.of();
        }
        java.util.List<String> codes = new java.util.ArrayList<>();
        var parsed = org.tradedesk.tariff.domain.AuDutyRateParser.parseSchedule3(rateText);
        for (String part : parsed.unread()) {
            var m = java.util.regex.Pattern.compile("^preference (\\S+) not read").matcher(part);
            codes.add(m.find() ? m.group(1) : "—");
        }
        return codes;
    }
}
