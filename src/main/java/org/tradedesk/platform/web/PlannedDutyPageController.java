package org.tradedesk.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entry pages of the duties whose modules have not landed yet: they say which tasks of the
 * standard the duty covers and that the module is planned, rather than pretending to work.
 */
@Controller
class PlannedDutyPageController {

    @GetMapping("/markets")
    String markets(Model model) {
        return duty(model, "t2");
    }

    @GetMapping("/clearance")
    String clearance(Model model) {
        return duty(model, "t4");
    }

    private String duty(Model model, String duty) {
        model.addAttribute("duty", duty);
        return "duty-planned";
    }
}
