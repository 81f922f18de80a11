package org.tradedesk.taxes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.taxes.importing.ExchangeRateCsv;
import org.tradedesk.taxes.persistence.ExchangeRateStore;

/**
 * The customs exchange rates in force (匯率): what a coordinator's quotation will be converted at on a
 * date, per jurisdiction and currency, with its source, effective dates and the file it came from; a
 * manager imports a new rate file here (the same CSV as {@code POST /api/v1/tax/exchange-rates}: all rows
 * or none, a refused file listed row by row).
 */
@Controller
@RequestMapping("/taxes/exchange-rates")
class ExchangeRatePageController {

    static final String VIEW = "taxes/exchange-rates";

    private final ExchangeRateStore rates;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    ExchangeRatePageController(ExchangeRateStore rates, org.tradedesk.platform.BusinessCalendar calendar) {
        this.rates = rates;
        this.calendar = calendar;
    }

    @GetMapping
    String page(@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
        LocalDate on = calendar.today();
        if (date != null && !date.isBlank()) {
            try {
                on = LocalDate.parse(date.strip());
                if (on.getYear() < 1900 || on.getYear() > 2200) {
                    throw new DateTimeParseException("out of range", date, 0);
                }
            } catch (DateTimeParseException e) {
                model.addAttribute("dateError", "taxes.rates.date.invalid");
                model.addAttribute("dateInput", date);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        return show(on, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes flash) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("importErrors", List.of());
            model.addAttribute("importError", "taxes.rates.import.empty");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(calendar.today(), model);
        }
        try {
            int rows = rates.importCsv(file.getOriginalFilename(), file.getBytes());
            flash.addFlashAttribute("imported", rows);
            flash.addFlashAttribute("importedFile", file.getOriginalFilename());
            return "redirect:/taxes/exchange-rates";
        } catch (ExchangeRateCsv.Invalid e) {
            // nothing was saved: the file is refused whole, every bad row named at once
            model.addAttribute("importError", "taxes.rates.import.refused");
            model.addAttribute("importErrors", e.errors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(calendar.today(), model);
        }
    }

    private String show(LocalDate on, Model model) {
        model.addAttribute("date", on);
        model.addAttribute("rates", rates.inForce(on));
        model.addAttribute("imports", rates.recentImports());
        return VIEW;
    }
}
