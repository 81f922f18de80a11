package org.tradedesk.markets.domain.stats;

import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.DEMAND_GROWTH;
import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.DEMAND_SIZE;
import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.OUR_SHARE;
import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.SUPPLIER_CONCENTRATION;
import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.TARIFF;
import static org.tradedesk.markets.domain.stats.MarketScoring.Criterion.UNIT_VALUE;

import java.util.List;
import java.util.Map;

/** The four candidate markets of reference/scoring.py. */
final class ScoringFixtures {

    private ScoringFixtures() {
    }

    static List<MarketScoring.Candidate> fourMarkets() {
        return List.of(
                candidate("USA", 60, 0.03, 0.18, 0.05, 3500, new MarketAccess(0, MarketAccess.Source.LOADED_SCHEDULE, "US HTS 8542.31.00")),
                candidate("JPN", 25, -0.01, 0.25, 0.10, 4200, new MarketAccess(0, MarketAccess.Source.TYPED_BY_USER, "analyst")),
                candidate("DEU", 18, 0.02, 0.12, 0.02, 3900, new MarketAccess(0, MarketAccess.Source.LOADED_SCHEDULE, "EU CN 8542 31")),
                candidate("VNM", 30, 0.15, 0.40, 0.08, 1500, new MarketAccess(5, MarketAccess.Source.DATASET_AVERAGE, "WITS simple average")));
    }

    static List<MarketScoring.Weight> statedWeights() {
        return List.of(MarketScoring.Weight.of(DEMAND_SIZE, 30), MarketScoring.Weight.of(DEMAND_GROWTH, 20),
                MarketScoring.Weight.of(SUPPLIER_CONCENTRATION, 10), MarketScoring.Weight.of(OUR_SHARE, 10),
                MarketScoring.Weight.of(UNIT_VALUE, 10), MarketScoring.Weight.of(TARIFF, 20));
    }

    private static MarketScoring.Candidate candidate(String market, double demand, double growth, double hhi, double share,
                                                     double unitValue, MarketAccess access) {
        return new MarketScoring.Candidate(market, Map.of(DEMAND_SIZE, demand, DEMAND_GROWTH, growth,
                SUPPLIER_CONCENTRATION, hhi, OUR_SHARE, share, UNIT_VALUE, unitValue), access);
    }
}
