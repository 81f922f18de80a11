package org.tradedesk.clearance.messages;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The set-up {@link CustomsResponsesTest} repeats: a CUSRES D.99B interchange from the customs system to the desk
 * (UNB, UNH, BGM 961:::IMDR, DTM+137, the message's own segments, UNT with its segment count, UNZ) and the reading
 * of a response as EDIFACT (ISO 8859-1, UNOC) or as Taiwan XML (UTF-8).
 */
final class CustomsResponseSamples {

    private CustomsResponseSamples() {
    }

    /**
     * A CUSRES of the Australian customs system, one segment a line: sent at {@code sent} ({@code yyMMdd:HHmm}) in the
     * interchange {@code interchange}, answering the declaration TDAU26120601 with the BGM function {@code function},
     * dated {@code date} (DTM+137, e.g. {@code 202612061012:203}), carrying {@code segments} (each without its {@code '}).
     */
    static String cusres(String sent, String interchange, String function, String date, String... segments) {
        StringBuilder m = new StringBuilder();
        m.append("UNB+UNOC:3+AUCUSTOMS+TRADEDESK01+").append(sent).append('+').append(interchange).append("'\n");
        List<String> message = new java.util.ArrayList<>(List.of("UNH+1+CUSRES:D:99B:UN", "BGM+961:::IMDR+TDAU26120601:1+" + function,
                "DTM+137:" + date));
        message.addAll(List.of(segments));
        message.forEach(s -> m.append(s).append("'\n"));
        // UNT counts the segments of the message, UNH and UNT included (ISO 9735)
        m.append("UNT+").append(message.size() + 1).append("+1'\n");
        m.append("UNZ+1+").append(interchange).append("'\n");
        return m.toString();
    }

    /** An EDIFACT response read as the channel receives it (UNOC: ISO 8859-1). */
    static CustomsResponse edifact(String message) {
        return CustomsResponses.read(message.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A Taiwan XML response read as the channel receives it (UTF-8). */
    static CustomsResponse xml(String message) {
        return CustomsResponses.read(message.getBytes(StandardCharsets.UTF_8));
    }
}
