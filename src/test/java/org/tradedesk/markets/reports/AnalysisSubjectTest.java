package org.tradedesk.markets.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Review M6: an analysis title's subject in the reader's language — the stored "CHN → 0, X, 8542, A" reads
 * 中國 → 世界，出口，8542，年 in zh-TW and China → World, Export…, 8542, … in English (names from the markets bundle and
 * the country-names list, the same the concentration page uses).
 */
class AnalysisSubjectTest {

    @Test
    void theSubjectNamesCountriesFlowAndFrequencyInTheReadersLanguage() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/markets");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        AnalysisPresenter p = new AnalysisPresenter(m, null);
        // review t2fixF: who trades with whom in words, never "China → United States, Imports" (review 11: full-width commas)
        assertThat(p.subject("CHN → 0, X, 8542, A", Locale.TRADITIONAL_CHINESE)).isEqualTo("中國對世界出口，8542，年");
        assertThat(p.subject("CHN → USA, M, 8542, A", Locale.TRADITIONAL_CHINESE)).isEqualTo("中國自美國進口，8542，年");
        assertThat(p.subject("CHN → USA, M, 8542, A", Locale.ENGLISH)).isEqualTo("Imports of China from United States, 8542, Annual");
        assertThat(p.subject("8542, 2023, M, partner", Locale.TRADITIONAL_CHINESE)).isEqualTo("8542，2023，進口，夥伴國");
        assertThat(p.subject("CHN → 0, X, 8542, A", Locale.ENGLISH)).isEqualTo("Exports of China to World, 8542, Annual");
        assertThat(p.subject("something else", Locale.ENGLISH)).isEqualTo("something else");
    }
}
