package org.tradedesk.identity.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.tradedesk.identity.ApiTokenScope;
import org.tradedesk.identity.ApiTokens;
import org.tradedesk.identity.IssuedApiToken;
import org.tradedesk.identity.web.UserForms.TokenForm;

/**
 * {@code /account/tokens}: every user's own API tokens. A new token's secret travels as a flash
 * attribute, so it is shown on exactly one page view and a reload does not show it again.
 */
@Controller
@RequestMapping("/account/tokens")
class AccountTokenPageController {

    private final ApiTokens tokens;
    private final MessageSource messages;
    private final Clock clock;
    private final org.tradedesk.platform.BusinessCalendar calendar;

    AccountTokenPageController(ApiTokens tokens, MessageSource messages, Clock clock, org.tradedesk.platform.BusinessCalendar calendar) {
        this.calendar = calendar;
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("scopes", ApiTokenScope.values());
        model.addAttribute("maxExpiry", calendar.today().plusDays(ApiTokens.MAX_LIFETIME_DAYS));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TokenForm.blank(calendar.today()));
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "identity/tokens";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        LocalDate today = calendar.today();
        if (!result.hasFieldErrors("expiresOn") && form.expiresOn() != null
                && (form.expiresOn().isBefore(today) || form.expiresOn().isAfter(today.plusDays(ApiTokens.MAX_LIFETIME_DAYS)))) {
            result.rejectValue("expiresOn", "identity.token.expiry-invalid", new Object[] {ApiTokens.MAX_LIFETIME_DAYS},
                    "identity.token.expiry-invalid");
        }
        if (result.hasErrors()) {
            model.addAttribute("errors", FieldErrors.of(result, messages));
            return list(model);
        }
        ApiTokenScope scope = form.scope() == null ? ApiTokenScope.ALL : ApiTokenScope.ofCode(form.scope()).orElse(ApiTokenScope.ALL);
        IssuedApiToken issued = tokens.create(form.name(), scope, form.expiresOn());
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
