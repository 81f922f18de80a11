package org.tradedesk.clearance.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The checks across documents (P4.1.2), rules of {@code clearance/checks.tsv} of the kinds FIGURES_AGREE,
 * PARTIES_AGREE, CERTIFICATE_VALID, PERMIT_BY_CODE and VALUE_PLAUSIBLE, run on the captured invoices and the figures
 * captured of the other documents ({@link DocumentFigures}, by document id):
 * <ul>
 * <li>FIGURES_AGREE: the invoices' packages (header), gross mass (header, else the sum of the lines), net mass (sum of
 * the lines) and quantity (sum of the lines, packing list only) against each packing list, B/L and AWB. Packages are
 * counted, so any difference in their number is a finding; for mass and quantity a difference above {@code param} % of
 * the larger figure is. A figure missing on either side is not compared.</li>
 * <li>PARTIES_AGREE: the shipper printed on a packing list, B/L or AWB is the invoice's seller and its consignee the
 * buyer, compared without case, accents, punctuation, spaces and the company-form words (Co., Ltd, Pty, Inc, 有限公司,
 * 股份有限公司…); a name containing the other counts as the same.</li>
 * <li>CERTIFICATE_VALID: each certificate of origin with figures is issued on or before the arrival date and its last
 * valid day is not before it (no arrival date: not checked).</li>
 * <li>PERMIT_BY_CODE: each invoice line whose tariff code (digits only) starts with one of {@code param} needs a PERMIT
 * document whose figures list a code that prefixes the line's (or lists none: it covers the file), valid on the
 * arrival date.</li>
 * <li>VALUE_PLAUSIBLE: for each invoice with at least 3 priced lines in one unit, a line whose unit value
 * (amount ÷ quantity) is more than {@code param} times the median of the other lines' unit values in that unit, or less
 * than the median ÷ {@code param}, is flagged: a mistyped quantity or price, or goods of another nature. A line with a
 * negative amount (a return or credit) is a WARNING of its own and left out of the unit values.</li>
 * </ul>
 */
public final class CrossDocumentChecks {

    static final List<String> TRANSPORT = List.of("PACKING_LIST", "BILL_OF_LADING", "AIR_WAYBILL");

    private CrossDocumentChecks() {
    }

    /**
     * The names the file's own party is known by, besides the one on a document: {@code buyer} on an import (the client,
     * the importer and its English name), {@code seller} on an export. A document naming the party by one of them and the
     * invoice by another is the same party (a Taiwan importer's Chinese name on the invoice, its English one on the B/L).
     */
    public record KnownNames(List<String> buyer, List<String> seller) {

        public KnownNames {
            buyer = buyer == null ? List.of() : buyer.stream().filter(n -> n != null && !n.isBlank()).toList();
            seller = seller == null ? List.of() : seller.stream().filter(n -> n != null && !n.isBlank()).toList();
        }

        static KnownNames none() {
            return new KnownNames(List.of(), List.of());
        }
    }

    public static List<Finding> check(List<CheckRule> rules, CheckedFile file, Map<Long, DocumentFigures> figures) {
        return check(rules, file, figures, KnownNames.none());
    }

    public static List<Finding> check(List<CheckRule> rules, CheckedFile file, Map<Long, DocumentFigures> figures, KnownNames known) {
        List<Finding> out = new ArrayList<>();
        List<CheckedFile.Document> invoices = file.documents().stream()
                .filter(d -> DocumentChecks.INVOICE.equals(d.type()) && d.invoice() != null).toList();
        for (CheckRule rule : rules) {
            if (!rule.jurisdiction().equals(file.jurisdiction())) {
                continue;
            }
            switch (rule.kind()) {
                case FIGURES_AGREE -> figuresAgree(rule, file, invoices, figures, out);
                case PARTIES_AGREE -> partiesAgree(rule, file, invoices, figures, known, out);
                case CERTIFICATE_VALID -> certificates(rule, file, figures, out);
                case PERMIT_BY_CODE -> permits(rule, file, invoices, figures, out);
                case VALUE_PLAUSIBLE -> invoices.forEach(d -> plausible(rule, d, out));
                default -> {
                }
            }
        }
        return out;
    }

