package org.tradedesk.taxes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tradedesk.shared.HsCode;
import org.tradedesk.taxes.TaxInputInvalid;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.domain.ChainDefinition.StepDefinition;
import org.tradedesk.taxes.domain.TariffMeasureSource.TariffMeasures;

/**
 * A line the tariff catalogue is to rate must name a code the catalogue can rate, whatever the shipment's
 * value: a low-value shipment skips its duty step, and an unknown code (6403.99.00 at A$1,000) must not pass
 * because of that. Checked as soon as the catalogue has been asked, before any step is skipped.
 */
final class TariffCodeCheck {

    private TariffCodeCheck() {
    }

    /**
     * Refuses the line's {@code tariffCode} when the catalogue gives none of the measures the chain requires and
     * the request does not give them either, and the catalogue says why (not in the tariff, a subheading). An item
     * that merely has no rate, or a jurisdiction the catalogue does not hold, is left to the steps.
     */
    static Optional<org.tradedesk.shared.MessageText> requireRateable(TariffMeasureSource tariff, ChainDefinition chain, TaxRequestLine line,
            int index, String digits, LocalDate date, Optional<TariffMeasures> found) {
        if (tariff == null || digits == null) {
            return Optional.empty();
        }
        boolean rateMissing = chain.steps().stream().filter(StepDefinition::required).map(StepDefinition::measureKey)
                .anyMatch(key -> key != null && !line.measures().containsKey(key)
                        && found.map(f -> !f.measures().containsKey(key)).orElse(true));
        if (!rateMissing) {
            return found.isPresent() ? Optional.empty() : notInTariff(tariff, chain, line, index, digits, date);
        }
        tariff.whyNoMeasures(chain.jurisdiction(), HsCode.of(digits), date).ifPresent(why -> {
            throw TaxInputInvalid.field("lines[" + index + "].tariffCode", fieldError(line.tariffCode(), why));
        });
        return Optional.empty();
    }

