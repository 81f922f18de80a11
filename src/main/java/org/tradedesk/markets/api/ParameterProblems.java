package org.tradedesk.markets.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.tradedesk.markets.ParameterInvalid;

/**
 * The problem detail of a parameter that is not valid, as the platform words business errors (code, localised detail and
 * title) plus {@code errors: [{field, label, message}]}: {@code field} the request's own name, {@code label} and the
 * detail naming the parameter in the reader's language.
 */
final class ParameterProblems {

    private ParameterProblems() {
    }

    static ResponseEntity<ProblemDetail> of(ParameterInvalid e, MessageSource messages) {
        return of(e, e.field(), messages);
    }

    /** {@code field}: the field's path in the request when it differs from the label's ({@code scoring.tariffDate}). */
    static ResponseEntity<ProblemDetail> of(ParameterInvalid e, String field, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new java.util.ArrayList<>();
        List<String> details = new java.util.ArrayList<>();
        for (ParameterInvalid p : e.all()) {
            Object[] args = org.tradedesk.platform.Formats.readerArguments(p.arguments());
            // a market's entry (tariffs.CHN) named by the market, in the detail as in the label (review t2fixF)
            String marketLabel = MarketsApiFieldLabels.marketLabel(p.field(), messages, locale);
            for (int i = 0; marketLabel != null && i < args.length; i++) {
                if (args[i] instanceof ParameterInvalid.Label) {
                    args[i] = marketLabel;
                }
            }
            String d = messages.getMessage(p.messageCode(), args, p.getMessage(), locale);
            String label = marketLabel != null ? marketLabel.strip() : messages.getMessage(p.label(), locale).strip();
            errors.add(Map.of("field", p == e ? field : p.field(), "label", label, "message", d));
            details.add(d);
        }
        // every problem of the request at once: the detail says them all, errors[] lists them field by field
        String detail = String.join(" ", details);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("problem.title.400", null, HttpStatus.BAD_REQUEST.getReasonPhrase(), locale));
        problem.setType(URI.create("urn:tradedesk:problem:" + e.messageCode()));
        problem.setProperty("code", e.messageCode());
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
