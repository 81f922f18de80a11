package org.tradedesk.clearance.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.tradedesk.clearance.domain.CheckRule.Kind;
import org.tradedesk.clearance.domain.CheckedFile.Document;
import org.tradedesk.clearance.domain.Finding.Severity;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The document checks of a clearance file (P4.1.2), rules held as data ({@code clearance/checks.tsv}: jurisdiction,
 * rule id, kind, when, param, severity, regulation). {@code when} is {@code *} (always), {@code mode=SEA},
 * {@code direction=IMPORT}, {@code preference} (a tariff preference is claimed on the file) or {@code dg} (a line
 * has a UN number). Findings come in the order of the rules, then of the documents and lines.
 */
public final class DocumentChecks {

    public static final String INVOICE = "COMMERCIAL_INVOICE";

    private final List<CheckRule> rules;

    public DocumentChecks(List<CheckRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<CheckRule> rules(String jurisdiction) {
        return rules.stream().filter(r -> r.jurisdiction().equals(jurisdiction)).toList();
    }

    /** Reads the TSV; a bad row stops the start-up naming its line. */
    public static DocumentChecks read(InputStream in) throws IOException {
        List<CheckRule> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String row;
        int n = 0;
        boolean header = true;
        while ((row = reader.readLine()) != null) {
            n++;
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] c = row.split("\t", -1);
            if (c.length != 7) {
                throw new IllegalStateException("checks.tsv line " + n + ": 7 columns expected, found " + c.length);
            }
            try {
                out.add(new CheckRule(c[0].strip(), c[1].strip(), Kind.valueOf(c[2].strip()), c[3].strip(), c[4].strip(),
                        Severity.valueOf(c[5].strip()), c[6].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("checks.tsv line " + n + ": " + e.getMessage(), e);
            }
        }
        out.stream().filter(r -> r.kind() == Kind.DATES_IN_ORDER).forEach(DocumentChecks::order);
        return new DocumentChecks(out);
    }

    public List<Finding> check(CheckedFile file, TariffValidity tariff) {
        List<Finding> out = new ArrayList<>();
        List<Document> invoices = file.documents().stream().filter(d -> INVOICE.equals(d.type()) && d.invoice() != null).toList();
        for (CheckRule rule : rules(file.jurisdiction())) {
            if (!applies(rule.when(), file, invoices)) {
                continue;
            }
            switch (rule.kind()) {
                case DOCUMENT -> {
                    if (file.documents().stream().noneMatch(d -> d.type().equals(rule.param()))) {
                        out.add(finding(rule, List.of(), List.of(), "clearance.finding.document-missing",
                                Arg.code("clearance.document.type." + rule.param())));
                    }
                }
                case INVOICE_FIELD -> invoices.forEach(d -> {
                    if (blank(invoiceField(d.invoice(), rule.param()))) {
                        out.add(finding(rule, List.of(d.ref()), List.of(rule.param()), "clearance.finding.field-missing",
                                Arg.code("clearance.invoice.field." + rule.param()), named(d)));
                    }
                });
                case LINE_FIELD -> invoices.forEach(d -> d.invoice().lines().forEach(l -> {
                    if (blank(lineField(l, rule.param()))) {
                        out.add(finding(rule, List.of(d.ref()), List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "]." + rule.param()),
                                "clearance.finding.line-field-missing", Arg.code("clearance.invoice.field." + rule.param()),
                                Arg.number(l.lineNumber()), named(d)));
                    }
                }));
                case INCOTERM_AGREES -> invoices.forEach(d -> {
                    String on = d.invoice().incoterm();
                    if (!blank(on) && file.incoterm() != null && !on.strip().equalsIgnoreCase(file.incoterm())) {
                        out.add(finding(rule, List.of(d.ref()), List.of("incoterm"), "clearance.finding.incoterm-differs",
                                named(d), Arg.literal(on), Arg.literal(file.incoterm())));
                    }
                });
                case CURRENCY_AGREES -> {
                    // one declaration carries one invoice currency (TW N5135 GoodsShipment/CurrencyExchange 0..1 with one
                    // CurrencyTypeCode; AU CUSDEC one CUX+2 with one rate; the WCO header CurrencyExchange): the invoices it
                    // covers must agree — each is named with its currency
                    List<Document> covered = declared(invoices);
                    Set<String> currencies = new LinkedHashSet<>();
                    covered.stream().map(d -> d.invoice().currency()).filter(c -> !blank(c))
                            .forEach(c -> currencies.add(c.strip().toUpperCase(Locale.ROOT)));
                    if (currencies.size() > 1) {
                        List<Document> named = covered.stream().filter(d -> !blank(d.invoice().currency())).toList();
                        out.add(finding(rule, named.stream().map(Document::ref).toList(), List.of("currency"),
                                "clearance.finding.invoice-currencies-differ", valueList(named, d -> d.invoice().currency()),
                                Arg.literal(String.join(", ", currencies))));
                    }
                }
                case INCOTERMS_AGREE -> {
                    // the invoices one declaration covers are valued under one Incoterm (its valuation basis and the freight
                    // and insurance added or deducted): invoices on different terms cannot be declared together as they are
                    List<Document> covered = declared(invoices);
                    Set<String> terms = new LinkedHashSet<>();
                    covered.stream().map(d -> d.invoice().incoterm()).filter(c -> !blank(c))
                            .forEach(c -> terms.add(c.strip().toUpperCase(Locale.ROOT)));
                    if (terms.size() > 1) {
                        List<Document> named = covered.stream().filter(d -> !blank(d.invoice().incoterm())).toList();
                        out.add(finding(rule, named.stream().map(Document::ref).toList(), List.of("incoterm"),
                                "clearance.finding.invoice-incoterms-differ", valueList(named, d -> d.invoice().incoterm())));
                    }
                }
                case TOTAL_AGREES -> invoices.forEach(d -> total(rule, d, out));
                case TARIFF_CODE_VALID -> invoices.forEach(d -> d.invoice().lines().forEach(l -> {
                    if (blank(l.tariffCode())) {
                        return;
                    }
                    LocalDate on = file.arrivalDate() != null ? file.arrivalDate() : d.invoice().issueDate();
                    if (on == null) {
                        return;
                    }
                    TariffValidity.Answer a = tariff.check(file.jurisdiction(), l.tariffCode().strip(), on);
                    String code = switch (a) {
                        case CURRENT -> null;
                        case NOT_IN_FORCE -> "clearance.finding.tariff-not-in-force";
                        case UNKNOWN -> "clearance.finding.tariff-unknown";
                        case NO_DATA -> "clearance.finding.tariff-no-data";
                    };
                    if (code != null) {
                        Finding f = finding(rule, List.of(d.ref()), List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "].tariffCode"), code,
                                Arg.literal(l.tariffCode().strip()), Arg.number(l.lineNumber()), Arg.date(on),
                                Arg.country(file.jurisdiction()), named(d)); // the invoice named, as other findings (r-t4c F5)
                        out.add(a == TariffValidity.Answer.NO_DATA
                                ? new Finding(Severity.INFO, f.rule(), f.documents(), f.fields(), f.message(), f.regulation()) : f);
                    }
                }));
                case DATES_IN_ORDER -> datesInOrder(rule, file, invoices, out);
                case INVOICE_UNIQUE -> unique(rule, file, invoices, out);
                case INVOICE_HAS_LINES -> invoices.stream().filter(d -> d.invoice().lines().isEmpty()).forEach(d ->
                        out.add(finding(rule, List.of(d.ref()), List.of(), "clearance.finding.invoice-no-lines", named(d),
                                d.invoice().totalAmount() == null ? Arg.code("clearance.finding.invoice-no-lines.no-total")
                                        : MoneyCodes.amount(d.invoice().totalAmount(), d.invoice().currency()))));
                case INVOICE_CONFIRMED -> invoices.stream().filter(d -> d.invoice().needsConfirmation()).forEach(d ->
                        out.add(finding(rule, List.of(d.ref()), List.of(), "clearance.finding.invoice-unconfirmed", named(d),
                                DocumentNames.captureFormat(d.invoice().format()))));
                case INVOICE_DECLARED -> declared(rule, file, invoices, out);
                case ORIGIN_VALID -> invoices.forEach(d -> d.invoice().lines().forEach(l -> {
                    if (!blank(l.originCountry()) && !ISO.contains(l.originCountry().strip().toUpperCase(Locale.ROOT))) {
                        out.add(finding(rule, List.of(d.ref()), List.of("lines[" + DocumentChecks.index(d.invoice().lines(), l) + "].originCountry"),
                                "clearance.finding.origin-invalid", Arg.literal(l.originCountry()), Arg.number(l.lineNumber())));
                    }
                }));
            }
        }
        return out;
    }

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    private static final java.util.regex.Pattern ORDER = java.util.regex.Pattern.compile(
            "(invoice|today|transport|arrival|declaration)<=(invoice|today|transport|arrival|declaration)(?:\\+(\\d{1,4}))?");

