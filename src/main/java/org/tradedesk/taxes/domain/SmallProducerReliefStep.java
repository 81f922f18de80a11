package org.tradedesk.taxes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tradedesk.shared.InvalidValueException;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.UnitOfMeasure;
import org.tradedesk.shared.duty.DutyExpression;
import org.tradedesk.shared.duty.SmallProducerRelief;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * A line's Small Producer Relief: the producer's annual production ({@code annualProductionHl}) picks the band of
 * HMRC's lookup table for the line's category, the discount per litre of pure alcohol is (C + M × (A − S)) ÷ A rounded
 * up to the penny (Finance (No. 2) Act 2023 s 59), and the full rate becomes the full rate less the discount (s 54(2)).
 * The step keeps the table, the band and the figures as message arguments, so each reader reads them in their language.
 */
final class SmallProducerReliefStep {

    /** The relieved rate and what the step records of it. */
    record Applied(DutyExpression expression, SmallProducerReliefRule.Table table, SmallProducerRelief.Band band,
            BigDecimal production, BigDecimal discount, String legalReference) {

        MessageText source(MessageText fullRateSource, String chainVersion) {
            return MessageText.of("taxes.source.spr", fullRateSource == null ? Arg.literal("") : Arg.message(fullRateSource),
                    Texts.text(table.label()), Arg.date(table.period().from()), Arg.literal(chainVersion), Arg.literal(legalReference),
                    Arg.literal(table.source()));
        }

        MessageText working(MessageText duty) {
            return MessageText.of("taxes.working.spr", Arg.number(production), Texts.text(table.label()), Arg.number(band.start()),
                    Arg.number(band.end()), Arg.number(band.cumulative()), Arg.number(band.marginal()), Arg.number(discount),
                    Arg.message(duty));
        }

        MessageText dataVersion(String chainVersion) {
            return MessageText.of("taxes.dataVersion.spr", Texts.text(table.label()), Arg.date(table.period().from()),
                    Arg.literal(chainVersion), Arg.literal(table.source()), Arg.literal(table.category()));
        }
    }

    private SmallProducerReliefStep() {
    }

    private static String field(int i) {
        return "lines[" + i + "].annualProductionHl";
    }

    /** The table a line claiming the relief takes, or the refusal naming the field: wrong country, strength or category. */
    static SmallProducerReliefRule.Table table(ChainDefinition chain, TaxRequestLine line, int i, String digits, LocalDate date) {
        SmallProducerReliefRule rule = chain.smallProducerRelief();
        if (rule == null) {
            throw TaxInputInvalid.field(field(i), MessageText.of("taxes.reason.spr.jurisdiction", Arg.literal(chain.jurisdiction())));
        }
        if (!rule.eligibleStrength(line.alcoholByVolume())) {
            throw TaxInputInvalid.field(field(i), MessageText.of("taxes.reason.spr.strength", Arg.number(rule.abvBelow())));
        }
        return rule.table(date, line.alcoholByVolume(), digits, line.draughtClaimed()).orElseThrow(() -> TaxInputInvalid.field(field(i),
                MessageText.of("taxes.reason.spr.no-table", Arg.number(line.alcoholByVolume()), Arg.date(date),
                        digits == null ? Arg.code("taxes.reason.spr.no-code") : Arg.literal(digits))));
    }

    /** The line's full rate {@code full} (per litre of pure alcohol, in the chain's currency) less the line's discount. */
    static Applied apply(ChainDefinition chain, TaxRequestLine line, int i, String digits, LocalDate date, DutyExpression full,
            String measureField) {
        SmallProducerReliefRule.Table table = table(chain, line, i, digits, date);
        if (!(full instanceof DutyExpression.Specific s) || s.unit() != UnitOfMeasure.LAL || !s.currency().equals(chain.currency())
                || s.per().compareTo(BigDecimal.ONE) != 0 || s.perPercentOf() != null || s.alcoholAbovePercent() != null) {
            throw TaxInputInvalid.field(measureField, MessageText.of("taxes.reason.spr.rate", Arg.literal(full.toString()),
                    Arg.literal(chain.currency().value())));
        }
        BigDecimal production = line.annualProductionHl();
        java.util.Optional<BigDecimal> heldUpTo = table.notHeldAbove(production);
        if (heldUpTo.isPresent()) {
            throw TaxInputInvalid.field(field(i), MessageText.of("taxes.reason.spr.band-not-held", Arg.number(production),
                    Texts.text(table.label()), Arg.number(heldUpTo.get()), Arg.literal(table.source())));
        }
        try {
            BigDecimal discount = table.relief().discountPerLitreOfAlcohol(production);
            SmallProducerRelief.Band band = table.relief().bandOf(production);
            DutyExpression relieved = table.relief().relieved(s.amount(), chain.currency(), production);
            return new Applied(relieved, table, band, production, discount, chain.smallProducerRelief().legalReference());
        } catch (InvalidValueException e) {
            throw TaxInputInvalid.field(field(i), e);
        }
    }
}
