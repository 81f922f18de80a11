package org.tradedesk.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.platform.Formats;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * Review of issue 8: the history showed "稅費繳納通知：稅費繳納通知" — the message named by its full name (which holds what
 * it says) and then what it says. Every response type, in both languages, as written now and as written before.
 */
class HistoryResponseLineTest {

    static final List<String> SOURCES = List.of("CUSRES_D99B", "TW_NX901", "TW_N5107", "TW_N5108", "TW_N5109", "TW_N5110",
            "TW_N5111", "TW_N5116");

    private static MessageTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/clearance");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new MessageTexts(bundles, new Formats(Clock.systemUTC()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aResponseLineSaysWhatTheResponseIsOnceForEveryTypeOldLinesToo() {
        MessageTexts texts = texts();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-TW"))) {
            for (String source : SOURCES) {
                for (CustomsResponse.Kind kind : CustomsResponse.Kind.values()) {
                    String label = texts.render(MessageText.of("clearance.response.kind." + kind), locale).toLowerCase(Locale.ROOT);
                    Arg said = Arg.code("clearance.response.kind." + kind);
                    // written before the fix: the full name of the message; written now: its sender and number
                    MessageText old = MessageText.of("clearance.history.response", Arg.code("clearance.response.source." + source), said,
                            Arg.number(1), Arg.literal("-"), Arg.literal("-"));
                    MessageText now = MessageText.of("clearance.history.response", ClearanceDeclarations.responseSender(source), said,
                            Arg.number(1), Arg.literal("-"), Arg.literal("-"));
                    for (MessageText written : List.of(old, now)) {
                        String shown = texts.render(new HistoryEntry(1, Instant.EPOCH, "u", written).what(), locale);
                        assertThat(count(shown.toLowerCase(Locale.ROOT), label)).as(shown).isEqualTo(1);
                        assertThat(shown).as(shown).contains(source.substring(source.indexOf('_') + 1).replace("D99B", "CUSRES"))
                                .doesNotContain("clearance.");
                    }
                }
            }
        }
    }
}
