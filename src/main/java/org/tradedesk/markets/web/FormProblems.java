package org.tradedesk.markets.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.TradedeskException;

/**
 * A refusal of the markets facades put back on the form that asked for it, in the reader's language — one piece for the
 * markets pages' forms (a project, a decision, a comment, the report's mail, an analysis shared, a mapped import): the
 * form's input stays bound (the caller shows the same form again with these errors), only the error is added.
 */
final class FormProblems {

    private FormProblems() {
    }

    /** The problem as an error of the form as a whole. */
    static void reject(BindingResult errors, TradedeskException e, MessageTexts texts) {
        reject(errors, e, texts, null);
    }

    /**
     * The problem at {@code field} (null: the form as a whole). A text carried as data (a market named 「澳洲（AUS）」) is
     * rendered whole: its arguments are in the text, not the exception's bare arguments; any other problem is its code
     * with the arguments as the reader reads them (dates in their format).
     */
    static void reject(BindingResult errors, TradedeskException e, MessageTexts texts, String field) {
        if (e instanceof org.tradedesk.markets.ParameterInvalid p && p.all().size() > 1) {
            // every problem of the request, not its first only (t2fixO)
            for (org.tradedesk.markets.ParameterInvalid x : p.all()) {
                rejectOne(errors, x, texts, field);
            }
            return;
        }
        rejectOne(errors, e, texts, field);
    }

    private static void rejectOne(BindingResult errors, TradedeskException e, MessageTexts texts, String field) {
        if (e.messageText() != null) {
            errors.reject("markets.problem.text", new Object[] {texts.render(e.messageText(), LocaleContextHolder.getLocale())},
                    e.getMessage());
        } else if (field != null) {
            errors.rejectValue(field, e.messageCode(), Formats.readerArguments(e.arguments()), e.getMessage());
        } else {
            errors.reject(e.messageCode(), Formats.readerArguments(e.arguments()), e.getMessage());
        }
    }
}
