package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;

/**
 * The measures a line is taxed with and where each came from: the tariff catalogue's for its code,
 * origin and date, overridden by those the request gives, and the duty of the option the line
 * clears under (its {@code scheme}); with every duty option the line could clear under. A measure key
 * the chain does not know is refused, and every measure given is parsed even if no step uses it in
 * this run (a low-value shipment skips its exempt steps; a typing error must not pass because of that).
 */
final class LineMeasures {

    private static final String DUTY_KEY = "duty";

    final Map<String, String> texts = new HashMap<>();
    final Map<String, MessageText> sources = new HashMap<>();
    final List<DutyCandidate> candidates = new ArrayList<>();
    String scheme = DutyCandidate.GENERAL;
    /** The tariff's options this origin may not claim on the date, with the reason. */
    final List<TariffMeasureSource.RefusedOption> refused = new ArrayList<>();
    /** The catalogue entry's reference, for the data versions; null when the catalogue gave nothing. */
    String catalogueReference;
    MessageText catalogueReferenceText;
    /** The day the line's general rate is in force from as the tariff data dates it; null when it does not. */
    java.time.LocalDate catalogueEffectiveFrom;
    /** The strength range the line's tariff item states, from the catalogue's one lookup of the item; null when none. */
    TariffMeasureSource.StrengthRange strengthRange;
    /** Why the taxes decided by the line's code could not be decided (a code not in the tariff, its duty typed); null when none. */
    MessageText codeNote;
    /** The taxes the line's chapter attracts that its code, missing from the bundled schedule, leaves undecided (t1fixF 2). */
    final List<MessageText> gapNotes = new ArrayList<>();

    private LineMeasures() {
    }

    /**
     * The measure text "none", or its Chinese 「不適用」 (what a zh-TW reader is told to type, so the instruction holds no English
     * word: t1fixF 4): the request switches the step off for the line.
     */
    static boolean switchedOff(String measure) {
        String m = measure.trim();
        return measure.length() <= 6 && (m.equalsIgnoreCase("none") || m.equals("不適用"));
    }

    /**
     * A typed option whose scheme is one of the held country lists (DCS, an FTA, Taiwan's column II) is checked against the list
     * on the date like the tariff's own options: an origin not on it is refused on the option's scheme field with the reason the
     * refused-options table gives, so it is never offered or recommended (issue 6). A scheme no list governs (free text) is kept,
     * marked in its label, which the page, the letter and the API print, as typed by the user with its eligibility not checked.
     */
    private static DutyCandidate listChecked(TariffMeasureSource tariff, ChainDefinition chain, LocalDate date, TaxRequestLine line,
            DutyCandidate typed, String field) {
        CountryCode origin = line.origin() == null ? null : CountryCode.of(line.origin());
        java.util.Optional<TariffMeasureSource.SchemeCheck> check = tariff == null ? java.util.Optional.empty()
                : tariff.checkScheme(chain.jurisdiction(), typed.scheme(), origin, date);
        if (check.isEmpty()) {
            return new DutyCandidate(typed.scheme(), MessageText.of("taxes.option.label.typed-unchecked", Arg.message(typed.label())),
                    typed.duty(), typed.requires());
        }
        if (!check.get().eligible()) {
            throw TaxInputInvalid.field(field + ".scheme", MessageText.of("taxes.reason.option.not-eligible", Arg.literal(typed.scheme()),
                    Arg.message(check.get().reason())));
        }
        return new DutyCandidate(typed.scheme(), typed.label(), typed.duty(), typed.requires() == null ? check.get().reason()
                : MessageText.of("taxes.option.requires.typed-checked", Arg.message(typed.requires()), Arg.message(check.get().reason())));
    }

    /**
     * A chosen scheme the line has no option for. One the tariff offers this line but the origin may not claim (DCS for a German
     * car) is refused with the reason, as a typed option of that scheme is (review r-t1 F11: the reason was missing); a scheme of
     * a held country list likewise; else the options there are.
     */
    private static TaxInputInvalid notOffered(TariffMeasureSource tariff, ChainDefinition chain, LocalDate date, TaxRequestLine line,
            int i, String scheme, LineMeasures m) {
        String field = "lines[" + i + "].scheme";
        java.util.Optional<MessageText> reason = m.refused.stream().filter(r -> r.scheme().equals(scheme)).map(TariffMeasureSource.RefusedOption::reason)
                .filter(java.util.Objects::nonNull).findFirst();
        if (reason.isEmpty() && tariff != null) {
            CountryCode origin = line.origin() == null ? null : CountryCode.of(line.origin());
            reason = tariff.checkScheme(chain.jurisdiction(), scheme, origin, date).filter(c -> !c.eligible())
                    .map(TariffMeasureSource.SchemeCheck::reason);
        }
        if (reason.isPresent()) {
            return TaxInputInvalid.field(field, MessageText.of("taxes.reason.option.not-eligible", Arg.literal(scheme),
                    Arg.message(reason.get())));
        }
        // the codes stay arguments 0 and 1 for machines (clearance reads them); the reader is shown each option by the label
        // the options table gives it, in the reader's language (t1fixL 5: 「可選：GENERAL, TW_COLUMN_II」)
        return TaxInputInvalid.field(field, MessageText.of("taxes.reason.scheme.unknown",
                Arg.literal(scheme), Arg.literal(String.join(", ", m.candidates.stream().map(DutyCandidate::scheme).toList())),
                Arg.message(worded(m.candidates))));
    }

