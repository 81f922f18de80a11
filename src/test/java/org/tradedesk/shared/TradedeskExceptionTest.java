package org.tradedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The failure as data ({@link TradedeskException#asText()}): each argument keeps its kind, so the reader's format applies. */
class TradedeskExceptionTest {

    @Test
    void aDateArgumentStaysADateNotAnIsoLiteral() {
        TradedeskException e = new TradedeskException(TradedeskException.Kind.INVALID, "clearance.response.date-future",
                "response date after today", LocalDate.of(2027, 12, 7), "KHH-0142", MessageText.of("x.y"));
        MessageText text = e.asText();
        assertThat(text.code()).isEqualTo("clearance.response.date-future");
        assertThat(text.args()).containsExactly(MessageText.Arg.date(LocalDate.of(2027, 12, 7)), MessageText.Arg.literal("KHH-0142"),
                MessageText.Arg.message(MessageText.of("x.y")));
        assertThat(text.args().get(0).kind()).isEqualTo(MessageText.Kind.DATE);
    }
}