    /**
     * A code the catalogue cannot rate on a line whose required measures the request gives (a typed duty): the calculation goes
     * on with what was typed, but the taxes the chain decides by the code (WET and LCT by their tariff items, an excise-equivalent
     * or anti-dumping rate the tariff would give) cannot be decided, so the result says so in a note on the page, the letter and
     * the API (issue 6: 22042100 with a typed duty lost its WET silently). Not a refusal: the typed measures are the
     * coordinator's to give, and a code the tariff does not hold is refused only where a required rate would be missing.
     */
    private static Optional<org.tradedesk.shared.MessageText> notInTariff(TariffMeasureSource tariff, ChainDefinition chain, TaxRequestLine line,
            int index, String digits, LocalDate date) {
        Optional<org.tradedesk.shared.MessageText> why = tariff.whyNoMeasures(chain.jurisdiction(), HsCode.of(digits), date);
        // only where the catalogue holds the jurisdiction's tariff and the code is no item of it: without tariff data the chain
        // still recognises a valid item by its code (WET on 2204.21.20), so nothing is undecided
        if (why.isEmpty() || why.get().code().endsWith(".no-data")) {
            return Optional.empty();
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (StepDefinition step : chain.steps()) {
            // a tax the chain charges on other goods only (WET, LCT for a whisky code: no prefix of theirs covers the code or lies
            // in its subheading; 2204.21.00, not an item, may still be a wine of 2204.21.20) is not undecided, nor one whose rate the line gives (a typed commodity tax): acceptance review t1fixG 9
            String subheading = digits.substring(0, Math.min(6, digits.length()));
            if ((!step.hsPrefixes().isEmpty() && step.hsPrefixes().stream().noneMatch(p -> digits.startsWith(p) || p.startsWith(subheading)))
                    || (step.measureKey() != null && line.measures().containsKey(step.measureKey()))) {
                continue;
            }
            boolean byCode = !step.hsPrefixes().isEmpty() || !step.kinds().isEmpty()
                    || (step.measureKey() != null && !step.required() && step.rates().isEmpty() && !line.measures().containsKey(step.measureKey()));
            if (step.level() == ChainDefinition.Level.LINE && byCode) {
                zh.add(step.label().in(java.util.Locale.TRADITIONAL_CHINESE));
                en.add(step.label().in(java.util.Locale.ENGLISH));
            }
        }
        if (en.isEmpty()) {
            return Optional.empty();
        }
        // one flat argument, the steps' names joined in each language (、 in Chinese)
        org.tradedesk.shared.MessageText.Arg undecided = Texts.text(org.tradedesk.shared.LocalizedText.of(String.join("、", zh),
                String.join(", ", en)));
        if (NOT_IN_BUNDLED_SCHEDULE.equals(why.get().code())) {
            // the bundled schedule lacks the code's chapter: the code is not said to be wrong, only unchecked (t1fixD 5)
            return Optional.of(org.tradedesk.shared.MessageText.of(SCHEDULE_GAP_NOTE,
                    org.tradedesk.shared.MessageText.Arg.literal(index + 1), why.get().args().get(0), why.get().args().get(1),
                    org.tradedesk.shared.MessageText.Arg.literal(line.tariffCode().strip()), org.tradedesk.shared.MessageText.Arg.date(date),
                    undecided));
        }
        return Optional.of(org.tradedesk.shared.MessageText.of("taxes.note.code-not-in-tariff",
                org.tradedesk.shared.MessageText.Arg.literal(index + 1), org.tradedesk.shared.MessageText.Arg.message(fieldError(line.tariffCode(), why.get())),
                org.tradedesk.shared.MessageText.Arg.date(date), undecided));
    }

    /**
     * The taxes a line whose item the bundled schedule lacks ({@code codeNote} the schedule-gap note) cannot leave undecided:
     * a step the chain says goods of the line's chapter attract (AU excise-equivalent customs duty on chapters 22, 24, 27:
     * whisky 2208.30 with its duty typed "5%" lacks the component charged per litre of alcohol), whose measure the request
     * neither types nor states absent ({@code none}), is not computed and the result incomplete, so it is never approved as a
     * final figure (acceptance review t1fixF 2). One note each, naming the line, the tax, the chapter and where to type it.
     */
    static List<org.tradedesk.shared.MessageText> undecidedInGap(ChainDefinition chain, TaxRequestLine line, int index, String digits,
            org.tradedesk.shared.MessageText codeNote) {
        if (codeNote == null || !SCHEDULE_GAP_NOTE.equals(codeNote.code())) {
            return List.of();
        }
        List<org.tradedesk.shared.MessageText> notes = new ArrayList<>();
        for (StepDefinition step : chain.steps()) {
            if (step.level() == ChainDefinition.Level.LINE && step.measureKey() != null && step.attractsByChapter(digits)
                    && !line.measures().containsKey(step.measureKey())) {
                notes.add(org.tradedesk.shared.MessageText.of(org.tradedesk.taxes.TaxResult.GAP_NOT_COMPUTED,
                        org.tradedesk.shared.MessageText.Arg.literal(index + 1), Texts.text(step.label()),
                        org.tradedesk.shared.MessageText.Arg.literal(digits.substring(0, 2)),
                        org.tradedesk.shared.MessageText.Arg.literal(line.tariffCode().strip()),
                        org.tradedesk.shared.MessageText.Arg.code("taxes.page.field.measures"),
                        org.tradedesk.shared.MessageText.Arg.code("taxes.field.measure." + step.measureKey())));
            }
        }
        return notes;
    }

    /** The note of a line whose code lies in a part of the tariff the bundled schedule lacks. */
    static final String SCHEDULE_GAP_NOTE = "taxes.note.code-in-schedule-gap";

    /** The message of {@code why}, the tariff code in it named (a check-digit message names the code itself). */
    static org.tradedesk.shared.MessageText fieldError(String typed, org.tradedesk.shared.MessageText why) {
        if (CHECK_DIGIT.equals(why.code())) {
            return why;
        }
        return org.tradedesk.shared.MessageText.of("taxes.reason.code.is",
                org.tradedesk.shared.MessageText.Arg.literal(typed.strip()), org.tradedesk.shared.MessageText.Arg.message(why));
    }

    /** The catalogue's reason for a code in a part of the tariff the bundled schedule lacks (CatalogueTariffSource). */
    static final String NOT_IN_BUNDLED_SCHEDULE = "taxes.reason.code.not-in-bundled-schedule";

    /** The catalogue's "check digit is wrong" reason: it names the code as printed, so it is the whole field error. */
    static final String CHECK_DIGIT = "taxes.reason.code.check-digit";
}
