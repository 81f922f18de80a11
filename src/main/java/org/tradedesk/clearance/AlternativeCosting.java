package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * How an alternative's cost was reached, kept with the alternative so a client can trace every figure: the part the tax
 * engine computed (its total per tax with base, rate and amount, the reference data it rested on as its result records
 * them, the date calculated for and when), what it was asked ({@code treatment}), and apart from it the costs entered by
 * hand, each with its description. {@code engineTotal} is null when the engine was not used (the cost typed by hand);
 * {@code handRate} says the concession's rate the engine used was typed by hand (no TCO data for the jurisdiction).
 * An alternative recorded before costs were computed has only its hand-typed cost ({@link #typedByHand}).
 */
public record AlternativeCosting(String jurisdiction, String currency, LocalDate engineDate, Instant calculatedAt,
        BigDecimal engineTotal, List<TaxLine> taxes, List<MessageText> dataVersions, MessageText treatment, boolean handRate,
        List<HandCost> handCosts) {

    /** One tax of the engine's result: its code and name, base, rate and amount as the engine computed them. */
    public record TaxLine(String code, LocalizedText label, BigDecimal base, String rate, BigDecimal amount) {

        /** The rate as a message in the reader's language ("Free" → 免稅, as the tariff pages say it); null without a rate. */
        public org.tradedesk.shared.MessageText rateText() {
            return rate == null ? null : org.tradedesk.tariff.PublishedRateText.of(rate);
        }

        /**
         * The tax's name as a message code, the one every alternative shows ({@code clearance.tax-type.DUTY}: 關稅 / Customs
         * duty), or null for another tax (then its own {@code label}, else its type's name or code). t4fixAF 3: the MFN option
         * said 「進口稅」 (the engine's label) beside another option's 「關稅」 (the declaration's type name) for one tax.
         */
        public String typeName() {
            // the customs duty only: the other taxes keep the engine's name where it gives one ("Goods and services tax")
            return "DUTY".equals(code) ? "clearance.tax-type.DUTY" : null;
        }

        /**
         * The base as the alternatives show it: in Taiwan whole NT$, the 完稅價格 declared — each line's value truncated before
         * any step takes it as its base (taxes/chains/TW.json customsValue TRUNCATE_0, t4fixAB). A costing saved before the
         * engine truncated kept the exact sum ({@code 773,207.50} beside another option's {@code 773,207}; t4fixAF 3): shown
         * truncated, the stored figure unchanged. Elsewhere as stored.
         */
        public BigDecimal shownBase(String jurisdiction) {
            return base != null && "TW".equals(jurisdiction) ? base.setScale(0, java.math.RoundingMode.DOWN) : base;
        }
    }

    /** A cost entered by hand: what it is for (null when the cost was typed without a description) and the amount. */
    public record HandCost(String description, BigDecimal amount) {
    }

    public AlternativeCosting {
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
        dataVersions = dataVersions == null ? List.of() : List.copyOf(dataVersions);
        handCosts = handCosts == null ? List.of() : List.copyOf(handCosts);
    }

    /** A cost typed by hand alone, as every alternative was recorded before the engine computed them. */
    public static AlternativeCosting typedByHand(String currency, BigDecimal amount) {
        return new AlternativeCosting(null, currency, null, null, null, List.of(), List.of(), null, false,
                List.of(new HandCost(null, amount)));
    }

    public boolean computed() {
        return engineTotal != null;
    }

    public BigDecimal handTotal() {
        return handCosts.stream().map(HandCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Engine and hand together: what the alternative is ranked by. */
    public BigDecimal total() {
        return (engineTotal == null ? BigDecimal.ZERO : engineTotal).add(handTotal());
    }

    /**
     * Where the engine's figure comes from, for the reader: "computed by the tax engine on 2026/12/07 (data: …)", or null
     * when the engine was not used.
     */
    public MessageText engineSource() {
        if (!computed()) {
            return null;
        }
        if (engineDate == null) {
            // re-export: no figure computed, the law says none is payable
            return MessageText.of("clearance.alternative.source.none-payable");
        }
        Arg data = dataVersions.isEmpty() ? Arg.code("clearance.alternative.data.none") : Arg.message(joined(dataVersions));
        return MessageText.of(handRate ? "clearance.alternative.source.engine-hand-rate" : "clearance.alternative.source.engine",
                Arg.date(engineDate), data);
    }

    /** The messages one after another, separated by the list separator of the reader's language. */
    static MessageText joined(List<MessageText> parts) {
        MessageText out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = MessageText.of("clearance.alternative.data.join", Arg.message(out), Arg.message(parts.get(i)));
        }
        return out;
    }
}
