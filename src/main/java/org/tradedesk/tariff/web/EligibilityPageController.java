package org.tradedesk.tariff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tradedesk.platform.validation.Bounds;
import org.tradedesk.platform.validation.DateWindow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.TradedeskException;
import org.tradedesk.tariff.EligibilityLists;
import org.tradedesk.tariff.Jurisdiction;

/**
 * The country lists behind the preferences (適用國家名單): every list with its members, dates, source
 * and whether it is confirmed. Everyone reads; a manager adds a country from a date or ends a
 * membership, each change audited by {@link EligibilityLists}.
 */
@Controller
class EligibilityPageController {

    private final EligibilityLists lists;
    private final org.springframework.validation.SmartValidator formValidator;

    EligibilityPageController(EligibilityLists lists, org.springframework.validation.SmartValidator formValidator) {
        this.lists = lists;
        this.formValidator = formValidator;
    }

    /** A manager's amendment: list as "AU/DCS", the country, its first (and last) day, the source of the change. */
    record AmendmentForm(
            @NotBlank @Pattern(regexp = "(AU|TW)/[A-Za-z0-9_-]{1,20}") String list,
            @NotBlank @Pattern(regexp = "|[A-Za-z]{2}") String country,
            @NotNull @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateWindow @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            Boolean toConfirm, // not boolean: an unticked box sends nothing, and null cannot build a primitive
            @NotBlank @Size(max = 500) String source) {

        static AmendmentForm empty() {
            return new AmendmentForm(null, null, null, null, null, null);
        }
    }

    @GetMapping("/tariff/eligibility")
    String page(Model model) {
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", AmendmentForm.empty());
        }
        model.addAttribute("lists", lists.lists(null));
        return "tariff/eligibility";
    }

    @PostMapping("/tariff/eligibility/members")
    @PreAuthorize("hasRole('MANAGER')")
    String add(@Valid @ModelAttribute("amendment") AmendmentForm bound, BindingResult bindingErrors, Model model, HttpServletResponse response,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        // every field's error at once, the input kept: a date that does not convert must not hide the others
        org.tradedesk.platform.web.FormRebinding.Bound<AmendmentForm> rebound = org.tradedesk.platform.web.FormRebinding.formToShow(
                bound, bindingErrors, AmendmentForm.class, request, formValidator, model);
        AmendmentForm form = rebound.form() == null ? AmendmentForm.empty() : rebound.form();
        BindingResult errors = rebound.errors();
        if (form.list() != null && !errors.hasFieldErrors("list")) {
            String[] list = form.list().split("/", 2);
            if (lists.list(Jurisdiction.of(list[0]), list[1]).isEmpty()) {
                errors.rejectValue("list", "tariff.eligibility.list-not-found");
            }
        }
        if (form.country() != null && !errors.hasFieldErrors("country") && !validCountry(form.country())) {
            errors.rejectValue("country", "tariff.eligibility.country-invalid");
        }
        if (form.validTo() != null && form.validFrom() != null && !errors.hasFieldErrors("validTo") && form.validTo().isBefore(form.validFrom())) {
            errors.rejectValue("validTo", "tariff.eligibility.dates");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (!model.containsAttribute("amendment")) {
                model.addAttribute("amendment", form);
            }
            model.addAttribute("lists", lists.lists(null));
            return "tariff/eligibility";
        }
        String[] list = form.list().split("/", 2);
        lists.addMember(Jurisdiction.of(list[0]), list[1], CountryCode.of(form.country().toUpperCase(java.util.Locale.ROOT)),
                form.validFrom(), form.validTo(), Boolean.TRUE.equals(form.toConfirm()), form.source());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/tariff/eligibility#list-" + list[0] + "-" + list[1];
    }

    /** What a manager typed in a membership's "End" form that was refused, and the error of each field (message codes). */
    record EndAttempt(long member, String lastDay, String source, java.util.Map<String, String> errors) {
    }

    @PostMapping("/tariff/eligibility/members/{id}/end")
    @PreAuthorize("hasRole('MANAGER')")
    String end(@PathVariable long id, @RequestParam(required = false) String lastDay, @RequestParam(required = false) String source,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate last = null;
        try {
            last = lastDay == null || lastDay.isBlank() ? null : LocalDate.parse(lastDay.strip());
        } catch (java.time.format.DateTimeParseException e) {
            last = null;
        }
        if (last == null || last.isBefore(Bounds.EARLIEST_DATE) || last.isAfter(Bounds.LATEST_DATE)) {
            errors.put("lastDay", "tariff.eligibility.end.lastDay-invalid");
        }
        if (source == null || source.isBlank()) {
            errors.put("source", "tariff.eligibility.end.source-required");
        } else if (source.length() > 500) {
            errors.put("source", "tariff.eligibility.end.source-too-long");
        }
        if (errors.isEmpty()) {
            try {
                lists.endMember(id, last, source);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/tariff/eligibility";
            } catch (TradedeskException e) {
                if (!"tariff.eligibility.dates".equals(e.messageCode())) {
                    throw e;
                }
                errors.put("lastDay", "tariff.eligibility.dates");
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("endAttempt", new EndAttempt(id, lastDay, source, errors));
        model.addAttribute("amendment", AmendmentForm.empty());
        model.addAttribute("lists", lists.lists(null));
        return "tariff/eligibility";
    }

    private static boolean validCountry(String code) {
        try {
            CountryCode.of(code.toUpperCase(java.util.Locale.ROOT));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
