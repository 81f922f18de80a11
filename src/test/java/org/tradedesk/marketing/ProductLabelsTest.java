package org.tradedesk.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemDetail;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLine;

/** Issue 10 review, item 6: the product as a reader knows it — dotted HS code, with the catalogue's description. */
class ProductLabelsTest {

    @Test
    void theCodeIsDottedAndDescribedInTheReadersLanguageWhereTheCatalogueHasIt() {
        TariffCatalogue catalogue = mock(TariffCatalogue.class);
        TariffItemDetail tea = mock(TariffItemDetail.class);
        when(tea.line()).thenReturn(new TariffLine("090230", "0902.30", "subheading",
                "Black tea (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3 kg",
                "紅茶（發酵）及部分發酵茶，每包不超過 3 公斤者", null));
        when(catalogue.item(Jurisdiction.TW, "090230")).thenReturn(tea);
        when(catalogue.item(Jurisdiction.AU, "090230")).thenThrow(TariffItemNotFound.forCode(Jurisdiction.AU, "090230"));
        ProductLabels labels = new ProductLabels(catalogue);
        assertThat(labels.label("TW", "090230", Locale.TRADITIONAL_CHINESE)).isEqualTo("0902.30 紅茶（發酵）及部分發酵茶，每包不超過 3 公斤者");
        assertThat(labels.label("JP", "090230", Locale.ENGLISH)).startsWith("0902.30 Black tea (fermented)");
        // the market's schedule lacks the line: the dotted code alone, never 090230
        assertThat(labels.label("AU", "090230", Locale.ENGLISH)).isEqualTo("0902.30");
        assertThat(ProductLabels.dotted("220421")).isEqualTo("2204.21");
        assertThat(ProductLabels.dotted("22042110")).isEqualTo("2204.21.10");
    }
}
