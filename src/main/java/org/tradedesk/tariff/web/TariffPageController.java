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

    TariffPageController(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
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
    String item(@PathVariable String j, @PathVariable String code, Model model) {
        model.addAttribute("item", catalogue.item(Jurisdiction.of(j), code));
        return "tariff/item";
    }
}
