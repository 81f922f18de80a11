package org.tradedesk.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the four duties of the standard, each a door into its module. */
@Controller
class HomePageController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
