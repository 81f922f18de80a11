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
 * than the median ÷ {@code param}, is flagged: a mistyped quantity or price, or goods of another nature.</li>
 * </ul>
 */
public final class CrossDocumentChecks {

    static final List<String> TRANSPORT = List.of("PACKING_LIST", "BILL_OF_LADING", "AIR_WAYBILL");

    private CrossDocumentChecks() {
    }

    public static List<Finding> check(List<CheckRule> rules, CheckedFile file, Map<Long, DocumentFigures> figures) {
        List<Finding> out = new ArrayList<>();
        List<CheckedFile.Document> invoices = file.documents().stream()
                .filter(d -> DocumentChecks.INVOICE.equals(d.type()) && d.invoice() != null).toList();
        for (CheckRule rule : rules) {
            if (!rule.jurisdiction().equals(file.jurisdiction())) {
                continue;
            }
            switch (rule.kind()) {
                case FIGURES_AGREE -> figuresAgree(rule, file, invoices, figures, out);
                case PARTIES_AGREE -> partiesAgree(rule, file, invoices, figures, out);
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
        BigDecimal quantity = DocumentChecks.declaredSum(captured, c -> DocumentChecks.linesSum(c, CapturedLine::quantity));
        String invoiceLabels = String.join(", ", declared.stream().map(CheckedFile.Document::label).toList());
        for (CheckedFile.Document doc : file.documents()) {
            DocumentFigures f = figures.get(doc.id());
            if (f == null || !TRANSPORT.contains(doc.type())) {
                continue;
            }
            compare(rule, doc, invoiceLabels, "packages", packages, f.packages() == null ? null : BigDecimal.valueOf(f.packages()),
                    BigDecimal.ZERO, out);
            compare(rule, doc, invoiceLabels, "grossMassKg", gross, f.grossMassKg(), tolerance, out);
            compare(rule, doc, invoiceLabels, "netMassKg", net, f.netMassKg(), tolerance, out);
            if (doc.type().equals("PACKING_LIST")) {
                compare(rule, doc, invoiceLabels, "quantity", quantity, f.quantity(), tolerance, out);
            }
        }
    }

    private static void compare(CheckRule rule, CheckedFile.Document doc, String invoices, String field, BigDecimal onInvoices,
            BigDecimal onDocument, BigDecimal tolerancePercent, List<Finding> out) {
        if (onInvoices == null || onDocument == null) {
            return;
        }
        BigDecimal larger = onInvoices.abs().max(onDocument.abs());
        BigDecimal allowed = larger.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
        if (onInvoices.subtract(onDocument).abs().compareTo(allowed) > 0) {
            if (tolerancePercent.signum() == 0) {
                out.add(finding(rule, List.of(invoices, doc.label()), List.of(field), "clearance.finding.count-differs",
                        Arg.code("clearance.figures." + field), Arg.number(onInvoices.stripTrailingZeros()), docName(doc),
                        Arg.number(onDocument.stripTrailingZeros())));
                return;
            }
            out.add(finding(rule, List.of(invoices, doc.label()), List.of(field), "clearance.finding.figure-differs",
                    Arg.code("clearance.figures." + field), Arg.number(onInvoices.stripTrailingZeros()), docName(doc),
                    Arg.number(onDocument.stripTrailingZeros()), Arg.literal(rule.param())));
        }
    }

    // ---- parties ----

    private static void partiesAgree(CheckRule rule, CheckedFile file, List<CheckedFile.Document> invoices,
            Map<Long, DocumentFigures> figures, List<Finding> out) {
        for (CheckedFile.Document inv : invoices) {
            for (CheckedFile.Document doc : file.documents()) {
                DocumentFigures f = figures.get(doc.id());
                if (f == null || !TRANSPORT.contains(doc.type())) {
                    continue;
                }
                party(rule, inv, doc, "shipper", inv.invoice().sellerName(), f.shipper(), out);
                party(rule, inv, doc, "consignee", inv.invoice().buyerName(), f.consignee(), out);
            }
        }
    }

    private static void party(CheckRule rule, CheckedFile.Document inv, CheckedFile.Document doc, String field, String onInvoice,
            String onDocument, List<Finding> out) {
        if (onInvoice == null || onInvoice.isBlank() || onDocument == null || onDocument.isBlank()) {
            return;
        }
        if (!sameParty(onInvoice, onDocument)) {
            out.add(finding(rule, List.of(inv.label(), doc.label()), List.of(field), "clearance.finding.party-differs",
                    Arg.code("clearance.figures." + field), docName(doc), Arg.literal(onDocument.strip()), Arg.literal(onInvoice.strip())));
        }
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
            out.add(finding(rule, List.of(doc.label()), List.of("issuedOn"), "clearance.finding.issued-after-arrival", docName(doc),
                    Arg.date(f.issuedOn()), Arg.date(arrival)));
        }
        if (f.validUntil() != null && f.validUntil().isBefore(arrival)) {
            out.add(finding(rule, List.of(doc.label()), List.of("validUntil"), "clearance.finding.expired", docName(doc),
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
                    out.add(finding(rule, List.of(inv.label()), List.of("lines[" + DocumentChecks.index(inv.invoice().lines(), l) + "].tariffCode"),
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
                    String cur = d.invoice().currency() == null ? "" : " " + d.invoice().currency();
                    out.add(finding(rule, List.of(d.label()), List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "].unitPrice"),
                            "clearance.finding.value-implausible", Arg.number(l.lineNumber()),
                            Arg.literal(value.setScale(2, RoundingMode.HALF_UP).toPlainString() + cur + "/" + unit.getKey()),
                            Arg.literal(median.setScale(2, RoundingMode.HALF_UP).toPlainString() + cur + "/" + unit.getKey()),
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

    private static Finding finding(CheckRule rule, List<String> docs, List<String> fields, String code, Arg... args) {
        return new Finding(rule.severity(), rule.id(), docs, fields, MessageText.of(code, args), rule.regulation());
    }
}