    /** The options' labels joined in the reader's way (「一般（最惠國）稅率、第二欄（…）」). */
    private static MessageText worded(List<DutyCandidate> candidates) {
        MessageText out = null;
        for (DutyCandidate c : candidates) {
            MessageText one = c.label() != null ? c.label() : MessageText.of("taxes.reason.scheme.as-typed", Arg.literal(c.scheme()));
            out = out == null ? one : MessageText.of("taxes.reason.scheme.join", Arg.message(out), Arg.message(one));
        }
        return out == null ? MessageText.of("taxes.reason.scheme.none") : out;
    }

    static LineMeasures of(TariffMeasureSource tariff, ChainDefinition chain, LocalDate date, TaxRequestLine line, int i,
            String digits, DutyExpressions expressions, Concessions concessions) {
        LineMeasures m = new LineMeasures();
        m.candidates.add(DutyCandidate.general());
        if (tariff != null && digits != null) {
            CountryCode origin = line.origin() == null ? null : CountryCode.of(line.origin());
            java.util.Optional<TariffMeasureSource.TariffMeasures> inCatalogue = tariff.find(chain.jurisdiction(), HsCode.of(digits), origin, date);
            m.codeNote = TariffCodeCheck.requireRateable(tariff, chain, line, i, digits, date, inCatalogue).orElse(null);
            m.gapNotes.addAll(TariffCodeCheck.undecidedInGap(chain, line, i, digits, m.codeNote));
            inCatalogue.ifPresent(found -> {
                // the reference as a message where the catalogue gives one (item and data versions in the reader's language)
                MessageText source = MessageText.of("taxes.source.catalogue", found.referenceText() != null
                        ? Arg.message(found.referenceText()) : Arg.literal(found.reference()));
                found.measures().forEach((k, v) -> {
                    m.texts.put(k, v);
                    m.sources.put(k, source);
                });
                found.options().forEach(o -> m.candidates.add(new DutyCandidate(o.scheme(), o.label(), o.duty(), o.requires())));
                m.refused.addAll(found.refused());
                m.catalogueReference = found.reference();
                m.catalogueReferenceText = found.referenceText();
                m.catalogueEffectiveFrom = found.effectiveFrom();
                m.strengthRange = found.strength();
            });
        }
        MessageText given = MessageText.of("taxes.source.request");
        line.measures().forEach((k, v) -> {
            if (!chain.measureKeys().contains(k)) {
                // a misspelt key would otherwise be ignored silently and the quotation would look right
                throw TaxInputInvalid.field("lines[" + i + "].measures." + k, MessageText.of("taxes.reason.measure.unknown",
                        Arg.literal(chain.jurisdiction()), Arg.literal(k), Arg.literal(String.join(", ", chain.measureKeys()))));
            }
            if (!switchedOff(v)) {
                expressions.parse(v, "lines[" + i + "].measures." + k);
            }
            m.texts.put(k, v);
            m.sources.put(k, given);
        });
        for (int k = 0; k < line.options().size(); k++) {
            TaxRequestLine.DutyOptionRequest o = line.options().get(k);
            String field = "lines[" + i + "].options[" + k + "]";
            DutyCandidate claimed = concessions.claim(chain, date, o, field);
            m.candidates.add(chain.concession(o.scheme(), date).isPresent() ? claimed : listChecked(tariff, chain, date, line, claimed, field));
        }
        String scheme = line.scheme() == null || line.scheme().isBlank() ? DutyCandidate.GENERAL : line.scheme();
        m.scheme = scheme;
        if (!scheme.equals(DutyCandidate.GENERAL)) {
            DutyCandidate chosen = m.candidates.stream().filter(c -> c.scheme().equals(scheme)).findFirst()
                    .orElseThrow(() -> notOffered(tariff, chain, date, line, i, scheme, m));
            m.texts.put(DUTY_KEY, chosen.duty());
            m.sources.put(DUTY_KEY, chosen.requires() == null
                    ? MessageText.of("taxes.source.option", Arg.literal(scheme), Arg.message(chosen.label()))
                    : MessageText.of("taxes.source.optionRequires", Arg.literal(scheme), Arg.message(chosen.label()),
                            Arg.message(chosen.requires())));
        }
        return m;
    }
}
