package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tradedesk.shared.TradedeskException;

/**
 * Business failures on pages become a friendly page in the user's language, with the right status.
 * The message is resolved here rather than in the template: Thymeleaf's {@code #{code(${args})}}
 * passes an argument array as one argument and prints {@code [Ljava.lang.Object;@…}.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final MessageSource messages;

    PageExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TradedeskException.class)
    String business(TradedeskException e, Model model, HttpServletResponse response, Locale locale) {
        int status = ErrorStatus.of(e).value();
        response.setStatus(status);
        model.addAttribute("errorMessage", BusinessMessages.of(messages, e, locale));
        model.addAttribute("status", status);
        return "error";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String staleEdit(Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(409);
        model.addAttribute("errorMessage", messages.getMessage("error.stale-edit", null, locale));
        model.addAttribute("status", 409);
        return "error";
    }
}
