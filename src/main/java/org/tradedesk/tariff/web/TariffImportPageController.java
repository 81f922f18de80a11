package org.tradedesk.tariff.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;

/** Upload a schedule, watch its job (htmx polls the progress fragment), read the report. ADMIN or MANAGER only. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class TariffImportPageController {

    private final TariffCatalogue catalogue;

    TariffImportPageController(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/tariff/imports")
    String list(Model model) {
        model.addAttribute("jobs", catalogue.importJobs(50));
        model.addAttribute("jurisdictions", Jurisdiction.values());
        return "tariff/imports";
    }

    @PostMapping("/tariff/imports")
    String upload(@RequestParam String jurisdiction, @RequestParam("file") MultipartFile file,
                  @RequestParam(name = "extra1", required = false) MultipartFile extra1,
                  @RequestParam(name = "extra2", required = false) MultipartFile extra2,
                  java.security.Principal principal) throws IOException {
        if (file.isEmpty()) {
            throw new TradedeskException("tariff.import.no-file", "choose the file to import");
        }
        List<TariffCatalogue.NamedFile> extras = new ArrayList<>();
        for (MultipartFile f : new MultipartFile[] {extra1, extra2}) {
            if (f != null && !f.isEmpty()) {
                extras.add(new TariffCatalogue.NamedFile(f.getOriginalFilename(), f.getBytes()));
            }
        }
        long id = catalogue.startImport(Jurisdiction.of(jurisdiction), file.getOriginalFilename(), file.getBytes(), extras,
                principal.getName());
        return "redirect:/tariff/imports/" + id;
    }

    @PostMapping("/tariff/imports/bundled")
    String bundled(@RequestParam String jurisdiction, java.security.Principal principal) {
        long id = catalogue.startBundledImport(Jurisdiction.of(jurisdiction), principal.getName());
        return "redirect:/tariff/imports/" + id;
    }

    @GetMapping("/tariff/imports/{id}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", catalogue.importJob(id));
        return "tariff/import";
    }

    /** The progress bar and, once finished, the report summary: the fragment htmx swaps in every second. */
    @GetMapping("/tariff/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", catalogue.importJob(id));
        return "tariff/import :: progress";
    }
}
