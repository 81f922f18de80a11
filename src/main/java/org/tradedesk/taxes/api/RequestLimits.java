package org.tradedesk.taxes.api;

import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * How much one tax API request may ask (issue 11: the worst legal request, 20,000 lines with an option each, took
 * 41 s and answered 41 MB). The API calculates at most {@value #MAX_LINES} lines and compares at most
 * {@value #MAX_OPTION_ROWS} duty options (the general rate counted on each line with a choice) in one request;
 * above either it answers 413 with a problem detail naming {@code lines} and the limit, before the engine runs.
 * A larger invoice goes through the batch upload (5,000 rows) or several requests. Stated in the README
 * ("Limits of a request") and in the OpenAPI description.
 */
final class RequestLimits {

    static final int MAX_LINES = org.tradedesk.platform.validation.Bounds.MAX_API_LINES;
    static final int MAX_OPTION_ROWS = 10_000;
    /** The limits as the OpenAPI description prints them (an annotation takes constants only). */
    static final String MAX_LINES_TEXT = "5,000";
    static final String MAX_OPTION_ROWS_TEXT = "10,000";

    private RequestLimits() {
    }

    /** Throws {@link TooLarge} when the request asks more than one request may. */
    static void check(TaxRequestJson request) {
        List<TaxRequestJson.Line> lines = request.lines() == null ? List.of() : request.lines();
        if (lines.size() > MAX_LINES) {
            throw new TooLarge(MessageText.of("taxes.api.lines.too-many", MessageText.Arg.number(lines.size()),
                    MessageText.Arg.number(MAX_LINES)));
        }
        long rows = 0;
        for (TaxRequestJson.Line line : lines) {
            if (line != null && line.options() != null && !line.options().isEmpty()) {
                rows += line.options().size() + 1;
            }
        }
        if (rows > MAX_OPTION_ROWS) {
            throw new TooLarge(MessageText.of("taxes.api.options.too-many", MessageText.Arg.number(rows),
                    MessageText.Arg.number(MAX_OPTION_ROWS)));
        }
    }

    /** A request larger than one request may be: 413, naming {@code lines}. */
    static final class TooLarge extends RuntimeException {
        private final transient MessageText message;

        TooLarge(MessageText message) {
            super(message.code(), null, false, false);
            this.message = message;
        }

        MessageText messageText() {
            return message;
        }
    }
}
