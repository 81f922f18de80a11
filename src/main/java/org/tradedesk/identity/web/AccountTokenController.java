package org.tradedesk.identity.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tradedesk.identity.ApiTokens;
import org.tradedesk.identity.IssuedApiToken;
import org.tradedesk.identity.web.UserForms.TokenForm;

/**
 * {@code /account/tokens}: every user's own API tokens. A new token's secret travels as a flash
 * attribute, so it is shown on exactly one page view and a reload does not show it again.
 */
@Controller
@RequestMapping("/account/tokens")
class AccountTokenController {

    private final ApiTokens tokens;
    private final MessageSource messages;

    AccountTokenController(ApiTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.mine());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "identity/tokens";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("errors", FieldErrors.of(result, messages));
            return list(model);
        }
        IssuedApiToken issued = tokens.create(form.name());
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:/account/tokens";
    }
}
