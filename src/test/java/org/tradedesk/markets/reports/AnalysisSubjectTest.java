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
        assertThat(p.subject("CHN → 0, X, 8542, A", Locale.TRADITIONAL_CHINESE)).isEqualTo("中國 → 世界，出口，8542，年"); // review 11: full-width commas in Chinese
        assertThat(p.subject("8542, 2023, M, partner", Locale.TRADITIONAL_CHINESE)).isEqualTo("8542，2023，進口，夥伴國");
        assertThat(p.subject("CHN → 0, X, 8542, A", Locale.ENGLISH)).isEqualTo("China → World, Exports, 8542, Annual");
        assertThat(p.subject("something else", Locale.ENGLISH)).isEqualTo("something else");
    }
}
