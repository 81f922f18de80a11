package org.tradedesk.tariff;

import java.util.List;

/** Everything the item page shows: the line, its ancestors from chapter down, every measure with its dates. */
public record TariffItemDetail(Jurisdiction jurisdiction, TariffLine line, String statisticalCode, String rateText,
                               String levyCodes, String importRegulations, String exportRegulations,
                               List<TariffLine> hierarchy, List<TariffLine> children, List<TariffMeasure> measures,
                               DataVersion dataVersion) {

    public TariffItemDetail {
        hierarchy = List.copyOf(hierarchy);
        children = List.copyOf(children);
        measures = List.copyOf(measures);
    }
}
