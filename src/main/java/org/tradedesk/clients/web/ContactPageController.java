package org.tradedesk.clients.web;

import jakarta.validation.groups.Default;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ClientView;
import org.tradedesk.clients.ConsentPurpose;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.MailAttachment;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.clients.PreferredLanguage;
import org.tradedesk.clients.StaleClientEdit;
import org.tradedesk.shared.TradedeskException;
import tools.jackson.databind.json.JsonMapper;

/** Contact pages: add, view (audited), edit, consent, export of personal data, erasure, e-mail. */
@Controller
@RequestMapping("/clients/{clientId}/contacts")
class ContactPageController {

    private final ClientDirectory directory;
    private final ClientMailer mailer;
    private final JsonMapper json;
    private final Clock clock;

    ContactPageController(ClientDirectory directory, ClientMailer mailer, JsonMapper json, Clock clock) {
        this.directory = directory;
        this.mailer = mailer;
        this.json = json;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", PreferredLanguage.values());
        model.addAttribute("purposes", ConsentPurpose.values());
    }

    @GetMapping("/new")
    String newForm(@PathVariable long clientId, Model model) {
        ClientView client = directory.client(new ClientId(clientId));
        model.addAttribute("client", client);
        model.addAttribute("form", ContactForm.empty(client.preferredLanguage()));
        return "clients/contact-form";
    }

    @PostMapping
    String create(@PathVariable long clientId, @Validated @ModelAttribute("form") ContactForm form, BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("client", directory.client(new ClientId(clientId)));
            return "clients/contact-form";
        }
        long id = directory.addContact(new ClientId(clientId), form.toDetails()).id();
        return "redirect:/clients/" + clientId + "/contacts/" + id;
    }

    /** Opening a contact's page is audited as VIEWED. */
    @GetMapping("/{contactId}")
    String detail(@PathVariable long clientId, @PathVariable long contactId, Model model) {
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contact", directory.viewContact(new ClientId(clientId), contactId));
        model.addAttribute("today", LocalDate.now(clock));
        return "clients/contact";
    }

    @GetMapping("/{contactId}/edit")
    String editForm(@PathVariable long clientId, @PathVariable long contactId, Model model) {
        ContactView contact = directory.viewContact(new ClientId(clientId), contactId);
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contactId", contactId);
        model.addAttribute("form", ContactForm.of(contact));
        return "clients/contact-form";
    }

    @PostMapping("/{contactId}")
    String update(@PathVariable long clientId, @PathVariable long contactId,
            @Validated({Default.class, ClientForm.Update.class}) @ModelAttribute("form") ContactForm form,
            BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contactId", contactId);
        if (errors.hasErrors()) {
            return "clients/contact-form";
        }
        try {
            directory.updateContact(new ClientId(clientId), contactId, form.version(), form.toDetails());
            return "redirect:/clients/" + clientId + "/contacts/" + contactId;
        } catch (StaleClientEdit e) {
            response.setStatus(409);
            errors.reject("clients.stale-edit.page");
            return "clients/contact-form";
        }
    }

    @PostMapping("/{contactId}/consents")
    String consent(@PathVariable long clientId, @PathVariable long contactId,
            @Validated @ModelAttribute("consent") ConsentForm form, BindingResult errors, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", "clients.consent.invalid");
        } else {
            directory.recordConsent(new ClientId(clientId), contactId, form.toDecision());
            flash.addFlashAttribute("notice", "clients.consent.recorded");
        }
        return "redirect:/clients/" + clientId + "/contacts/" + contactId;
    }

    @GetMapping("/{contactId}/export")
    ResponseEntity<byte[]> export(@PathVariable long clientId, @PathVariable long contactId) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(directory.exportContact(new ClientId(clientId), contactId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + contactId + ".json\"")
                .body(body);
    }

    @PostMapping("/{contactId}/erase")
    String erase(@PathVariable long clientId, @PathVariable long contactId, RedirectAttributes flash) {
        directory.eraseContact(new ClientId(clientId), contactId);
        flash.addFlashAttribute("notice", "clients.contact.erased.notice");
        return "redirect:/clients/" + clientId + "/contacts/" + contactId;
    }

    @PostMapping("/{contactId}/mail")
    String mail(@PathVariable long clientId, @PathVariable long contactId, @RequestParam String subject,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes flash)
            throws IOException {
        List<MailAttachment> attachments = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    attachments.add(new MailAttachment(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
        }
        try {
            mailer.send(new OutgoingMail(new ClientId(clientId), contactId, subject, body, attachments));
            flash.addFlashAttribute("notice", "clients.mail.sent");
        } catch (TradedeskException e) {
            if (e.kind() == TradedeskException.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("error", "clients.mail.failed");
            flash.addFlashAttribute("errorDetail", e.getMessage());
        }
        return "redirect:/clients/" + clientId + "/contacts/" + contactId;
    }
}
