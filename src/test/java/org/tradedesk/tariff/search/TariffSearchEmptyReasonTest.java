package org.tradedesk.tariff.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradedesk.tariff.DataVersion;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffSearchPage;
import org.tradedesk.tariff.persistence.TariffStore;

/** Before any import, or while the index is being built, an empty search says which of the two it is. */
class TariffSearchEmptyReasonTest {

    private static TariffStore storeWith(Optional<DataVersion> active) {
        return new TariffStore(new JdbcTemplate()) {
            @Override
            public Optional<DataVersion> activeVersion(Jurisdiction jurisdiction) {
                return active;
            }
        };
    }

    @Test
    void saysNothingIsImportedYet() {
        TariffSearchIndex index = new TariffSearchIndex(storeWith(Optional.empty()));
        TariffSearchPage page = index.search(Jurisdiction.TW, "茶", 0, 10);
        assertThat(page.total()).isZero();
        assertThat(page.emptyReason()).isEqualTo(TariffSearchPage.NO_DATA);
        assertThat(index.search(Jurisdiction.TW, " ", 0, 10).emptyReason()).isNull();
    }

    @Test
    void saysTheIndexIsStillBeingBuilt() {
        DataVersion v = new DataVersion(1, Jurisdiction.AU, "AU test", Instant.EPOCH, 1L, true);
        TariffSearchIndex index = new TariffSearchIndex(storeWith(Optional.of(v)));
        assertThat(index.search(Jurisdiction.AU, "wine", 0, 10).emptyReason()).isEqualTo(TariffSearchPage.INDEXING);
    }
}
