package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.domain.ChainDefinition.Concession;

/**
 * A duty option the request claims. One that names a concession of the chain (an Australian Tariff
 * Concession Order, Customs Tariff Act 1995 Schedule 4 item 50; a tariff-quota order, 關稅法 §5 and
 * 關稅配額實施辦法; a UK suspension) is quoted at the rate the law gives it, with the instrument's
 * number checked against the form the chain gives and its requirement and provision attached; a
 * typed rate that differs from the law's is refused. One the chain does not know is taken as given
 * and needs its duty.
 */
final class Concessions {

    private final DutyExpressions expressions;

    Concessions(DutyExpressions expressions) {
        this.expressions = expressions;
    }

    DutyCandidate claim(ChainDefinition chain, LocalDate date, TaxRequestLine.DutyOptionRequest o, String field) {
        Optional<Concession> concession = chain.concession(o.scheme(), date);
        if (concession.isEmpty()) {
            if (o.duty() == null || o.duty().isBlank()) {
                throw TaxInputInvalid.field(field + ".duty", "option '" + o.scheme() + "' needs its duty: the "
                        + chain.jurisdiction() + " chain has no concession of that name on " + date
                        + (chain.concessions().isEmpty() ? "" : " (it knows " + chain.concessions().stream()
                                .map(Concession::scheme).distinct().toList() + ")"));
            }
            return new DutyCandidate(o.scheme(), Texts.asGiven(o.label() == null ? o.scheme() : o.label()), o.duty(),
                    o.requires() == null || o.requires().isBlank() ? null : Texts.asGiven(o.requires()));
        }
        Concession c = concession.get();
        String referenceName = c.referenceName().in(java.util.Locale.ENGLISH);
        if (o.reference() == null || !o.reference().strip().matches(c.referencePattern())) {
            throw TaxInputInvalid.field(field + ".reference", "a " + c.scheme() + " claim needs the " + referenceName
                    + (o.reference() == null ? "" : "; '" + o.reference() + "' is not one"));
        }
        String duty = c.duty();
        if (duty == null) {
            if (o.duty() == null || o.duty().isBlank()) {
                throw TaxInputInvalid.field(field + ".duty", "a " + c.scheme() + " claim needs the rate of its " + referenceName);
            }
            duty = o.duty();
        } else if (o.duty() != null && !o.duty().isBlank()
                && !expressions.parse(o.duty(), field + ".duty").toString().equals(expressions.parse(duty, "chain." + c.scheme()).toString())) {
            throw TaxInputInvalid.field(field + ".duty", "the " + c.scheme() + " rate is " + duty + " (" + c.legalReference()
                    + "); leave the duty out or give that rate");
        }
        String reference = o.reference().strip();
        Arg label = c.label() == null ? Arg.literal(c.scheme()) : Texts.text(c.label());
        return new DutyCandidate(c.scheme(), MessageText.of("taxes.option.concession", label, Arg.literal(reference)), duty,
                MessageText.of("taxes.option.concession.requires", Texts.text(c.referenceName()), Arg.literal(reference),
                        Texts.text(c.requires()), Arg.literal(c.legalReference())));
    }
}
