package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * A line's draught relief: a line marked {@code draught} (a container of at least 20 litres designed to connect to a
 * dispense system) pays HMRC's draught rate of its category in place of the standard rate (Finance (No. 2) Act 2023
 * s 50, Sch 8). The step keeps the category, the period and the source page as message arguments.
 */
final class DraughtReliefStep {

    /** The draught rate and what the step records of it. */
    record Applied(DutyExpression expression, DraughtReliefRule.Rate rate, String legalReference) {

        MessageText source(String chainVersion) {
            return MessageText.of("taxes.source.draught", Texts.text(rate.label()), Arg.date(rate.period().from()),
                    Arg.literal(chainVersion), Arg.literal(legalReference), Arg.literal(rate.source()));
        }

        MessageText dataVersion(String chainVersion) {
            return MessageText.of("taxes.dataVersion.draught", Texts.text(rate.label()), Arg.date(rate.period().from()),
                    Arg.literal(chainVersion), Arg.literal(rate.source()), Arg.literal(rate.category()));
        }
    }

    private DraughtReliefStep() {
    }

    private static String field(int i) {
        return "lines[" + i + "].draught";
    }

    /** The draught rate a line marked draught takes, or the refusal naming the field: wrong country, strength or category. */
    static Applied apply(ChainDefinition chain, TaxRequestLine line, int i, String digits, LocalDate date) {
        DraughtReliefRule rule = chain.draughtRelief();
        if (rule == null) {
            throw TaxInputInvalid.field(field(i), MessageText.of("taxes.reason.draught.jurisdiction", Arg.literal(chain.jurisdiction())));
        }
        if (!rule.eligibleStrength(line.alcoholByVolume())) {
            throw TaxInputInvalid.field(field(i), MessageText.of("taxes.reason.draught.strength", Arg.number(rule.abvBelow()),
                    Arg.number(rule.minContainerLitres())));
        }
        DraughtReliefRule.Rate rate = rule.rate(date, line.alcoholByVolume(), digits).orElseThrow(() -> TaxInputInvalid.field(field(i),
                MessageText.of("taxes.reason.draught.no-rate", Arg.number(line.alcoholByVolume()), Arg.date(date),
                        digits == null ? Arg.code("taxes.reason.draught.no-code") : Arg.literal(digits))));
        DutyExpression expression = new DutyExpression.Specific(rate.amount(), chain.currency(), BigDecimal.ONE, UnitOfMeasure.LAL);
        return new Applied(expression, rate, rule.legalReference());
    }
}
