package org.tradedesk.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPageController {

    /** {@code throttled}: minutes left of a login lock (set by the login throttle's redirect); only a small number is shown. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String throttled, Model model) {
        if (throttled != null && throttled.matches("\\d{1,3}")) {
            model.addAttribute("throttledMinutes", Integer.parseInt(throttled));
        }
        return "identity/login";
    }
}