    // ---- figures ----

    private static void figuresAgree(CheckRule rule, CheckedFile file, List<CheckedFile.Document> invoices,
            Map<Long, DocumentFigures> figures, List<Finding> out) {
        if (invoices.isEmpty()) {
            return;
        }
        BigDecimal tolerance = new BigDecimal(rule.param());
        // the invoices the declaration covers, as its header sums them (T4 R4): not a copy, not one still to confirm
        List<CheckedFile.Document> declared = DocumentChecks.declared(invoices);
        if (declared.isEmpty()) {
            return;
        }
        List<CapturedInvoice> captured = declared.stream().map(CheckedFile.Document::invoice).toList();
        BigDecimal packages = DocumentChecks.invoicesPackages(captured);
        BigDecimal gross = DocumentChecks.invoicesGrossMass(captured);
        BigDecimal net = DocumentChecks.declaredSum(captured, c -> DocumentChecks.linesSum(c, CapturedLine::netMassKg));
        // quantities per unit (acceptance review: 1,200 PCE + 300 SET + 500 PCE were added up as "2,000")
        Map<String, BigDecimal> quantities = new java.util.LinkedHashMap<>();
        for (CapturedInvoice c : captured) {
            Map<String, BigDecimal> one = quantityByUnit(c.lines());
            if (one == null) {
                quantities = null;
                break;
            }
            for (Map.Entry<String, BigDecimal> e : one.entrySet()) {
                quantities.merge(e.getKey(), e.getValue(), BigDecimal::add);
            }
        }
        FindingDocument invoiceRefs = FindingDocument.together(declared.stream().map(CheckedFile.Document::ref).toList());
        for (CheckedFile.Document doc : file.documents()) {
            DocumentFigures f = figures.get(doc.id());
            if (f == null || !TRANSPORT.contains(doc.type())) {
                continue;
            }
            compare(rule, doc, invoiceRefs, "packages", packages, f.packages() == null ? null : BigDecimal.valueOf(f.packages()),
                    BigDecimal.ZERO, null, out);
            compare(rule, doc, invoiceRefs, "grossMassKg", gross, f.grossMassKg(), tolerance, "kg", out);
            compare(rule, doc, invoiceRefs, "netMassKg", net, f.netMassKg(), tolerance, "kg", out);
            if (doc.type().equals("PACKING_LIST")) {
                quantities(rule, doc, invoiceRefs, quantities, f, tolerance, out);
            }
        }
    }

    /**
     * The quantity of each unit the lines give ({@code PCE → 1,700, SET → 300}), in the order first met; null when a line
     * has no quantity (a partial sum would mislead). A line without a unit counts under "" (no unit).
     */
    public static Map<String, BigDecimal> quantityByUnit(List<CapturedLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        for (CapturedLine l : lines) {
            if (l.quantity() == null) {
                return null;
            }
            String unit = l.unitCode() == null ? "" : l.unitCode().strip().toUpperCase(Locale.ROOT);
            out.merge(unit, l.quantity(), BigDecimal::add);
        }
        return out;
    }

