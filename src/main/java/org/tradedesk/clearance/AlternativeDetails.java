package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.util.List;
import org.tradedesk.shared.Money;

/**
 * One alternative solution as recorded: texts the coordinator writes, its risk (1 to 5 each) and its cost. The cost is
 * either typed by hand ({@code cost}, as before: recorded as entered by hand) or, with {@code engine}, computed by the
 * tax engine from the file's invoice under the alternative's treatment, with {@code handCosts} (storage, freight,
 * handling…) added and kept apart as entered by hand.
 */
public record AlternativeDetails(AlternativeKind kind, String benefits, Money cost, String legalRequirements, String risks,
        String riskManagement, int likelihood, int impact, EngineTreatment engine, List<HandCost> handCosts,
        boolean costReplacesTaxes) {

    /**
     * An alternative as before the cost typed by hand could be said to replace the duty and tax: a cost typed by hand is an
     * extra cost on top of the duty and tax payable ({@code costReplacesTaxes} false).
     */
    public AlternativeDetails(AlternativeKind kind, String benefits, Money cost, String legalRequirements, String risks,
            String riskManagement, int likelihood, int impact, EngineTreatment engine, List<HandCost> handCosts) {
        this(kind, benefits, cost, legalRequirements, risks, riskManagement, likelihood, impact, engine, handCosts, false);
    }

    /** An alternative whose cost is typed by hand (no engine). */
    public AlternativeDetails(AlternativeKind kind, String benefits, Money cost, String legalRequirements, String risks,
            String riskManagement, int likelihood, int impact) {
        this(kind, benefits, cost, legalRequirements, risks, riskManagement, likelihood, impact, null, List.of());
    }

    public AlternativeDetails {
        handCosts = handCosts == null ? List.of() : List.copyOf(handCosts);
    }

    /**
     * What the engine is asked for the alternative: {@code preference} the FTA scheme picked (FTA_PREFERENCE), {@code tcoNumber}
     * the Tariff Concession Order's number (TCO where the engine has TCO data), {@code tcoRate} the concession's rate typed by
     * hand where it has none (e.g. "0%"), {@code lines} the invoice lines the preference or concession is claimed on (all when
     * empty), {@code freight} and {@code insurance} in the invoice currency and {@code exchangeRate} (local per one unit of
     * the invoice currency; the customs rate table's when null) as a declaration draft takes them.
     */
    public record EngineTreatment(String preference, String tcoNumber, String tcoRate, List<Integer> lines, BigDecimal freight,
            BigDecimal insurance, BigDecimal exchangeRate) {

        public EngineTreatment {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }

    /** A cost entered by hand with what it is for (in the currency). */
    public record HandCost(String description, BigDecimal amount) {
    }
}
