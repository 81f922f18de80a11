package org.tradedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

class MessageTextsTest {

    private final StaticMessageSource bundles = new StaticMessageSource();
    private final MessageTexts texts = new MessageTexts(bundles, new Formats(Clock.system(ZoneOffset.UTC)));

    MessageTextsTest() {
        bundles.addMessage("step.rate", Locale.ENGLISH, "{0} × {1} = {2}, effective {3} ({4})");
        bundles.addMessage("step.rate", Locale.TRADITIONAL_CHINESE, "{0} × {1} = {2}，自 {3} 起適用（{4}）");
        bundles.addMessage("tax.duty", Locale.ENGLISH, "duty");
        bundles.addMessage("tax.duty", Locale.TRADITIONAL_CHINESE, "進口稅");
    }

    @Test
    void rendersEveryArgumentKindInTheReadersLanguage() {
        MessageText m = MessageText.of("step.rate",
                Arg.percent(new BigDecimal("5.00")),
                Arg.money(new BigDecimal("138465.0000"), "AUD"),
                Arg.money(new BigDecimal("6923.25"), "AUD"),
                Arg.date(LocalDate.of(2026, 3, 2)),
                Arg.code("tax.duty"));

        assertThat(texts.render(m, Locale.ENGLISH)).isEqualTo("5% × AUD 138,465.0000 = AUD 6,923.25, effective 2 Mar 2026 (duty)");
        assertThat(texts.render(m, Locale.TRADITIONAL_CHINESE))
                .isEqualTo("5% × AUD 138,465.0000 = AUD 6,923.25，自 2026/03/02 起適用（進口稅）");
    }

    @Test
    void nestedMessagesAreRenderedInTheSameLanguage() {
        bundles.addMessage("outer", Locale.TRADITIONAL_CHINESE, "理由：{0}");
        MessageText m = MessageText.of("outer", Arg.message(MessageText.of("tax.duty")));
        assertThat(texts.render(m, Locale.TRADITIONAL_CHINESE)).isEqualTo("理由：進口稅");
    }

    @Test
    void anUnknownCodeShowsTheCodeRatherThanFailingThePage() {
        assertThat(texts.render(MessageText.of("no.such", Arg.literal("X")), Locale.ENGLISH)).isEqualTo("no.such [X]");
    }
}
