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
import org.tradedesk.identity.NewUser;
import org.tradedesk.identity.PasswordPolicy;
import org.tradedesk.identity.Role;
import org.tradedesk.identity.UserAdministration;
import org.tradedesk.identity.UserChange;
import org.tradedesk.identity.UserSummary;
import org.tradedesk.identity.web.UserForms.EditUserForm;
import org.tradedesk.identity.web.UserForms.NewUserForm;
import org.tradedesk.identity.web.UserForms.PasswordForm;

/** {@code /admin/users}: the administrator's list of accounts, new account, edit, password reset. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPageController {

    private final UserAdministration users;
    private final MessageSource messages;

    UserAdminPageController(UserAdministration users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return org.tradedesk.identity.UserContact.LANGUAGES;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        model.addAttribute("form", NewUserForm.empty());
        model.addAttribute("errors", Map.of());
        return "identity/users";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        rejectWeakPassword(form.password(), result);
        UserForms.rejectBadEmail(form.email(), result);
        if (result.hasErrors()) {
            model.addAttribute("users", users.list());
            model.addAttribute("errors", FieldErrors.of(result, messages));
            return "identity/users";
        }
        UserSummary created = users.create(new NewUser(form.username(), form.displayName(), form.roles(), form.password(),
                form.email(), form.language()));
        redirect.addFlashAttribute("saved", created.username());
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserSummary user = users.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", new EditUserForm(user.version(), user.displayName(), user.roles(), user.enabled(),
                user.email(), user.language()));
        model.addAttribute("errors", Map.of());
        return "identity/user-edit";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UserForms.rejectBadEmail(form.email(), result);
        if (result.hasErrors()) {
            model.addAttribute("user", users.get(id));
            model.addAttribute("errors", FieldErrors.of(result, messages));
            return "identity/user-edit";
        }
        UserSummary changed = users.change(id, new UserChange(form.version(), form.displayName(), form.roles(),
                form.isEnabled(), form.email(), form.language()));
        redirect.addFlashAttribute("saved", changed.username());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserSummary user = users.get(id);
        rejectWeakPassword(form.password(), result);
        if (result.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("form", new EditUserForm(user.version(), user.displayName(), user.roles(), user.enabled(),
                user.email(), user.language()));
            model.addAttribute("errors", Map.of());
            model.addAttribute("passwordErrors", FieldErrors.of(result, messages));
            return "identity/user-edit";
        }
        users.resetPassword(id, form.password());
        redirect.addFlashAttribute("passwordReset", user.username());
        return "redirect:/admin/users";
    }

    /** A common password is a field error like a short one, so the form comes back with the other input kept. */
    private static void rejectWeakPassword(String password, BindingResult result) {
        if (!result.hasFieldErrors("password") && password != null && !password.isBlank()) {
            PasswordPolicy.violation(password).ifPresent(code -> result.rejectValue("password", code, code));
        }
    }
}
