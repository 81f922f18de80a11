package org.tradedesk.taxes.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.taxes.TaxResult;
import org.tradedesk.taxes.domain.TariffMeasureSource;

/**
 * The options each line's origin may not claim on the calculation's date, with the reason (the list
 * and its legal source): the result panel shows them greyed behind a "show options this origin
 * cannot claim" toggle. Asked of the catalogue when the panel is drawn, never part of the result, so
 * they are never offered, recommended or printed in a document.
 */
@Component("refusedOptions")
class RefusedOptions {

    /** One refused option of a line. */
    record Row(int line, String scheme, MessageText label, String duty, MessageText reason) {
    }

    private final ObjectProvider<TariffMeasureSource> tariff;

    RefusedOptions(ObjectProvider<TariffMeasureSource> tariff) {
        this.tariff = tariff;
    }

    public List<Row> of(TaxResult result) {
        TariffMeasureSource source = tariff.getIfAvailable();
        List<Row> rows = new ArrayList<>();
        if (source == null || result == null) {
            return rows;
        }
        for (TaxResult.LineResult line : result.lines()) {
            if (line.tariffCode() == null || line.tariffCode().isBlank()) {
                continue;
            }
            try {
                CountryCode origin = line.origin() == null || line.origin().isBlank() ? null : CountryCode.of(line.origin());
                source.find(result.jurisdiction(), HsCode.of(line.tariffCode()), origin, result.date())
                        .ifPresent(m -> m.refused().forEach(r -> rows.add(new Row(line.line(), r.scheme(), r.label(), r.duty(), r.reason()))));
            } catch (RuntimeException e) {
                // a code or origin the calculation itself reported on; nothing more to show for the line
            }
        }
        return rows;
    }
}
