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
            // the options rest on the country lists as they stand: the result records which
            return Optional.of(new TariffMeasures(m.reference() + " — " + lists.version(), m.measures(), m.options(), m.refused(),
                    MessageText.of("taxes.source.tariff-line.with-lists", Arg.message(m.referenceText()), Arg.message(lists.versionText())),
                    strength));
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
        // the list codes are the scheme codes the tariff prints (DCS, ChAFTA, Peru): typed in another case they are the same list
        return lists.lists(j).stream().map(org.tradedesk.tariff.EligibilityList::code).filter(c -> c.equalsIgnoreCase(scheme.strip()))
                .findFirst().map(code -> {
                    org.tradedesk.tariff.Eligibility e = lists.check(j, code, origin, date);
                    return new SchemeCheck(e.eligible(), e.reason());
                });
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
            return Optional.of(catalogue.activeVersion(j)
                    .map(v -> MessageText.of("taxes.reason.code.not-in-tariff", Arg.literal(j), Arg.number(v.id()), Arg.literal(v.label())))
                    .orElse(MessageText.of("taxes.reason.code.not-in-tariff.no-data", Arg.literal(j))));
        }
        TariffLine line = lookup.line();
        List<String> items = items(catalogue.search(j, line.code(), 0, 200).hits().stream().map(TariffSearchPage.Hit::line).toList(),
                line.code());
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

    /** The lines below {@code code} with no line below them, in code order ({@code lines} are code-ordered). */
    static List<String> items(List<TariffLine> lines, String code) {
        List<String> items = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            TariffLine l = lines.get(k);
            boolean leaf = k + 1 == lines.size() || !lines.get(k + 1).code().startsWith(l.code());
            if (!l.code().equals(code) && leaf) {
                items.add(l.dottedCode() == null ? l.code() : l.dottedCode());
            }
        }
        return items;
    }
}
