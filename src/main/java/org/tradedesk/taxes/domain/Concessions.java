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
                throw TaxInputInvalid.field(field + ".duty", MessageText.of(chain.concessions().isEmpty()
                                ? "taxes.reason.option.duty-missing" : "taxes.reason.option.duty-missing.known",
                        Arg.literal(o.scheme()), Arg.literal(chain.jurisdiction()), Arg.date(date),
                        Arg.literal(String.join(", ", chain.concessions().stream().map(Concession::scheme).distinct().toList()))));
            }
            return new DutyCandidate(o.scheme(), Texts.asGiven(o.label() == null ? o.scheme() : o.label()), o.duty(),
                    o.requires() == null || o.requires().isBlank() ? null : Texts.asGiven(o.requires()));
        }
        Concession c = concession.get();
        Arg referenceName = Texts.text(c.referenceName());
        if (o.reference() == null || !o.reference().strip().matches(c.referencePattern())) {
            throw TaxInputInvalid.field(field + ".reference", o.reference() == null
                    ? MessageText.of("taxes.reason.concession.reference-missing", Arg.literal(c.scheme()), referenceName)
                    : MessageText.of("taxes.reason.concession.reference-invalid", Arg.literal(c.scheme()), referenceName,
                            Arg.literal(o.reference())));
        }
        String duty = c.duty();
        if (duty == null) {
            if (o.duty() == null || o.duty().isBlank()) {
                throw TaxInputInvalid.field(field + ".duty", MessageText.of("taxes.reason.concession.rate-missing", Arg.literal(c.scheme()), referenceName));
            }
            duty = o.duty();
        } else if (o.duty() != null && !o.duty().isBlank()
                && !expressions.parse(o.duty(), field + ".duty").toString().equals(expressions.parse(duty, "chain." + c.scheme()).toString())) {
            throw TaxInputInvalid.field(field + ".duty", MessageText.of("taxes.reason.concession.rate-fixed", Arg.literal(c.scheme()),
                    Arg.literal(duty), Arg.literal(c.legalReference())));
        }
        String reference = o.reference().strip();
        Arg label = c.label() == null ? Arg.literal(c.scheme()) : Texts.text(c.label());
        return new DutyCandidate(c.scheme(), MessageText.of("taxes.option.concession", label, Arg.literal(reference)), duty,
                MessageText.of("taxes.option.concession.requires", Texts.text(c.referenceName()), Arg.literal(reference),
                        Texts.text(c.requires()), Arg.literal(c.legalReference())));
    }
}