    /**
     * The invoices' quantities against a packing list's, unit by unit: only quantities in the same unit are compared. A
     * packing list giving its quantity per unit (read from its CSV) is compared unit by unit, and a unit on one side only
     * is said to be not comparable; one typed as a single total is compared when the invoices use one unit, and otherwise
     * the finding says the invoices' units differ so the total cannot be compared (never a sum across units).
     */
    private static void quantities(CheckRule rule, CheckedFile.Document doc, FindingDocument invoices, Map<String, BigDecimal> onInvoices,
            DocumentFigures f, BigDecimal tolerance, List<Finding> out) {
        if (onInvoices == null || onInvoices.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> onDocument = f.quantityByUnit();
        if (onDocument == null) {
            if (f.quantity() == null) {
                return;
            }
            if (onInvoices.size() == 1) {
                compare(rule, doc, invoices, "quantity", onInvoices.values().iterator().next(), f.quantity(), tolerance,
                        onInvoices.keySet().iterator().next(), out);
                return;
            }
            out.add(info(rule, List.of(invoices, doc.ref()), List.of("quantity"), "clearance.finding.quantity-units-differ",
                    perUnit(onInvoices), docName(doc), Arg.number(f.quantity().stripTrailingZeros())));
            return;
        }
        if (onInvoices.size() == 1 && onDocument.size() == 1) {
            // one unit on each side: the same unit, or a list that gives none (a single column of pieces) — compared
            String a = onInvoices.keySet().iterator().next();
            String b = onDocument.keySet().iterator().next();
            if (a.equals(b) || a.isEmpty() || b.isEmpty()) {
                compare(rule, doc, invoices, "quantity", onInvoices.get(a), onDocument.get(b), tolerance, a.isEmpty() ? b : a, out);
                return;
            }
        }
        if (!onInvoices.keySet().equals(onDocument.keySet())) {
            out.add(info(rule, List.of(invoices, doc.ref()), List.of("quantity"), "clearance.finding.quantity-units-not-comparable",
                    perUnit(onInvoices), docName(doc), perUnit(onDocument)));
            return;
        }
        for (Map.Entry<String, BigDecimal> e : onInvoices.entrySet()) {
            BigDecimal other = onDocument.get(e.getKey());
            BigDecimal larger = e.getValue().abs().max(other.abs());
            BigDecimal allowed = larger.multiply(tolerance).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
            if (e.getValue().subtract(other).abs().compareTo(allowed) > 0) {
                out.add(finding(rule, List.of(invoices, doc.ref()), List.of("quantity"), "clearance.finding.quantity-unit-differs",
                        UnitLabels.name(e.getKey()), Arg.number(e.getValue().stripTrailingZeros()), docName(doc),
                        Arg.number(other.stripTrailingZeros()), Arg.literal(rule.param())));
            }
        }
    }

    /**
     * "1,700 pieces, 300 sets" / 「1,700 個、300 組」: each unit's quantity grouped with the unit in the reader's words (t4fixW:
     * "1,700 PCE, 300 SET"), a quantity without unit as the number alone.
     */
    private static Arg perUnit(Map<String, BigDecimal> quantities) {
        org.tradedesk.shared.MessageText out = null;
        for (Map.Entry<String, BigDecimal> e : quantities.entrySet()) {
            Arg part = measured(e.getValue(), e.getKey());
            out = out == null ? org.tradedesk.shared.MessageText.of("clearance.as-named", part)
                    : org.tradedesk.shared.MessageText.of("clearance.quantity.join", Arg.message(out), part);
        }
        return out == null ? Arg.literal("") : Arg.message(out);
    }

    /** A grouped figure with its unit ("300 kg", "1,200 LTR"; T4 review t4fixT 3: "(300) … (290)" said not what of). */
    private static Arg measured(BigDecimal value, String unit) {
        Arg n = Arg.number(value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
        return unit == null || unit.isEmpty() ? n
                // the unit in the reader's word (「450 公斤」, 「1,200 公升」 not 「1,200 LTR」), "1 piece" not "1 pieces" (t4fixAF 1);
                // a code nobody knows as it stands
                : UnitLabels.quantity(n, value, unit);
    }

    private static void compare(CheckRule rule, CheckedFile.Document doc, FindingDocument invoices, String field, BigDecimal onInvoices,
            BigDecimal onDocument, BigDecimal tolerancePercent, String unit, List<Finding> out) {
        if (onInvoices == null || onDocument == null) {
            return;
        }
        BigDecimal larger = onInvoices.abs().max(onDocument.abs());
        BigDecimal allowed = larger.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        if (onInvoices.subtract(onDocument).abs().compareTo(allowed) > 0) {
            if (tolerancePercent.signum() == 0) {
                out.add(finding(rule, List.of(invoices, doc.ref()), List.of(field), "clearance.finding.count-differs",
                        Arg.code("clearance.figures." + field), Arg.number(onInvoices.stripTrailingZeros()), docName(doc),
                        Arg.number(onDocument.stripTrailingZeros())));
                return;
            }
            out.add(finding(rule, List.of(invoices, doc.ref()), List.of(field), "clearance.finding.figure-differs",
                    Arg.code("clearance.figures." + field), measured(onInvoices, unit), docName(doc),
                    measured(onDocument, unit), Arg.literal(rule.param())));
        }
    }

    // ---- parties ----

    private static void partiesAgree(CheckRule rule, CheckedFile file, List<CheckedFile.Document> invoices,
            Map<Long, DocumentFigures> figures, KnownNames known, List<Finding> out) {
        for (CheckedFile.Document doc : file.documents()) {
            DocumentFigures f = figures.get(doc.id());
            if (f == null || !TRANSPORT.contains(doc.type())) {
                continue;
            }
            party(rule, invoices, doc, "shipper", CapturedInvoice::sellerName, f.shipper(), known.seller(), out);
            party(rule, invoices, doc, "consignee", CapturedInvoice::buyerName, f.consignee(), known.buyer(), out);
        }
    }

    /**
     * One finding per document and party, naming every invoice whose name differs (acceptance review: the same text once
     * per invoice, none named); a name the document prints that is one of the party's known names, with the invoice's
     * another, is the same party.
     */
    private static void party(CheckRule rule, List<CheckedFile.Document> invoices, CheckedFile.Document doc, String field,
            java.util.function.Function<CapturedInvoice, String> onInvoiceOf, String onDocument, List<String> known, List<Finding> out) {
        if (onDocument == null || onDocument.isBlank()) {
            return;
        }
        Map<String, List<CheckedFile.Document>> differing = new java.util.LinkedHashMap<>();
        for (CheckedFile.Document inv : invoices) {
            String onInvoice = onInvoiceOf.apply(inv.invoice());
            if (onInvoice == null || onInvoice.isBlank() || sameParty(onInvoice, onDocument)
                    || knownName(known, onInvoice) && knownName(known, onDocument)) {
                continue;
            }
            differing.computeIfAbsent(onInvoice.strip(), k -> new ArrayList<>()).add(inv);
        }
        for (Map.Entry<String, List<CheckedFile.Document>> e : differing.entrySet()) {
            List<FindingDocument> labels = new ArrayList<>(e.getValue().stream().map(CheckedFile.Document::ref).toList());
            labels.add(doc.ref());
            MessageText names = null;
            for (CheckedFile.Document inv : e.getValue()) {
                MessageText one = docName(inv).message();
                names = names == null ? one : MessageText.of("clearance.query.item.list", Arg.message(names), Arg.message(one));
            }
            out.add(finding(rule, labels, List.of(field), "clearance.finding.party-differs-on",
                    Arg.code("clearance.figures." + field), docName(doc), Arg.literal(onDocument.strip()), Arg.message(names),
                    Arg.literal(e.getKey())));
        }
    }

    private static boolean knownName(List<String> known, String name) {
        return known.stream().anyMatch(k -> sameParty(k, name));
    }

    private static final List<String> COMPANY_FORMS = List.of("股份有限公司", "有限公司", "公司", "corporation", "company", "limited",
            "pty", "ltd", "inc", "llc", "gmbh", "co", "corp", "sa", "bv", "ag", "plc", "kk");

    /** Same party: equal, or one contains the other, once normalised (see the class comment). */
    static boolean sameParty(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    static String normal(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        for (String word : s.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !COMPANY_FORMS.contains(word)) {
                kept.append(word);
            }
        }
        String joined = kept.toString();
        for (String form : COMPANY_FORMS) {
            if (form.codePoints().anyMatch(c -> c > 127) && joined.endsWith(form)) {
                joined = joined.substring(0, joined.length() - form.length());
            }
        }
        return joined;
    }

    // ---- certificates and permits ----

    private static void certificates(CheckRule rule, CheckedFile file, Map<Long, DocumentFigures> figures, List<Finding> out) {
        LocalDate arrival = file.arrivalDate();
        if (arrival == null) {
            return;
        }
        for (CheckedFile.Document doc : file.documents()) {
            DocumentFigures f = figures.get(doc.id());
            if (f == null || !doc.type().equals("CERTIFICATE_OF_ORIGIN")) {
                continue;
            }
            validity(rule, doc, f, arrival, out);
        }
    }

    private static void validity(CheckRule rule, CheckedFile.Document doc, DocumentFigures f, LocalDate arrival, List<Finding> out) {
        if (f.issuedOn() != null && f.issuedOn().isAfter(arrival)) {
            out.add(finding(rule, List.of(doc.ref()), List.of("issuedOn"), "clearance.finding.issued-after-arrival", docName(doc),
                    Arg.date(f.issuedOn()), Arg.date(arrival)));
        }
        if (f.validUntil() != null && f.validUntil().isBefore(arrival)) {
            out.add(finding(rule, List.of(doc.ref()), List.of("validUntil"), "clearance.finding.expired", docName(doc),
                    Arg.date(f.validUntil()), Arg.date(arrival)));
        }
    }

    private static void permits(CheckRule rule, CheckedFile file, List<CheckedFile.Document> invoices,
            Map<Long, DocumentFigures> figures, List<Finding> out) {
        List<String> prefixes = List.of(rule.param().split(",")).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        List<CheckedFile.Document> permits = file.documents().stream().filter(d -> d.type().equals("PERMIT")).toList();
        for (CheckedFile.Document inv : invoices) {
            for (CapturedLine l : inv.invoice().lines()) {
                String code = l.tariffCode() == null ? "" : l.tariffCode().replaceAll("[^0-9]", "");
                String prefix = prefixes.stream().filter(code::startsWith).findFirst().orElse(null);
                if (code.isEmpty() || prefix == null) {
                    continue;
                }
                boolean covered = permits.stream().anyMatch(p -> {
                    DocumentFigures f = figures.get(p.id());
                    List<String> codes = f == null ? List.of() : f.tariffCodes();
                    return codes.isEmpty() || codes.stream().map(c -> c.replaceAll("[^0-9]", "")).anyMatch(c -> !c.isEmpty() && code.startsWith(c));
                });
                if (!covered) {
                    out.add(finding(rule, List.of(inv.ref()), List.of("lines[" + DocumentChecks.index(inv.invoice().lines(), l) + "].tariffCode"),
                            "clearance.finding.permit-missing", Arg.literal(l.tariffCode().strip()), Arg.number(l.lineNumber()),
                            Arg.literal(prefix)));
                }
            }
        }
        LocalDate arrival = file.arrivalDate();
        if (arrival != null) {
            for (CheckedFile.Document p : permits) {
                DocumentFigures f = figures.get(p.id());
                if (f != null) {
                    validity(rule, p, f, arrival, out);
                }
            }
        }
    }

    // ---- value plausibility ----

    private static void plausible(CheckRule rule, CheckedFile.Document d, List<Finding> out) {
        BigDecimal factor = new BigDecimal(rule.param());
        Map<String, List<CapturedLine>> byUnit = new java.util.LinkedHashMap<>();
        for (CapturedLine l : d.invoice().lines()) {
            if (l.amount() != null && l.amount().signum() < 0) {
                // t4fixU 3: a return or credit line (UBL line 20: 6 × −18.33) is questioned itself, as a WARNING — the
                // customs value is that of the goods imported — and kept out of the unit values (it was "far from the median")
                out.add(new Finding(Finding.Severity.WARNING, rule.id(), List.<FindingDocument>of(d.ref()),
                        List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "].amount"),
                        MessageText.of("clearance.finding.credit-line", Arg.number(l.lineNumber()),
                                MoneyCodes.amount(l.amount(), d.invoice().currency())), rule.regulation()));
                continue;
            }
            if (l.amount() != null && l.quantity() != null && l.quantity().signum() > 0 && l.unitCode() != null) {
                byUnit.computeIfAbsent(l.unitCode().strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(l);
            }
        }
        for (Map.Entry<String, List<CapturedLine>> unit : byUnit.entrySet()) {
            List<CapturedLine> lines = unit.getValue();
            if (lines.size() < 3) {
                continue;
            }
            // each line's unit value once, sorted once: the median of the other lines is that of the sorted values with
            // one of the line's own value left out (was a division per pair of lines and a sort per line: n² for 1,000 lines)
            List<BigDecimal> values = lines.stream().map(CrossDocumentChecks::unitValue).toList();
            List<BigDecimal> sorted = values.stream().sorted().toList();
            for (int i = 0; i < lines.size(); i++) {
                CapturedLine l = lines.get(i);
                BigDecimal value = values.get(i);
                BigDecimal median = medianWithout(sorted, value);
                if (median.signum() <= 0) {
                    continue;
                }
                if (value.compareTo(median.multiply(factor)) > 0 || value.multiply(factor).compareTo(median) < 0) {
                    // the unit values with their currency and the unit in the reader's words (t4fixW: "12.50 USD/KGM")
                    String cur = d.invoice().currency();
                    out.add(finding(rule, List.of(d.ref()), List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "].unitPrice"),
                            "clearance.finding.value-implausible", Arg.number(l.lineNumber()),
                            UnitLabels.per(MoneyCodes.amount(value.setScale(2, RoundingMode.HALF_UP), cur), unit.getKey()),
                            UnitLabels.per(MoneyCodes.amount(median.setScale(2, RoundingMode.HALF_UP), cur), unit.getKey()),
                            Arg.literal(rule.param())));
                }
            }
        }
    }

    static BigDecimal unitValue(CapturedLine l) {
        return l.amount().divide(l.quantity(), MathContext.DECIMAL64);
    }

    /** The median of {@code sorted} with one value equal to {@code value} left out (as {@link #median} of the rest). */
    static BigDecimal medianWithout(List<BigDecimal> sorted, BigDecimal value) {
        int k = java.util.Collections.binarySearch(sorted, value);
        List<BigDecimal> rest = new java.util.AbstractList<>() {
            @Override
            public BigDecimal get(int i) {
                return sorted.get(i < k ? i : i + 1);
            }

            @Override
            public int size() {
                return sorted.size() - 1;
            }
        };
        return median(rest);
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static Arg docName(CheckedFile.Document d) {
        return DocumentNames.of(d);
    }

    /** Not a disagreement but a figure the rule could not compare: said, as information. */
    private static Finding info(CheckRule rule, List<? extends FindingDocument> docs, List<String> fields, String code, Arg... args) {
        return new Finding(Finding.Severity.INFO, rule.id(), List.<FindingDocument>copyOf(docs), fields, MessageText.of(code, args), rule.regulation());
    }

    private static Finding finding(CheckRule rule, List<? extends FindingDocument> docs, List<String> fields, String code, Arg... args) {
        return new Finding(rule.severity(), rule.id(), List.<FindingDocument>copyOf(docs), fields, MessageText.of(code, args), rule.regulation());
    }
}
