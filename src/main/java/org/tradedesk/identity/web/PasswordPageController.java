package org.tradedesk.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tradedesk.identity.OwnPassword;

/**
 * {@code /account/password}: the user changes their own password. A user who must change it (the
 * bootstrap administrator) is sent here from every page until it is done.
 */
@Controller
@RequestMapping("/account/password")
class PasswordPageController {

    /** The form; passwords are never echoed back. */
    record PasswordChangeForm(@NotBlank @Size(max = 128) String currentPassword,
                              @NotBlank @Size(max = 128) String newPassword,
                              @NotBlank @Size(max = 128) String repeatPassword) {
    }

    private final OwnPassword passwords;
    private final MessageSource messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPageController(OwnPassword passwords, MessageSource messages) {
        this.passwords = passwords;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "identity/password";
    }

    @PostMapping
    String change(@Validated @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>(FieldErrors.of(result, messages));
        if (errors.isEmpty() && !form.newPassword().equals(form.repeatPassword())) {
            errors.put("repeatPassword", text("identity.password.repeat-differs"));
        }
        if (errors.isEmpty()) {
            OwnPassword.Result outcome = passwords.change(form.currentPassword(), form.newPassword());
            if (outcome instanceof OwnPassword.Refused refused) {
                errors.put(refused.field(), text(refused.code()));
            } else if (outcome instanceof OwnPassword.Changed changed) {
                // the session's login no longer carries the required change (saved to the session store)
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed.user(), null,
                        changed.user().getAuthorities()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                return "redirect:/";
            }
        }
        model.addAttribute("errors", errors);
        return "identity/password";
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
