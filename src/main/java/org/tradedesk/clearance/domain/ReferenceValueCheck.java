package org.tradedesk.clearance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.shared.UnitOfMeasure;

/**
 * The rule kind VALUE_REFERENCE of {@code clearance/checks.tsv} (issue 8, Checks: "value plausibility against the tariff's
 * unit values"): each line of an import invoice whose unit value is more than {@code param} times above, or below 1/{@code param}
 * of, the reference unit value of its HS6 code. The tariff holds no unit values, so the reference is that of imported trade
 * statistics ({@link Reference}: the median of the yearly unit values of the importing jurisdiction's imports, or — when no
 * dataset holds them — of the other reporters' imports, named as such), in USD per the dataset's quantity unit.
 *
 * <p>The line's quantity is taken in the reference's unit: its own quantity when its unit is of the same kind (kg, items,
 * pairs, litres, m, m², converted within the kind: 2 dozen = 24 items), else its net mass when the reference is per kg; the
 * reference is compared only when its unit is of the kind of the tariff line's statistical unit (a reference per kg for a
 * line counted in items is no reference for it). Both values are turned into the local currency at the customs rates in force
 * on the declaration date (else the file's today) the tax engine converts with; a USD invoice is compared in USD as it stands.
 * No reference, no rate, or no quantity in a comparable unit: nothing is said (a finding per line that cannot be compared
 * would bury the ones that matter; the README's limits say so).
 */
public final class ReferenceValueCheck {

    private ReferenceValueCheck() {
    }

    /** A reference unit value of an HS6 code, USD per {@code unit} (the markets module's, as stored: u, kg, 2u, l, …). */
    public record Reference(String unit, BigDecimal median, int points, int fromYear, int toYear, List<String> reporters,
            boolean ownReporter, String source, String fileName) {
    }

    /** The services the check reads: the reference per HS6, the customs rate (local per one unit) and the tariff line's unit. */
    public interface Sources {
        Optional<Reference> reference(String hs6);

        /** Local currency per one unit of {@code currency} in force on {@code date}. */
        Optional<BigDecimal> localPerForeign(String currency, LocalDate date);

        /** The local currency of the jurisdiction (TWD, AUD). */
        String localCurrency();

        /** The statistical unit of the tariff line of {@code code} on {@code date} as the tariff prints it; empty when unknown. */
        Optional<String> statisticalUnit(String code, LocalDate date);
    }

    static final String USD = "USD";

