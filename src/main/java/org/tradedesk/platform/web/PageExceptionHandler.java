package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tradedesk.shared.TradedeskException;

/** Business failures on pages become a friendly page in the user's language, with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(TradedeskException.class)
    String business(TradedeskException e, Model model, HttpServletResponse response) {
        response.setStatus(ErrorStatus.of(e).value());
        model.addAttribute("messageCode", e.messageCode());
        model.addAttribute("messageArgs", e.arguments());
        model.addAttribute("fallback", e.getMessage());
        model.addAttribute("status", ErrorStatus.of(e).value());
        return "error";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String staleEdit(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("messageCode", "error.stale-edit");
        model.addAttribute("status", 409);
        return "error";
    }
}
