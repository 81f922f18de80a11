package org.tradedesk.markets.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;
import org.tradedesk.shared.MessageText;

/**
 * A failed import's arguments as stored ({@link DatasetStore#failed}) and read back: storing never fails (a NaN once threw
 * inside the importer's error handler, leaving the dataset RUNNING), every argument survives the 4,000-character column
 * (the last ones were dropped whole and their {@code {2}} printed), and a message argument is worded in the reader's
 * language when read (it was stored as its toString()).
 */
class DatasetFailureArgsTest {

    static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("failed", Locale.ENGLISH, "line {0}: {1} / {2}");
        MESSAGES.addMessage("inner", Locale.ENGLISH, "the weight of {0}");
        MESSAGES.addMessage("inner", Locale.TRADITIONAL_CHINESE, "{0} 的權重");
        MESSAGES.addMessage("failed", Locale.TRADITIONAL_CHINESE, "第 {0} 行：{1}／{2}");
        MESSAGES.addMessage("unit", Locale.TRADITIONAL_CHINESE, "公斤");
    }

    static String render(List<?> args, Locale locale) {
        List<Object> read = DatasetStore.args(DatasetStore.argsJson(args));
        return MESSAGES.getMessage("failed", read.toArray(), locale);
    }

    @Test
    void aNaNOrInfiniteNumberIsStoredAsItsText() {
        assertThat(render(List.of(3L, Double.NaN, Float.POSITIVE_INFINITY), Locale.ENGLISH)).isEqualTo("line 3: NaN / Infinity");
        assertThat(render(List.of(3, new java.math.BigDecimal("1.50"), 2.5d), Locale.ENGLISH)).isEqualTo("line 3: 1.5 / 2.5");
    }

    @Test
    void everyArgumentSurvivesTheColumnsLength() {
        String json = DatasetStore.argsJson(List.of(7L, "x".repeat(3000), "y".repeat(3000)));
        assertThat(json.length()).isLessThanOrEqualTo(4000);
        String text = render(List.of(7L, "x".repeat(3000), "y".repeat(3000)), Locale.ENGLISH);
        assertThat(text).doesNotContain("{1}").doesNotContain("{2}").startsWith("line 7: xxx").contains(" / yyy");
        List<Object> many = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add("z".repeat(500));
        }
        List<Object> read = DatasetStore.args(DatasetStore.argsJson(many));
        assertThat(read).hasSize(60);
        assertThat(DatasetStore.argsJson(many).length()).isLessThanOrEqualTo(4000);
    }

    @Test
    void aMessageArgumentIsWordedInTheReadersLanguageWhenRead() {
        List<Object> args = List.of(12L, new DefaultMessageSourceResolvable(new String[] {"inner"}, new Object[] {"TW"}),
                MessageText.of("inner", MessageText.Arg.code("unit")));
        assertThat(render(args, Locale.TRADITIONAL_CHINESE)).isEqualTo("第 12 行：TW 的權重／公斤 的權重");
        assertThat(render(args.subList(0, 2), Locale.ENGLISH)).startsWith("line 12: the weight of TW");
    }
}