    public static List<Finding> check(List<CheckRule> rules, CheckedFile file, Sources sources) {
        List<Finding> out = new ArrayList<>();
        if (!"IMPORT".equals(file.direction())) {
            return out; // the reference is of imports into the jurisdiction
        }
        Map<String, Optional<Reference>> references = new HashMap<>();
        LocalDate date = file.declarationDate() != null ? file.declarationDate() : file.today();
        LocalDate tariffDate = file.arrivalDate() != null ? file.arrivalDate() : file.today();
        for (CheckRule rule : rules) {
            if (rule.kind() != CheckRule.Kind.VALUE_REFERENCE || !rule.jurisdiction().equals(file.jurisdiction())) {
                continue;
            }
            BigDecimal factor = new BigDecimal(rule.param());
            for (CheckedFile.Document d : DocumentChecks.declared(file.documents().stream()
                    .filter(x -> DocumentChecks.INVOICE.equals(x.type()) && x.invoice() != null).toList())) {
                String currency = d.invoice().currency() == null ? null : d.invoice().currency().strip().toUpperCase(Locale.ROOT);
                if (currency == null || currency.isEmpty()) {
                    continue;
                }
                List<CapturedLine> lines = d.invoice().lines();
                for (int i = 0; i < lines.size(); i++) {
                    CapturedLine l = lines.get(i);
                    String digits = l.tariffCode() == null ? "" : l.tariffCode().replaceAll("[^0-9]", "");
                    if (digits.length() < 6 || l.amount() == null || l.amount().signum() <= 0) {
                        continue;
                    }
                    Optional<Reference> found = references.computeIfAbsent(digits.substring(0, 6), sources::reference);
                    if (found.isEmpty() || found.get().median().signum() <= 0) {
                        continue;
                    }
                    Reference ref = found.get();
                    UnitOfMeasure refUnit = marketsUnit(ref.unit());
                    if (refUnit == null) {
                        continue;
                    }
                    UnitOfMeasure statistical = sources.statisticalUnit(l.tariffCode().strip(), tariffDate)
                            .filter(UnitOfMeasure::isKnown).map(UnitOfMeasure::parse).orElse(null);
                    if (statistical != null && statistical.dimension() != refUnit.dimension()) {
                        continue;
                    }
                    BigDecimal quantity = quantityIn(l, refUnit);
                    if (quantity == null || quantity.signum() <= 0) {
                        continue;
                    }
                    BigDecimal unitValue = l.amount().divide(quantity, MathContext.DECIMAL64);
                    // compared in one currency: USD as it stands, else the local currency at the customs rates
                    String compareIn;
                    BigDecimal lineCompared;
                    BigDecimal refCompared;
                    if (USD.equals(currency)) {
                        compareIn = USD;
                        lineCompared = unitValue;
                        refCompared = ref.median();
                    } else {
                        String local = sources.localCurrency();
                        Optional<BigDecimal> lineRate = currency.equals(local) ? Optional.of(BigDecimal.ONE)
                                : sources.localPerForeign(currency, date);
                        Optional<BigDecimal> usdRate = USD.equals(local) ? Optional.of(BigDecimal.ONE) : sources.localPerForeign(USD, date);
                        if (lineRate.isEmpty() || usdRate.isEmpty()) {
                            continue;
                        }
                        compareIn = local;
                        lineCompared = unitValue.multiply(lineRate.get(), MathContext.DECIMAL64);
                        refCompared = ref.median().multiply(usdRate.get(), MathContext.DECIMAL64);
                    }
                    boolean low = lineCompared.multiply(factor).compareTo(refCompared) < 0;
                    boolean high = lineCompared.compareTo(refCompared.multiply(factor)) > 0;
                    if (!low && !high) {
                        continue;
                    }
                    UnitOfMeasure unitCode = refUnit;
                    Arg comparison = compareIn.equals(currency) ? Arg.literal("")
                            : Arg.message(MessageText.of("clearance.finding.value-reference.converted",
                                    UnitLabels.per(MoneyCodes.amount(money(lineCompared), compareIn), unitCode),
                                    UnitLabels.per(MoneyCodes.amount(money(refCompared), compareIn), unitCode), Arg.date(date)));
                    Arg reporters = Arg.message(MessageText.of(ref.ownReporter() ? "clearance.finding.value-reference.reporter"
                            : "clearance.finding.value-reference.other-reporters", Arg.literal(String.join(", ", ref.reporters())),
                            Arg.literal(file.jurisdiction())));
                    String years = ref.fromYear() == ref.toYear() ? Integer.toString(ref.fromYear()) : ref.fromYear() + "–" + ref.toYear();
                    out.add(new Finding(rule.severity(), rule.id(), List.<FindingDocument>of(d.ref()),
                            List.of("lines[" + i + "].unitPrice"),
                            MessageText.of(low ? "clearance.finding.value-reference-low" : "clearance.finding.value-reference-high",
                                    Arg.number(l.lineNumber()), UnitLabels.per(MoneyCodes.amount(money(unitValue), currency), unitCode),
                                    UnitLabels.per(MoneyCodes.amount(money(ref.median()), USD), unitCode), reporters,
                                    Arg.literal(digits.substring(0, 6)), Arg.literal(years), Arg.literal(ref.source() == null ? "-" : ref.source()),
                                    Arg.literal(ref.fileName() == null ? "-" : ref.fileName()), Arg.number(ref.points()),
                                    Arg.literal(rule.param()), comparison),
                            rule.regulation()));
                }
            }
        }
        return out;
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The line's quantity in {@code unit}: its own when its unit is of the same kind (converted), else its net mass for a
     * reference per kg; null when neither.
     */
    static BigDecimal quantityIn(CapturedLine l, UnitOfMeasure unit) {
        if (l.quantity() != null && l.unitCode() != null && UnitOfMeasure.isKnown(l.unitCode().strip())) {
            UnitOfMeasure own = UnitOfMeasure.parse(l.unitCode().strip());
            if (own.dimension() == unit.dimension()) {
                return l.quantity().multiply(own.toBase()).divide(unit.toBase(), MathContext.DECIMAL64);
            }
        }
        if (unit.dimension() == UnitOfMeasure.Dimension.MASS && l.netMassKg() != null) {
            return l.netMassKg().divide(unit.toBase(), MathContext.DECIMAL64);
        }
        return null;
    }

    /** A quantity unit of the trade statistics (Comtrade's WCO abbreviations, the net-weight stand-in) as a unit; null when none. */
    static UnitOfMeasure marketsUnit(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.strip()) {
            case "u" -> UnitOfMeasure.PIECE;
            case "2u" -> UnitOfMeasure.PAIR;
            case "12u" -> UnitOfMeasure.DOZEN;
            case "1000u" -> UnitOfMeasure.THOUSAND;
            case "kg", "kg (net weight)" -> UnitOfMeasure.KG;
            case "l" -> UnitOfMeasure.L;
            case "m" -> UnitOfMeasure.M;
            case "m2" -> UnitOfMeasure.M2;
            case "m3" -> UnitOfMeasure.M3;
            default -> null;
        };
    }
}
