package org.tradedesk.markets.domain.stats;

import java.util.List;
import org.tradedesk.shared.MessageText;

/**
 * Mirror statistics for an economy that does not report to Comtrade (Taiwan appears only as partner 490
 * "Other Asia, nes"): its exports are read from what its partners report as imports from it, and the
 * other way round. Partners value imports CIF and exports FOB, so mirrored exports are CIF — a little
 * higher than the economy's own FOB figure; each row says so.
 */
public final class MirrorFlows {

    public static final String TAIWAN_AS_PARTNER = "490";

    private MirrorFlows() {
    }

    /** A figure of {@code nonReporter} rebuilt from the partner's report. */
    public record Mirrored(Observation observation, String reportedBy, MessageText basis) {
    }

    /** Every observation whose partner is {@code nonReporter}, turned to its point of view. */
    public static List<Mirrored> forNonReporter(List<Observation> partnerReported, String nonReporter) {
        return partnerReported.stream()
                .filter(o -> o.partner().equals(nonReporter) && !o.reporter().equals(nonReporter))
                .map(o -> new Mirrored(o.mirrored(), o.reporter(), MessageText.of(
                        o.flow() == TradeFlow.IMPORT ? "markets.stats.mirror.exports-cif" : "markets.stats.mirror.imports-fob",
                        MessageText.Arg.country(o.reporter()))))
                .toList();
    }
}
