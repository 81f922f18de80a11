package org.tradedesk.clients.web;

import jakarta.validation.groups.Default;
import java.io.IOException;
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
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.tradedesk.clients.ClientArchived;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientId;
import org.tradedesk.clients.MailNotSent;
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
    private final org.tradedesk.platform.BusinessCalendar calendar;

    ContactPageController(ClientDirectory directory, ClientMailer mailer, JsonMapper json, org.tradedesk.platform.BusinessCalendar calendar) {
        this.directory = directory;
        this.mailer = mailer;
        this.json = json;
        this.calendar = calendar;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("languages", PreferredLanguage.values());
        model.addAttribute("purposes", ConsentPurpose.values());
    }

    /**
     * Before every per-client page or endpoint of this controller: a coordinator sees only the clients assigned to them, a
     * manager every client ({@link ClientDirectory#requireAccess}: 404 for an unknown id, 403 without the client's name).
     */
    @ModelAttribute
    void requireAccess(@PathVariable(name = "clientId", required = false) Long clientId) {
        if (clientId != null) {
            directory.requireAccess(new ClientId(clientId));
        }
    }

    /** An archived client's contacts are read-only: no form is offered, its page says why. */
    @GetMapping("/new")
    String newForm(@PathVariable long clientId, Model model, RedirectAttributes flash) {
        ClientView client = directory.client(new ClientId(clientId));
        if (client.archived()) {
            flash.addFlashAttribute("notice", "clients.archived.no-form");
            return "redirect:/clients/" + clientId;
        }
        model.addAttribute("client", client);
        model.addAttribute("form", ContactForm.empty(client.preferredLanguage()));
        return "clients/contact-form";
    }

    @PostMapping
    String create(@PathVariable long clientId, @Validated @ModelAttribute("form") ContactForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clients/contact-form";
        }
        try {
            long id = directory.addContact(new ClientId(clientId), form.toDetails()).id();
            return "redirect:/clients/" + clientId + "/contacts/" + id;
        } catch (TradedeskException e) {
            return refused(e, errors, response);
        }
    }

    /**
     * The domain's own refusal (an archived client, a value its rules reject) shown in the form with
     * everything typed kept: 409 for a client that cannot change, 422 for a value, at its field when it names one.
     */
    private static String refused(TradedeskException e, BindingResult errors, HttpServletResponse response) {
        if (e.kind() == TradedeskException.Kind.NOT_FOUND) {
            throw e;
        }
        if (e instanceof ClientArchived) {
            response.setStatus(HttpStatus.CONFLICT.value());
            errors.reject("clients.archived.read-only");
        } else if (e.messageCode().startsWith("clients.contact.email")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.rejectValue("email", e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
        } else {
            response.setStatus(e.kind() == TradedeskException.Kind.CONFLICT ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.reject(e.messageCode(), org.tradedesk.platform.Formats.readerArguments(e.arguments()), e.getMessage());
        }
        return "clients/contact-form";
    }

    /** Opening a contact's page is audited as VIEWED. */
    @GetMapping("/{contactId}")
    String detail(@PathVariable long clientId, @PathVariable long contactId, Model model) {
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contact", directory.viewContact(new ClientId(clientId), contactId));
        // the consent's date may be today in any zone the desk serves (the form's @DateWindow(notInFuture) bound)
        model.addAttribute("today", calendar.latestToday());
        if (!model.containsAttribute("consent")) {
            model.addAttribute("consent", new ConsentForm(ConsentPurpose.SERVICE, true, calendar.today(), null));
        }
        return "clients/contact";
    }

    @GetMapping("/{contactId}/edit")
    String editForm(@PathVariable long clientId, @PathVariable long contactId, Model model, RedirectAttributes flash) {
        if (directory.client(new ClientId(clientId)).archived()) {
            flash.addFlashAttribute("notice", "clients.archived.no-form");
            return "redirect:/clients/" + clientId + "/contacts/" + contactId;
        }
        ContactView contact = directory.viewContact(new ClientId(clientId), contactId);
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contactId", contactId);
        model.addAttribute("form", ContactForm.of(contact));
        return "clients/contact-form";
    }

    @PostMapping("/{contactId}")
    String update(@PathVariable long clientId, @PathVariable long contactId,
            @Validated({Default.class, ClientForm.Update.class}) @ModelAttribute("form") ContactForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        model.addAttribute("client", directory.client(new ClientId(clientId)));
        model.addAttribute("contactId", contactId);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "clients/contact-form";
        }
        try {
            directory.updateContact(new ClientId(clientId), contactId, form.version(), form.toDetails());
            return "redirect:/clients/" + clientId + "/contacts/" + contactId;
        } catch (StaleClientEdit e) {
            response.setStatus(409);
            errors.reject(org.tradedesk.platform.StaleEdit.CODE);
            return "clients/contact-form";
        } catch (TradedeskException e) {
            return refused(e, errors, response);
        }
    }

    /** A refused consent comes back in its form on the contact's page, the date and note as typed, the field marked (422). */
    @PostMapping("/{contactId}/consents")
    String consent(@PathVariable long clientId, @PathVariable long contactId,
            @Validated @ModelAttribute("consent") ConsentForm form, BindingResult errors, RedirectAttributes flash, Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("error", "clients.consent.invalid");
            return detail(clientId, contactId, model);
        }
        directory.recordConsent(new ClientId(clientId), contactId, form.toDecision());
        flash.addFlashAttribute("notice", "clients.consent.recorded");
        return "redirect:/clients/" + clientId + "/contacts/" + contactId;
    }

    @GetMapping("/{contactId}/export")
    ResponseEntity<byte[]> export(@PathVariable long clientId, @PathVariable long contactId) {
        byte[] body = ContactExportJson.write(json, directory.exportContact(new ClientId(clientId), contactId));
        return ResponseEntity.ok().contentType(ContactExportJson.TYPE)
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
            @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes flash, Model model,
            HttpServletResponse response) throws IOException {
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
            // said on the contact's page with the mail as typed, not on an error page; 503 when no server is set up
            boolean notConfigured = e instanceof MailNotSent m && m.serverMissing();
            response.setStatus(notConfigured ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("error", notConfigured ? "clients.mail.not-configured" : "clients.mail.failed");
            if (!notConfigured) {
                // why, in the reader's language (t4fixAC 1: the mail library's English was shown here); its text goes to the log
                model.addAttribute("errorDetail", e.asText());
                org.slf4j.LoggerFactory.getLogger(ContactPageController.class).warn("Mail to contact {} of client {} not sent: {}",
                        contactId, clientId, e.getMessage());
            }
            model.addAttribute("mailSubject", subject);
            model.addAttribute("mailBody", body);
            return detail(clientId, contactId, model);
        }
        return "redirect:/clients/" + clientId + "/contacts/" + contactId;
    }
}
