package org.tradedesk.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.identity.OwnProfile;
import org.tradedesk.identity.UserContact;
import org.tradedesk.identity.UserSummary;
import org.tradedesk.identity.web.UserForms.ProfileForm;

/** {@code /account}: the user's own e-mail address and the language of what the desk mails them. */
@Controller
@RequestMapping("/account")
class AccountPageController {

    private final OwnProfile profile;
    private final MessageSource messages;

    AccountPageController(OwnProfile profile, MessageSource messages) {
        this.profile = profile;
        this.messages = messages;
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return UserContact.LANGUAGES;
    }

    @GetMapping
    String show(Model model) {
        UserSummary me = profile.get();
        model.addAttribute("me", me);
        model.addAttribute("form", new ProfileForm(me.email(), me.language()));
        model.addAttribute("errors", Map.of());
        return "identity/account";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UserForms.rejectBadEmail(form.email(), result);
        if (result.hasErrors()) {
            model.addAttribute("me", profile.get());
            model.addAttribute("errors", FieldErrors.of(result, messages));
            return "identity/account";
        }
        profile.change(form.email(), form.language());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account";
    }
}
