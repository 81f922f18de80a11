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
        // review T3 item 2: Australia's schedule lacks the line: Taiwan's describes it (README)
        assertThat(labels.label("AU", "090230", Locale.ENGLISH)).startsWith("0902.30 Black tea (fermented)");
        // no schedule has it: the dotted code alone, never 090230
        when(catalogue.item(Jurisdiction.TW, "090240")).thenThrow(TariffItemNotFound.forCode(Jurisdiction.TW, "090240"));
        when(catalogue.item(Jurisdiction.AU, "090240")).thenThrow(TariffItemNotFound.forCode(Jurisdiction.AU, "090240"));
        assertThat(labels.label("AU", "090240", Locale.ENGLISH)).isEqualTo("0902.40");
        assertThat(ProductLabels.dotted("220421")).isEqualTo("2204.21");
        // review T3 item 2: a subheading's level dashes go, and its heading's text comes first so it reads on its own
        TariffLine wine = new TariffLine("2204", "22.04", "heading", "Wine of fresh grapes, including fortified wines",
                "鮮葡萄釀製之酒，包括強化酒", null);
        TariffItemDetail bottled = mock(TariffItemDetail.class);
        TariffLine sub = new TariffLine("220421", "2204.21", "subheading", "-- In containers holding 2 L or less",
                "－－裝在容器內其容量不超過 2 公升者", null);
        when(bottled.line()).thenReturn(sub);
        when(bottled.hierarchy()).thenReturn(java.util.List.of(wine, sub));
        when(catalogue.item(Jurisdiction.AU, "220421")).thenReturn(bottled);
        assertThat(labels.label("AU", "220421", Locale.ENGLISH))
                .isEqualTo("2204.21 Wine of fresh grapes, including fortified wines — In containers holding 2 L or less");
        assertThat(labels.label("AU", "220421", Locale.TRADITIONAL_CHINESE)).isEqualTo("2204.21 鮮葡萄釀製之酒，包括強化酒—裝在容器內其容量不超過 2 公升者");
        assertThat(ProductLabels.dotted("22042110")).isEqualTo("2204.21.10");
    }
}
