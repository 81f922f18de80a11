package org.tradedesk.taxes;

import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.shared.LocalizedText;

/** The surcharges, interest and fine ranges a mistake exposes the importer to, each with its legal basis. */
public record PenaltyExposure(String jurisdiction, String currency, List<Item> items, BigDecimal lowTotal, BigDecimal highTotal) {

    public PenaltyExposure {
        items = List.copyOf(items);
    }

    /** One penalty: from {@code low} (usual or minimum) to {@code high} (the legal maximum). */
    public record Item(String code, LocalizedText label, BigDecimal low, BigDecimal high, String explanation,
            String legalReference) {
    }
}
