package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradedesk.shared.LocalizedText;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A dispute's financial effect computed by the tax engine (issue 8): the file's invoice run through the engine twice, as
 * declared and as customs assessed it (another tariff code, rate or preference refused, another customs value on the lines
 * in dispute), and per tax the difference {@code assessed − declared}: the extra duty or tax payable on customs' assessment,
 * refunded if the dispute succeeds (a negative difference: customs assessed less). Each side keeps the engine's base, rate
 * and amount and the reference data it rested on; the request's lines say what was given for each side.
 */
public record DisputeAssessment(String jurisdiction, String currency, LocalDate engineDate, Instant calculatedAt,
        List<LineChange> lines, List<TaxDifference> taxes, BigDecimal declaredTotal, BigDecimal assessedTotal,
        BigDecimal difference, List<MessageText> declaredData, List<MessageText> assessedData) {

    public DisputeAssessment {
        lines = lines == null ? List.of() : List.copyOf(lines);
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
        declaredData = declaredData == null ? List.of() : List.copyOf(declaredData);
        assessedData = assessedData == null ? List.of() : List.copyOf(assessedData);
    }

    /**
     * What the coordinator gives: the invoice lines in dispute, each as declared and as customs assessed it; freight and
     * insurance in the invoice currency and the exchange rate (the customs table's when left out), as a declaration draft.
     */
    public record Asked(List<LineChange> lines, BigDecimal freight, BigDecimal insurance, BigDecimal exchangeRate) {
    }

    /** One side of an invoice line: the tariff code, the preference (none: the general rate), the duty rate, the value. */
    public record Side(String tariffCode, String preference, String duty, BigDecimal value) {
    }

    /** An invoice line (from 1) as declared and as customs assessed it; what is not given is as the invoice says. */
    public record LineChange(int line, Side declared, Side assessed) {
    }

    /** One tax on both sides as the engine computed it, and the difference {@code assessed − declared}. */
    public record TaxDifference(String code, LocalizedText label, BigDecimal declaredBase, String declaredRate,
            BigDecimal declaredAmount, BigDecimal assessedBase, String assessedRate, BigDecimal assessedAmount, BigDecimal difference) {

        public MessageText declaredRateText() {
            return declaredRate == null ? null : org.tradedesk.tariff.PublishedRateText.of(declaredRate);
        }

        public MessageText assessedRateText() {
            return assessedRate == null ? null : org.tradedesk.tariff.PublishedRateText.of(assessedRate);
        }
    }

    /**
     * What the difference means for the client, in the reader's language: extra duty payable on customs' assessment
     * (refunded if the dispute succeeds), a refund due on it, or no difference.
     */
    public MessageText effect() {
        int sign = difference.signum();
        String code = sign > 0 ? "clearance.dispute.assessment.effect.extra" : sign < 0 ? "clearance.dispute.assessment.effect.less"
                : "clearance.dispute.assessment.effect.none";
        // whole NT$ printed whole, as the tax documents print them (review r-t4c F10: 「應補繳 TWD 4,003.00」)
        return MessageText.of(code, org.tradedesk.clearance.domain.MoneyCodes.taxAmount(difference.abs(), currency));
    }

    /**
     * What the file's history keeps of the assessment (re-review F10: the line held the full data-version text twice, several
     * KB): the engine's day, the difference per tax and the tax chain versions and exchange rates it rested on (their ids and
     * days, each once). The details stay on the dispute's page.
     */
    public MessageText historySource() {
        List<MessageText> perTax = taxes.stream()
                .map(t -> MessageText.of("clearance.dispute.assessment.history-tax",
                        t.label() == null ? org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.code()) : Arg.message(MessageText.of("clearance.dispute.assessment.history-label",
                                Arg.literal(t.label().in(java.util.Locale.TRADITIONAL_CHINESE)), Arg.literal(t.label().in(java.util.Locale.ENGLISH)))),
                        org.tradedesk.clearance.domain.MoneyCodes.taxAmount(t.difference(), currency)))
                .toList();
        List<MessageText> data = new java.util.ArrayList<>();
        for (MessageText m : java.util.stream.Stream.concat(declaredData.stream(), assessedData.stream()).toList()) {
            if ((m.code().equals("clearance.alternative.data.chain") || m.code().startsWith("clearance.alternative.data.rate"))
                    && !data.contains(m)) {
                data.add(m);
            }
        }
        return MessageText.of("clearance.dispute.assessment.history-source", Arg.date(engineDate),
                perTax.isEmpty() ? Arg.code("clearance.alternative.data.none") : Arg.message(AlternativeCosting.joined(perTax)),
                data.isEmpty() ? Arg.code("clearance.alternative.data.none") : Arg.message(AlternativeCosting.joined(data)));
    }

    /**
     * "Computed by the tax engine on … (declared: data…; customs' assessment: data…)"; each data text once (t4fixW: the
     * letter printed the same tax chain versions and exchange rate twice, once per side): when both sides rested on the same
     * data, it is said once for both.
     */
    public MessageText source() {
        List<MessageText> declaredOnce = declaredData.stream().distinct().toList();
        List<MessageText> assessedOnce = assessedData.stream().distinct().toList();
        Arg declared = declaredOnce.isEmpty() ? Arg.code("clearance.alternative.data.none")
                : Arg.message(AlternativeCosting.joined(declaredOnce));
        if (declaredOnce.equals(assessedOnce)) {
            return MessageText.of("clearance.dispute.assessment.source.same", Arg.date(engineDate), declared);
        }
        Arg assessed = assessedOnce.isEmpty() ? Arg.code("clearance.alternative.data.none")
                : Arg.message(AlternativeCosting.joined(assessedOnce));
        return MessageText.of("clearance.dispute.assessment.source", Arg.date(engineDate), declared, assessed);
    }
}