    /** The param of a DATES_IN_ORDER rule, checked when the rules are read. */
    static java.util.regex.Matcher order(CheckRule rule) {
        java.util.regex.Matcher m = ORDER.matcher(rule.param());
        if (!m.matches()) {
            throw new IllegalStateException("checks.tsv rule " + rule.id() + ": DATES_IN_ORDER param is left<=right[+days], not " + rule.param());
        }
        return m;
    }

    /**
     * "Dates in order" (issue 8, validity): for each invoice when a side is {@code invoice}, else once for the file. The
     * finding names the document (an invoice) or the file's field ({@code declarationDate}), both dates and the allowance.
     */
    private static void datesInOrder(CheckRule rule, CheckedFile file, List<Document> invoices, List<Finding> out) {
        java.util.regex.Matcher m = order(rule);
        String left = m.group(1);
        String right = m.group(2);
        int allowance = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        boolean perInvoice = left.equals("invoice") || right.equals("invoice");
        for (Document d : perInvoice ? invoices : java.util.Collections.<Document>singletonList(null)) {
            LocalDate a = date(left, file, d);
            LocalDate b = date(right, file, d);
            if (a == null || b == null || !a.isAfter(b.plusDays(allowance))) {
                continue;
            }
            String field = left.equals("invoice") || right.equals("invoice") ? "issueDate"
                    : left.equals("declaration") || right.equals("declaration") ? "declarationDate" : "arrivalDate";
            Arg transport = Arg.code(file.documents().stream().anyMatch(x -> TRANSPORT.contains(x.type()) && x.issuedOn() != null)
                    ? "clearance.finding.dates.transport-document" : "clearance.finding.dates.arrival");
            out.add(finding(rule, d == null ? List.of() : List.of(d.ref()), List.of(field), "clearance.finding." + rule.id(),
                    d == null ? Arg.literal("") : named(d), Arg.date(a), Arg.date(b), Arg.number(allowance), transport));
        }
    }

