package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * Shares a shipment cost (freight, insurance, other costs) out over the invoice lines by value, weight
 * or quantity (WTO Customs Valuation Agreement Art. 8.2 and 關稅法 §29 add these costs to the goods
 * they were incurred for; a declaration states each line's share). A declaration states amounts in
 * cents, so a share that does not come out exact is rounded half up to the cent and the last line
 * takes the remainder: the shares add up exactly to the cost.
 */
final class CostAllocation {

    /** Cents: the unit a declaration states a line's share of the shipment costs in. */
    static final int SCALE = 2;

    private CostAllocation() {
    }

    /** {@code cost} (already in the local currency) over the request's lines; {@code field} names it in errors. */
    static BigDecimal[] allocate(TaxRequest request, BigDecimal cost, String field) {
        List<TaxRequestLine> lines = request.lines();
        int n = lines.size();
        BigDecimal[] parts = new BigDecimal[n];
        if (cost.signum() == 0) {
            Arrays.fill(parts, BigDecimal.ZERO);
            return parts;
        }
        if (n == 1) {
            parts[0] = cost;
            return parts;
        }
        BigDecimal[] weights = new BigDecimal[n];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            TaxRequestLine line = lines.get(i);
            BigDecimal w = switch (request.allocation()) {
                case VALUE -> line.value();
                case WEIGHT -> line.netMassKg();
                case QUANTITY -> line.quantity();
            };
            if (w == null) {
                throw TaxInputInvalid.field("lines[" + i + "]." + (request.allocation() == TaxRequest.AllocationBasis.WEIGHT ? "netMassKg" : "quantity"),
                        org.tradedesk.shared.MessageText.of("taxes.reason.allocation.weight-missing",
                                org.tradedesk.shared.MessageText.Arg.code("taxes.page.field." + field),
                                org.tradedesk.shared.MessageText.Arg.code("taxes.page.allocation." + request.allocation().name())));
            }
            weights[i] = w;
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw TaxInputInvalid.field("allocation", org.tradedesk.shared.MessageText.of("taxes.reason.allocation.zero",
                    org.tradedesk.shared.MessageText.Arg.code("taxes.page.allocation." + request.allocation().name()),
                    org.tradedesk.shared.MessageText.Arg.code("taxes.page.field." + field)));
        }
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = cost.multiply(weights[i]).divide(sum, SCALE, RoundingMode.HALF_UP);
            allocated = allocated.add(parts[i]);
        }
        parts[n - 1] = cost.subtract(allocated);
        return parts;
    }

    /**
     * A converted shipment cost as the declaration states it: in cents, half up (US$34.19 at 1.5 is
     * A$51.285 → 51.29), so that every line's share, the last one's remainder included, is in cents.
     * A cost already in cents is unchanged.
     */
    static BigDecimal inCents(BigDecimal amount) {
        return amount.scale() <= SCALE ? amount : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
