package org.tradedesk.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page request {@link RequestShape} refused (a 55 MB upload: 413) shows the refusal's own words on the error page — the
 * limit named in the reader's language — instead of the generic "something went wrong" (t2fixJ). Every other error page is
 * left to the error controller as before.
 */
@Configuration
class RequestShapePages {

    /** The request attribute holding the worded refusal of a page request. */
    static final String MESSAGE = RequestShapePages.class.getName() + ".message";

    @Bean
    ErrorViewResolver requestShapeErrorView() {
        return (request, status, model) -> {
            Object message = request.getAttribute(MESSAGE);
            if (message == null) {
                return null;
            }
            Map<String, Object> shown = new LinkedHashMap<>(model);
            shown.put("errorMessage", message);
            shown.put("status", status.value());
            return new ModelAndView("error", shown, status);
        };
    }
}
