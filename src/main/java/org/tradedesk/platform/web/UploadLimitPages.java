package org.tradedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload above the multipart limit on a page (a 55 MB dataset on {@code /markets/datasets}) fails while Spring reads the
 * request, before any controller is chosen, so {@link PageExceptionHandler} never sees it and the answer was an empty 413.
 * It is the error page with 413 and the limit named in the reader's language (t2fixJ), as the API's problem detail names
 * it ({@link ApiExceptionHandler}, {@link RequestShape}). Under {@code /api/} the exception goes on to the API's handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class UploadLimitPages {

    private final MessageSource messages;

    UploadLimitPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, Locale locale) throws Exception {
        if (ApiPaths.isApi(request)) {
            throw e;
        }
        String message = RequestShape.uploadLimit(e) > 0
                ? messages.getMessage(RequestShape.UPLOAD_TOO_LARGE, new Object[] {RequestShape.megabytes(RequestShape.uploadLimit(e))}, locale)
                : messages.getMessage(RequestShape.UPLOAD_TOO_LARGE + ".unknown", null, locale);
        return new ModelAndView("error", Map.of("errorMessage", message, "status", 413), HttpStatus.CONTENT_TOO_LARGE);
    }
}
