package org.tradedesk.taxes.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tradedesk.shared.CountryCode;
import org.tradedesk.shared.HsCode;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.tariff.EligibilityLists;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffLookup;
import org.tradedesk.tariff.TariffSearchPage;
import org.tradedesk.taxes.domain.TariffMeasureSource;
import org.tradedesk.taxes.domain.TariffMeasureSource.StrengthRange;

/**
 * The tax engine's port to the tariff catalogue (稅則資料庫). A jurisdiction the catalogue does not
 * hold (UK, IE) or a code it does not know gives no measures, so the engine reports the missing duty
 * on the line's field instead of computing a silent zero.
 *
 * <p>The catalogue's lookup is not transactional (a published data version never changes), so an
 * unknown code does not mark the caller's transaction (a calculation being saved) rollback-only
 * although the engine handles the missing measure; {@code CatalogueTaxCalculationIntegrationTest} holds that.
 */
@Component
class CatalogueTariffSource implements TariffMeasureSource {

    private final TariffCatalogue catalogue;
    private final EligibilityLists lists;

    CatalogueTariffSource(TariffCatalogue catalogue, EligibilityLists lists) {
        this.catalogue = catalogue;
        this.lists = lists;
    }

    @Override
    public Optional<TariffMeasures> find(String jurisdiction, HsCode tariffCode, CountryCode origin, LocalDate date) {
        if (Arrays.stream(Jurisdiction.values()).noneMatch(j -> j.name().equals(jurisdiction))) {
            return Optional.empty();
        }
        try {
            Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
            TariffLookup lookup = catalogue.lookup(j, tariffCode.digits(), date);
            TariffMeasures m = CatalogueMeasures.map(lookup, origin, listCode -> lists.check(j, listCode, origin, date));
            // the strength range the item's text states, from this same lookup (the engine asks the catalogue once a line)
            TariffLine line = lookup.line();
            StrengthRange strength = StrengthRange.stated(line.dottedCode() == null ? line.code() : line.dottedCode(), line.descriptionEn())
                    .orElse(null);
            // the options rest on the country lists as they stand: the result records which (the file and the amendments of
            // this jurisdiction's lists, t1fixL 3)
            return Optional.of(new TariffMeasures(m.reference() + " — " + lists.version(j), m.measures(), m.options(), m.refused(),
                    MessageText.of("taxes.source.tariff-line.with-lists", Arg.message(m.referenceText()), Arg.message(lists.versionText(j))),
                    strength).withEffectiveFrom(m.effectiveFrom()));
        } catch (TariffItemNotFound | org.tradedesk.tariff.TariffCheckDigitWrong e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<SchemeCheck> checkScheme(String jurisdiction, String scheme, CountryCode origin, LocalDate date) {
        if (scheme == null || Arrays.stream(Jurisdiction.values()).noneMatch(j -> j.name().equals(jurisdiction))) {
            return Optional.empty();
        }
        Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
        String typed = scheme.strip();
        // the list codes are the scheme codes the tariff prints (DCS, ChAFTA, Peru): typed in another case they are the same list
        Optional<String> held = lists.lists(j).stream().map(org.tradedesk.tariff.EligibilityList::code).filter(c -> c.equalsIgnoreCase(typed))
                .findFirst();
        if (held.isEmpty()) {
            // another name of a held list (acceptance review t1fixD 6): "AUKFTA", "Schedule 5", "第二欄", "Column II", or a column II
            // partner's code ("PA") typed as the scheme, is that list and is checked as it is
            Optional<SchemeCheck> partner = columnTwoPartner(j, typed, origin, date);
            if (partner.isPresent()) {
                return partner;
            }
            held = alias(j, typed).filter(code -> lists.lists(j).stream().anyMatch(l -> l.code().equals(code)));
        }
        if (held.isEmpty()) {
            // a list of another jurisdiction's tariff (TW_COLUMN_II typed on an AU calculation) gives nothing here: refused, not
            // kept as a free-text scheme nobody checks
            // another jurisdiction's name of its list too ("AUKFTA" on a TW calculation, 「第二欄」 on an AU one) (t1fixE 5)
            for (Jurisdiction other : Jurisdiction.values()) {
                Optional<String> otherAlias = other == j ? Optional.empty() : alias(other, typed);
                if (other != j && (lists.lists(other).stream().anyMatch(l -> l.code().equalsIgnoreCase(typed))
                        || otherAlias.isPresent())) {
                    return Optional.of(new SchemeCheck(false, MessageText.of("taxes.reason.option.other-jurisdiction", Arg.literal(typed),
                            Arg.literal(other), Arg.literal(j))));
                }
            }
            return Optional.empty();
        }
        String code = held.get();
        org.tradedesk.tariff.Eligibility e = lists.check(j, code, origin, date);
        return Optional.of(new SchemeCheck(e.eligible(), e.reason()));
    }

    /** The spellings of Taiwan's column II that name the list itself (海關進口稅則 第二欄). */
    private static final java.util.Set<String> COLUMN_TWO_NAMES = java.util.Set.of("第二欄", "第二欄稅率", "COLUMNII", "COLUMN2", "COLII",
            "TWCOLUMNII", "II");

    /** A held list's code for another name of it, compared without case, spaces, hyphens or underscores. */
    static Optional<String> alias(Jurisdiction j, String typed) {
        String key = typed.replaceAll("[\\s\\-_./]", "").toUpperCase(java.util.Locale.ROOT);
        if (j == Jurisdiction.TW) {
            return COLUMN_TWO_NAMES.contains(key) ? Optional.of(CatalogueMeasures.TW_COLUMN_II) : Optional.empty();
        }
        if (j == Jurisdiction.AU) {
            return CatalogueMeasures.ftaAlias(key);
        }
        return Optional.empty();
    }

    /**
     * A country code typed as a Taiwanese scheme that is a column II partner ("PA": the rate column II prints for Panama): the
     * column II list decides for the origin, and a partner's code typed for goods of another origin is refused (the rate is
     * that partner's, 關稅法 第5條).
     */
    private Optional<SchemeCheck> columnTwoPartner(Jurisdiction j, String typed, CountryCode origin, LocalDate date) {
        if (j != Jurisdiction.TW || !typed.matches("[A-Za-z]{2}")) {
            return Optional.empty();
        }
        String country = typed.toUpperCase(java.util.Locale.ROOT);
        boolean partner = lists.list(j, CatalogueMeasures.TW_COLUMN_II).stream()
                .flatMap(l -> l.members().stream()).anyMatch(m -> m.country().equals(country));
        if (!partner) {
            return Optional.empty();
        }
        if (origin == null || !origin.value().equals(country)) {
            return Optional.of(new SchemeCheck(false, MessageText.of("taxes.reason.option.partner-not-origin", Arg.country(country),
                    origin == null ? Arg.literal("—") : Arg.country(origin.value()))));
        }
        org.tradedesk.tariff.Eligibility e = lists.check(j, CatalogueMeasures.TW_COLUMN_II, origin, date);
        return Optional.of(new SchemeCheck(e.eligible(), e.reason()));
    }

    /** Items named in a subheading's error: enough to choose from or to see where to search. */
    private static final int ITEMS_NAMED = 12;

    @Override
    public Optional<MessageText> whyNoMeasures(String jurisdiction, HsCode tariffCode, LocalDate date) {
        if (Arrays.stream(Jurisdiction.values()).noneMatch(j -> j.name().equals(jurisdiction))) {
            return Optional.empty();
        }
        Jurisdiction j = Jurisdiction.valueOf(jurisdiction);
        TariffLookup lookup;
        try {
            // lookup, not item(): item() is transactional, and its not-found would mark the caller's transaction
            lookup = catalogue.lookup(j, tariffCode.digits(), date);
        } catch (org.tradedesk.tariff.TariffCheckDigitWrong e) {
            // Taiwan's printed 0902.10.00.00-4 typed with another last digit: say which digit the schedule prints
            // the typed code as Taiwan prints it (0902.10.00.00-5), like the item API's tariff.code.check-digit
            return Optional.of(MessageText.of("taxes.reason.code.check-digit", Arg.literal(j), Arg.literal(String.valueOf(e.expectedDigit())),
                    Arg.literal(new HsCode(e.expectedCode()).dotted()), Arg.literal(tariffCode.dotted())));
        } catch (TariffItemNotFound e) {
            Optional<String> gap = gapHolding(j, tariffCode.digits());
            return Optional.of(catalogue.activeVersion(j)
                    .map(v -> gap.isPresent()
                            ? MessageText.of(NOT_IN_BUNDLED_SCHEDULE, Arg.literal(j), gapName(gap.get()), Arg.number(v.id()), Arg.literal(v.label()))
                            : MessageText.of("taxes.reason.code.not-in-tariff", Arg.literal(j), Arg.number(v.id()), Arg.literal(v.label())))
                    .orElse(MessageText.of("taxes.reason.code.not-in-tariff.no-data", Arg.literal(j))));
        }
        TariffLine line = lookup.line();
        List<String> items = items(catalogue.search(j, line.code(), 0, 200).hits().stream().map(TariffSearchPage.Hit::line).toList(),
                line.code(), j);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String level = switch (line.level() == null ? "" : line.level()) {
            case "CHAPTER", "HEADING", "SUBHEADING" -> line.level().toLowerCase(java.util.Locale.ROOT);
            default -> "line";
        };
        return Optional.of(MessageText.of("taxes.reason.code.not-an-item", Arg.code("taxes.reason.code.level." + level), Arg.literal(j),
                Arg.literal(String.join(", ", items.subList(0, Math.min(ITEMS_NAMED, items.size()))) + (items.size() > ITEMS_NAMED ? ", …" : ""))));
    }

    /** The reason of a code in a part of the tariff the bundled schedule lacks (see {@link #BUNDLED_AU_GAPS}). */
    static final String NOT_IN_BUNDLED_SCHEDULE = "taxes.reason.code.not-in-bundled-schedule";

    /**
     * The parts of Schedule 3 the bundled AU tariff (reference-data/tariff/au, scraped from the published schedules; see its
     * SOURCE.md) does not hold: 25 chapters and subheadings 2208.30 (whiskies) and 2208.40 (rum) are absent from the scraped file (acceptance
     * review t1fixD 5). A code there is not in the data, which says nothing of whether it is valid: the error and the note say
     * so and how to proceed, instead of "not in the AU tariff". Only while the active schedule still holds no line of that part
     * (an imported official tariff holds them, and then a code missing there is simply not in the tariff).
     */
    static final List<String> BUNDLED_AU_GAPS = List.of("28", "30", "32", "33", "35", "37", "50", "51", "52", "54", "55", "56", "58",
            "59", "60", "61", "62", "72", "73", "74", "76", "77", "78", "81", "83", "220830", "220840");

    /** The part of the tariff the bundled schedule lacks that holds {@code digits}, when the active schedule has no line of it. */
    private Optional<String> gapHolding(Jurisdiction j, String digits) {
        if (j != Jurisdiction.AU || digits == null) {
            return Optional.empty();
        }
        return BUNDLED_AU_GAPS.stream().filter(digits::startsWith).findFirst()
                .filter(part -> catalogue.search(j, part, 0, 20).hits().stream().noneMatch(h -> h.line().code().startsWith(part)));
    }

    /** "chapter 72" / 「第 72 章」, "subheading 2208.30" / 「子目 2208.30」. */
    private static Arg gapName(String part) {
        return part.length() == 2 ? Arg.message(MessageText.of("taxes.reason.code.gap.chapter", Arg.literal(part)))
                : Arg.message(MessageText.of("taxes.reason.code.gap.subheading", Arg.literal(part.substring(0, 4) + "." + part.substring(4))));
    }

    /** The lines below {@code code} with no line below them, in code order ({@code lines} are code-ordered). */
    static List<String> items(List<TariffLine> lines, String code) {
        return items(lines, code, null);
    }

    /**
     * The items under {@code code} a line may name. Australia's are its 8-digit tariff items, the level duty is rated at: a
     * statistical code under one (8703.23.20.28) is named by its item (8703.23.20), once (acceptance review t1fixG 10).
     */
    static List<String> items(List<TariffLine> lines, String code, Jurisdiction j) {
        java.util.LinkedHashSet<String> items = new java.util.LinkedHashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            TariffLine l = lines.get(k);
            boolean leaf = k + 1 == lines.size() || !lines.get(k + 1).code().startsWith(l.code());
            if (!l.code().equals(code) && leaf) {
                if (j == Jurisdiction.AU && l.code().length() > 8) {
                    String item = l.code().substring(0, 8);
                    if (!item.equals(code)) {
                        items.add(item.substring(0, 4) + "." + item.substring(4, 6) + "." + item.substring(6, 8));
                    }
                } else {
                    items.add(l.dottedCode() == null ? l.code() : l.dottedCode());
                }
            }
        }
        return new ArrayList<>(items);
    }
}
