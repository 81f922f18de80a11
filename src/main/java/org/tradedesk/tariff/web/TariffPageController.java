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
    private final java.time.Clock clock;
    private final org.tradedesk.tariff.EligibilityLists lists;

    TariffPageController(TariffCatalogue catalogue, java.time.Clock clock, org.tradedesk.tariff.EligibilityLists lists) {
        this.lists = lists;
        this.catalogue = catalogue;
        this.clock = clock;
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
        model.addAttribute("measureGroups", MeasureGroups.of(item.measures(),
                item.measures().isEmpty() ? java.util.List.of() : catalogue.ftaSchemes(jurisdiction), java.time.LocalDate.now(clock),
                scheme -> lists.list(jurisdiction, scheme), locale));
        return "tariff/item";
    }
}
