package org.tradedesk.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.tradedesk.clients.Channel;
import org.tradedesk.clients.ClientArchived;
import org.tradedesk.clients.ClientDetails;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientKind;
import org.tradedesk.clients.ClientSummary;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.CommunicationEntry;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.clients.StaleClientEdit;
import org.tradedesk.shared.TradedeskException;

/** The client pages: list with search and paging, new, details with contacts and history, edit, archive. */
@Controller
@RequestMapping("/clients")
class ClientPageController {

    static final int PAGE_SIZE = 20;

    private final ClientDirectory directory;
    private final Clock clock;

    ClientPageController(ClientDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", ClientKind.values());
        model.addAttribute("languages", PreferredLanguage.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("countries", countries(locale));
    }

    /**
     * Before every per-client page or endpoint of this controller: a coordinator sees only the clients assigned to them, a
     * manager every client ({@link ClientDirectory#requireAccess}: 404 for an unknown id, 403 without the client's name).
     */
    @ModelAttribute
    void requireAccess(@PathVariable(name = "id", required = false) Long id) {
        if (id != null) {
            directory.requireAccess(new ClientId(id));
        }
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<ClientSummary> result = directory.searchVisible(q, archived, org.tradedesk.platform.web.Paging.of(page, PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("archived", archived);
        model.addAttribute("clients", result);
        return "clients/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", ClientForm.empty());
        return "clients/form";
    }

    @PostMapping
    String create(@Validated @ModelAttribute("form") ClientForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean allowDuplicateTaxId, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clients/form";
        }
        try {
            ClientDetails details = form.toDetails();
            if (!allowDuplicateTaxId && warnedOfDuplicate(directory.sameTaxId(details, null), model, response)) {
                return "clients/form";
            }
            return "redirect:/clients/" + directory.create(details).id();
        } catch (TradedeskException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            return "clients/form";
        }
    }

    /** The clients already on file with the number: the form comes back (409) with links to them and a "save anyway". */
    private static boolean warnedOfDuplicate(List<ClientSummary> same, Model model, HttpServletResponse response) {
        if (same.isEmpty()) {
            return false;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("duplicates", same);
        return true;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int historyPage, Model model) {
        ClientView client = directory.client(new ClientId(id));
        Page<CommunicationEntry> history = directory.history(new ClientId(id), org.tradedesk.platform.web.Paging.of(historyPage, PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("client", client);
        model.addAttribute("history", history);
        model.addAttribute("assignees", directory.assignees(new ClientId(id)));
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", new CommunicationForm(null, null, Channel.PHONE, null, null, null));
        }
        return "clients/detail";
    }

    /** An archived client is read-only: its page, not a form whose save would be refused. */
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model, RedirectAttributes flash) {
        ClientView client = directory.client(new ClientId(id));
        if (client.archived()) {
            flash.addFlashAttribute("notice", "clients.archived.no-form");
            return "redirect:/clients/" + id;
        }
        model.addAttribute("clientId", id);
        model.addAttribute("form", ClientForm.of(client));
        return "clients/form";
    }

    /** A stale version re-shows the form with the user's input and a clear message, status 409. */
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated({Default.class, ClientForm.Update.class}) @ModelAttribute("form") ClientForm form,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean allowDuplicateTaxId, Model model,
            HttpServletResponse response) {
        model.addAttribute("clientId", id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clients/form";
        }
        try {
            ClientDetails details = form.toDetails();
            if (directory.client(new ClientId(id)).archived()) {
                throw ClientArchived.forId(id);
            }
            if (!allowDuplicateTaxId && warnedOfDuplicate(directory.sameTaxId(details, id), model, response)) {
                return "clients/form";
            }
            directory.update(new ClientId(id), form.version(), details);
            return "redirect:/clients/" + id;
        } catch (ClientArchived e) {
            // the input stays in the form, so nothing typed is lost; the page says why it cannot be saved
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("clients.archived.read-only");
            model.addAttribute("archivedClient", true);
            return "clients/form";
        } catch (StaleClientEdit e) {
            response.setStatus(409);
            errors.reject(org.tradedesk.platform.StaleEdit.CODE);
            model.addAttribute("stale", true);
            return "clients/form";
        } catch (TradedeskException e) {
            if (e.kind() != TradedeskException.Kind.INVALID) {
                throw e;
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
            return "clients/form";
        }
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes flash) {
        directory.archive(new ClientId(id));
        flash.addFlashAttribute("notice", "clients.archived.notice");
        return "redirect:/clients/" + id;
    }

    /** A manager assigns a coordinator to the client (they then see its clearance files); an unknown user is refused. */
    @PostMapping("/{id}/assignees")
    String assign(@PathVariable long id, @RequestParam String username, RedirectAttributes flash) {
        try {
            directory.assign(new ClientId(id), username);
            flash.addFlashAttribute("notice", "clients.assignment.added");
        } catch (org.tradedesk.clients.UnknownAssignee e) {
            flash.addFlashAttribute("assignError", e.messageCode());
            flash.addFlashAttribute("assignUsername", username);
        }
        return "redirect:/clients/" + id + "#assignees";
    }

    @PostMapping("/{id}/assignees/remove")
    String unassign(@PathVariable long id, @RequestParam String username, RedirectAttributes flash) {
        directory.unassign(new ClientId(id), username);
        flash.addFlashAttribute("notice", "clients.assignment.removed");
        return "redirect:/clients/" + id + "#assignees";
    }

    @PostMapping("/{id}/history")
    String log(@PathVariable long id, @Validated @ModelAttribute("entry") CommunicationForm entry, BindingResult errors,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return detail(id, 0, model);
        }
        directory.logCommunication(new ClientId(id), entry.toNew(clock.getZone()));
        flash.addFlashAttribute("notice", "clients.history.logged");
        return "redirect:/clients/" + id + "#history";
    }

    /** Taiwan and Australia first (the desk's two jurisdictions), then every ISO country by its name in the user's language. */
    static List<Country> countries(Locale locale) {
        List<Country> all = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            if (!code.equals("TW") && !code.equals("AU")) {
                all.add(new Country(code, org.tradedesk.shared.CountryCode.displayName(code, locale)));
            }
        }
        all.sort(Comparator.comparing(Country::name));
        all.add(0, new Country("AU", org.tradedesk.shared.CountryCode.displayName("AU", locale)));
        all.add(0, new Country("TW", org.tradedesk.shared.CountryCode.displayName("TW", locale)));
        return all;
    }

    record Country(String code, String name) {
    }
}