    private static final Set<String> TRANSPORT = Set.of("BILL_OF_LADING", "AIR_WAYBILL");

    private static LocalDate date(String term, CheckedFile file, Document invoice) {
        return switch (term) {
            case "invoice" -> invoice == null ? null : invoice.invoice().issueDate();
            case "today" -> file.today();
            case "arrival" -> file.arrivalDate();
            case "declaration" -> file.declarationDate();
            case "transport" -> file.documents().stream().filter(x -> TRANSPORT.contains(x.type()) && x.issuedOn() != null)
                    .map(Document::issuedOn).min(LocalDate::compareTo).orElse(file.arrivalDate());
            default -> throw new IllegalStateException(term);
        };
    }

    /**
     * The same commercial invoice twice: {@code param} {@code file} compares the file's invoices with each other (uploaded
     * and typed again, or captured twice), {@code client} with the invoices of the client's other open files. Two
     * invoices are the same when their files have one SHA-256, or when both have a number and a seller and these agree
     * (case, spaces and punctuation of the number ignored; the seller's case and spaces ignored).
     */
    private static void unique(CheckRule rule, CheckedFile file, List<Document> invoices, List<Finding> out) {
        List<Document> all = file.documents().stream().filter(d -> INVOICE.equals(d.type())).toList();
        if ("file".equals(rule.param())) {
            Set<Long> reported = new java.util.HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                Document a = all.get(i);
                for (int j = i + 1; j < all.size(); j++) {
                    Document b = all.get(j);
                    if (reported.contains(b.id())) {
                        continue;
                    }
                    boolean sameFile = sameFile(a.sha256(), b.sha256());
                    if (sameFile || sameInvoice(a.invoice(), b.invoice())) {
                        reported.add(b.id());
                        out.add(finding(rule, List.of(a.ref(), b.ref()), List.of(sameFile ? "sha256" : "invoiceNumber"),
                                sameFile ? "clearance.finding.invoice-twice-file" : "clearance.finding.invoice-twice",
                                DocumentNames.distinct(b), DocumentNames.distinct(a)));
                    }
                }
            }
        } else if ("client".equals(rule.param())) {
            for (Document d : all) {
                List<String> elsewhere = file.otherFiles().stream()
                        .filter(o -> sameFile(d.sha256(), o.sha256()) || (d.invoice() != null
                                && sameKey(d.invoice().invoiceNumber(), d.invoice().sellerName(), o.invoiceNumber(), o.sellerName())))
                        .map(CheckedFile.OtherInvoice::fileReference).distinct().sorted().toList();
                if (!elsewhere.isEmpty()) {
                    out.add(finding(rule, List.of(d.ref()), List.of("invoiceNumber"),
                            elsewhere.size() == 1 ? "clearance.finding.invoice-elsewhere" : "clearance.finding.invoice-elsewhere-many",
                            named(d), Arg.literal(String.join(", ", elsewhere))));
                }
            }
        } else {
            throw new IllegalStateException("checks.tsv: INVOICE_UNIQUE takes file or client, not " + rule.param());
        }
    }

    /**
     * The commercial invoices a declaration of the file covers ({@code DeclarationBuilding.declaredInvoices} asks this), in the file's
     * order: every invoice with lines that a person has confirmed — or, when none is confirmed yet, every invoice with lines
     * (the {@code invoice.confirmed} ERROR then blocks lodging) — except a copy of one already taken, as the duplicate-invoice
     * check ({@code INVOICE_UNIQUE file}) identifies copies: the same file SHA-256, or the same invoice number and seller. One
     * shipment's genuine invoices are one declaration's items (issue 8: two invoices, one declaration). {@code invoices}
     * null for a document of which nothing was captured; {@code sha256} the documents' checksums (null when typed).
     */
    public static List<Integer> declaredInvoices(List<CapturedInvoice> invoices, List<String> sha256) {
        boolean anyConfirmed = false;
        for (CapturedInvoice c : invoices) {
            anyConfirmed |= c != null && !c.lines().isEmpty() && !c.needsConfirmation();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            CapturedInvoice c = invoices.get(i);
            if (c == null || c.lines().isEmpty() || (anyConfirmed && c.needsConfirmation())) {
                continue;
            }
            boolean copy = false;
            for (int j : out) {
                copy |= sameFile(sha256.get(i), sha256.get(j)) || sameInvoice(c, invoices.get(j));
            }
            if (!copy) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The packages the declared invoices give together (T4 R4: one helper for the declaration's header and the figures
     * check): their sum, or null when one of them gives none (a partial sum would mislead).
     */
    public static java.math.BigDecimal invoicesPackages(List<CapturedInvoice> declared) {
        return declaredSum(declared, c -> c.packages() == null ? null : java.math.BigDecimal.valueOf(c.packages()));
    }

    /** The gross mass the declared invoices give together: each its own figure, else its lines' sum; null when one lacks it. */
    public static java.math.BigDecimal invoicesGrossMass(List<CapturedInvoice> declared) {
        return declaredSum(declared, c -> c.grossMassKg() != null ? c.grossMassKg() : linesSum(c, CapturedInvoice.CapturedLine::grossMassKg));
    }

    /** The sum of {@code f} over the invoices, or null when one gives none (or there are none). */
    public static java.math.BigDecimal declaredSum(List<CapturedInvoice> declared, java.util.function.Function<CapturedInvoice, java.math.BigDecimal> f) {
        if (declared.isEmpty()) {
            return null;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (CapturedInvoice c : declared) {
            java.math.BigDecimal v = f.apply(c);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /** The sum over an invoice's lines, or null when a line lacks the figure or it has none. */
    public static java.math.BigDecimal linesSum(CapturedInvoice inv, java.util.function.Function<CapturedInvoice.CapturedLine, java.math.BigDecimal> f) {
        if (inv.lines().isEmpty()) {
            return null;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (CapturedInvoice.CapturedLine l : inv.lines()) {
            java.math.BigDecimal v = f.apply(l);
            if (v == null) {
                return null;
            }
            sum = sum.add(v);
        }
        return sum;
    }

    /**
     * The invoices the declaration covers ({@link #declaredInvoices}) among the file's captured invoices, in the file's order.
     */
    static List<Document> declared(List<Document> invoices) {
        List<Integer> at = declaredInvoices(invoices.stream().map(Document::invoice).toList(),
                invoices.stream().map(Document::sha256).toList());
        return at.stream().map(invoices::get).toList();
    }

    /**
     * A confirmed commercial invoice with lines — no copy of a declared one (the duplicate check names those), not one still
     * to confirm (the {@code invoice.confirmed} ERROR names those) — that the file's newest declaration has no items from
     * ({@link CheckedFile#declaredDocuments}: added, or confirmed, after it was built): its goods are not on that declaration.
     * The declaration covers every such invoice once rebuilt; no declaration yet, nothing is left out. An invoice the
     * declaration has items from but corrected since it was built ({@link CheckedFile#correctedDocuments}) is named too.
     */
    private static void declared(CheckRule rule, CheckedFile file, List<Document> invoices, List<Finding> out) {
        if (file.declaredDocuments() == null) {
            return;
        }
        for (Document d : declared(invoices)) {
            if (!d.invoice().needsConfirmation() && !file.declaredDocuments().contains(d.id())) {
                out.add(finding(rule, List.of(d.ref()), List.of(), "clearance.finding.invoice-not-in-draft", named(d)));
            } else if (file.correctedDocuments().contains(d.id())) {
                // corrected after the draft (same document, version up): the declaration carries what it said before
                out.add(finding(rule, List.of(d.ref()), List.of(), "clearance.finding.invoice-corrected-after-draft", named(d)));
            }
        }
    }

    private static boolean sameFile(String a, String b) {
        return a != null && !a.isBlank() && a.equalsIgnoreCase(b);
    }

    private static boolean sameInvoice(CapturedInvoice a, CapturedInvoice b) {
        return a != null && b != null && sameKey(a.invoiceNumber(), a.sellerName(), b.invoiceNumber(), b.sellerName());
    }

    static boolean sameKey(String numberA, String sellerA, String numberB, String sellerB) {
        String na = invoiceNumber(numberA);
        String sa = seller(sellerA);
        return !na.isEmpty() && !sa.isEmpty() && na.equals(invoiceNumber(numberB)) && sa.equals(seller(sellerB));
    }

    private static String invoiceNumber(String n) {
        return n == null ? "" : n.replaceAll("[\\s\\-_./]", "").toUpperCase(Locale.ROOT);
    }

    private static String seller(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void total(CheckRule rule, Document d, List<Finding> out) {
        CapturedInvoice inv = d.invoice();
        if (inv.totalAmount() == null || inv.lines().isEmpty() || inv.lines().stream().anyMatch(l -> l.amount() == null)) {
            return;
        }
        BigDecimal sum = inv.lines().stream().map(CapturedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = inv.totalAmount().abs().multiply(new BigDecimal(rule.param()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (inv.totalAmount().subtract(sum).abs().compareTo(tolerance) > 0) {
            String cur = inv.currency() == null ? "" : inv.currency();
            out.add(finding(rule, List.of(d.ref()), List.of("totalAmount"), "clearance.finding.total-differs",
                    named(d), MoneyCodes.amount(inv.totalAmount(), cur), MoneyCodes.amount(sum, cur), Arg.literal(rule.param())));
        }
    }

    private static boolean applies(String when, CheckedFile file, List<Document> invoices) {
        if (when.equals("*")) {
            return true;
        }
        if (when.startsWith("mode=")) {
            return when.substring(5).equals(file.mode());
        }
        if (when.startsWith("direction=")) {
            return when.substring(10).equals(file.direction());
        }
        if (when.equals("dg")) {
            return lines(invoices).anyMatch(l -> !blank(l.unNumber()));
        }
        if (when.equals("preference")) {
            // proof of origin is needed for a preference claimed, not because the goods come from elsewhere than the
            // seller: a file declared at the general (MFN) rate needs no certificate (review of issue 8)
            return file.preferenceClaimed();
        }
        throw new IllegalStateException("checks.tsv: unknown condition " + when);
    }

    private static java.util.stream.Stream<CapturedLine> lines(List<Document> invoices) {
        return invoices.stream().flatMap(d -> d.invoice().lines().stream());
    }

    /**
     * The documents each with a value of its own ("Commercial invoice INV-1 (USD), commercial invoice INV-2 (EUR)"), as one
     * argument in the reader's language: {@code clearance.finding.document-value} joined by {@code clearance.finding.list}.
     */
    static Arg valueList(List<Document> docs, Function<Document, String> value) {
        Arg list = null;
        for (int i = docs.size() - 1; i >= 0; i--) {
            Arg one = Arg.message(MessageText.of("clearance.finding.document-value", named(docs.get(i)),
                    Arg.literal(value.apply(docs.get(i)).strip().toUpperCase(Locale.ROOT))));
            list = list == null ? one : Arg.message(MessageText.of("clearance.finding.list", one, list));
        }
        return list == null ? Arg.literal("") : list;
    }

    /** The document as the client reads it: its type, own number and date ({@link DocumentNames}), never our id. */
    private static Arg named(Document d) {
        return DocumentNames.of(d);
    }

    private static Finding finding(CheckRule rule, List<? extends FindingDocument> docs, List<String> fields, String code, Arg... args) {
        return new Finding(rule.severity(), rule.id(), List.<FindingDocument>copyOf(docs), fields, MessageText.of(code, args), rule.regulation());
    }

    private static Object invoiceField(CapturedInvoice i, String field) {
        Function<CapturedInvoice, Object> f = switch (field) {
            case "invoiceNumber" -> CapturedInvoice::invoiceNumber;
            case "issueDate" -> CapturedInvoice::issueDate;
            case "currency" -> CapturedInvoice::currency;
            case "incoterm" -> CapturedInvoice::incoterm;
            case "sellerName" -> CapturedInvoice::sellerName;
            case "sellerCountry" -> CapturedInvoice::sellerCountry;
            case "totalAmount" -> CapturedInvoice::totalAmount;
            default -> throw new IllegalStateException("checks.tsv: unknown invoice field " + field);
        };
        return f.apply(i);
    }

    private static Object lineField(CapturedLine l, String field) {
        return switch (field) {
            case "tariffCode" -> l.tariffCode();
            case "originCountry" -> l.originCountry();
            case "quantity" -> l.quantity();
            case "description" -> l.description();
            case "amount" -> l.amount();
            default -> throw new IllegalStateException("checks.tsv: unknown line field " + field);
        };
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || Objects.equals(value, "");
    }

    /**
     * A line's position in its invoice, 0-based as the JSON's {@code lines[]} (review t4 #11: findings named
     * {@code lines[1]} for the first line while capture errors named {@code lines[0]}); the text says 第 1 項 / line 1.
     */
    static int index(List<?> lines, Object line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == line) {
                return i;
            }
        }
        return lines.indexOf(line);
    }
}
