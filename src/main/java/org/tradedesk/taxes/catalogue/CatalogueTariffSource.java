package org.tradedesk.taxes.catalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.taxes.domain.TariffMeasureSource;

/**
 * The tax engine's port to the tariff catalogue (稅則資料庫). A jurisdiction the catalogue does not
 * hold (UK, IE) or a code it does not know gives no measures, so the engine reports the missing duty
 * on the line's field instead of computing a silent zero.
 *
 * <p>The catalogue's lookup is not transactional (a published data version never changes), so an
 * unknown code does not mark the caller's transaction (a calculation being saved) rollback-only
 * although the engine handles the missing measure; {@code CatalogueTaxCalculationIntegrationTest} holds that.
 */
@Component
class CatalogueTariffSource implements TariffMeasureSource {

    private final TariffCatalogue catalogue;

    CatalogueTariffSource(TariffCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<TariffMeasures> find(String jurisdiction, HsCode tariffCode, CountryCode origin, LocalDate date) {
        if (Arrays.stream(Jurisdiction.values()).noneMatch(j -> j.name().equals(jurisdiction))) {
            return Optional.empty();
        }
        try {
            return Optional.of(CatalogueMeasures.map(catalogue.lookup(Jurisdiction.valueOf(jurisdiction), tariffCode.digits(), date),
                    origin));
        } catch (TariffItemNotFound e) {
            return Optional.empty();
        }
    }
}
