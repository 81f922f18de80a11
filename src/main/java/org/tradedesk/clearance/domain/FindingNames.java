package org.tradedesk.clearance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * A {@link Finding}'s rule, documents and fields named in the reader's language (acceptance review of issue 8: the findings
 * XLSX and the PDF summary showed the client {@code COMMERCIAL_INVOICE#6}, {@code cross.figures} and {@code grossMassKg}).
 * The names are the bundles' own, the ones the pages and the findings' sentences already use: the rule's title
 * ({@code clearance.check.rule.*}), the document type ({@code clearance.document.type.*}) with its number in the file
 * as {@link DocumentNames#reference} names it, the field as the figures page
 * ({@code clearance.figures.*}), the invoice form ({@code clearance.invoice.field.*}) or the file form
 * ({@code clearance.field.*}) label it. A name none of them knows stays as it is.
 */
public final class FindingNames {

    private FindingNames() {
    }

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    /** The figures captured from a transport document, a certificate or a permit (the figures page's labels). */
    private static final Set<String> FIGURES = Set.of("packages", "grossMassKg", "netMassKg", "shipper", "consignee", "issuedOn",
            "validUntil", "tariffCodes");
    /** The fields of a captured invoice and its lines (the invoice form's labels). */
    private static final Set<String> INVOICE = Set.of("invoiceNumber", "issueDate", "currency", "incoterm", "sellerName",
            "sellerCountry", "totalAmount", "tariffCode", "originCountry", "quantity", "description", "amount", "unitPrice", "sha256");
    /** The dates of the file (the file form's labels). */
    private static final Set<String> FILE = Set.of("arrivalDate", "declarationDate");

    /** The rule's title ("Document figures agree" / 「各文件數字相符」). */
    public static MessageText rule(String id) {
        return MessageText.of("clearance.check.rule." + id);
    }

    /**
     * A text stored before the rule was named by its title (review R5: 「規則 cross.figures 之錯誤」) read with it: the
     * argument at {@code index}, when it is the rule's id as a literal, becomes the rule's title; any other text is returned
     * as it is.
     */
    public static MessageText withRuleNamed(MessageText text, int index) {
        if (text == null || text.args().size() <= index) {
            return text;
        }
        Arg arg = text.args().get(index);
        if (arg.kind() != MessageText.Kind.LITERAL || arg.value() == null || !arg.value().matches("[a-z]+(\\.[a-z-]+)+")) {
            return text;
        }
        List<Arg> args = new ArrayList<>(text.args());
        args.set(index, Arg.message(rule(arg.value())));
        return new MessageText(text.code(), args);
    }

    /**
     * A document of a finding (one, or the file's invoices a check compares together) as the user knows it
     * ({@link DocumentNames#reference}: "Commercial invoice INV-2024-001", "Packing list (2nd document of the file)"), never
     * by its id; a document not among {@code documents} (the file's, by id) by its kind alone.
     */
    public static Arg document(FindingDocument entry, Map<DocumentId, CheckedFile.Document> documents) {
        List<Arg> named = new ArrayList<>();
        for (FindingDocument.DocumentRef one : entry.documents()) {
            CheckedFile.Document d = documents == null ? null : documents.get(one.id());
            named.add(Arg.message(d != null ? DocumentNames.reference(d) : DocumentNames.reference(one.kind(), null, 0)));
        }
        return joined(named);
    }

    /**
     * A field of a finding: {@code grossMassKg} as "gross mass (kg)" / 「毛重（公斤）」; {@code lines[2].tariffCode} as the line
     * of the invoice with its own line number when the document is known ({@code lines}: the invoice's line numbers by
     * index), else its position.
     */
    public static Arg field(String field, List<Integer> lines) {
        Matcher m = LINE_FIELD.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            int number = lines != null && index < lines.size() && lines.get(index) != null ? lines.get(index) : index + 1;
            return Arg.message(MessageText.of("clearance.finding.field.line", Arg.literal(String.valueOf(number)), field(m.group(2), null)));
        }
        if (FIGURES.contains(field)) {
            return Arg.code("clearance.figures." + field);
        }
        if (INVOICE.contains(field)) {
            return Arg.code("clearance.invoice.field." + field);
        }
        if (FILE.contains(field)) {
            return Arg.code("clearance.field." + field);
        }
        return Arg.literal(field);
    }

    /**
     * Where the finding is: its documents, then its fields ("Commercial invoice (document 6 of the file), Bill of lading
     * (document 7 of the file) · gross mass (kg)"); {@code documents} the file's documents by id, for the invoices'
     * own line numbers (may be empty).
     */
    public static MessageText where(Finding f, Map<DocumentId, CheckedFile.Document> documents) {
        List<Integer> lines = null;
        if (f.documents().size() == 1 && f.documents().get(0) instanceof FindingDocument.DocumentRef ref && documents != null) {
            CheckedFile.Document d = documents.get(ref.id());
            if (d != null && d.invoice() != null) {
                lines = d.invoice().lines().stream().map(l -> l.lineNumber()).toList();
            }
        }
        List<Arg> docs = f.documents().stream().map(entry -> document(entry, documents)).toList();
        List<Integer> numbers = lines;
        List<Arg> fields = f.fields().stream().map(x -> field(x, numbers)).toList();
        if (fields.isEmpty()) {
            return MessageText.of("clearance.finding.where.documents", docs.isEmpty() ? Arg.literal("") : joined(docs));
        }
        if (docs.isEmpty()) {
            return MessageText.of("clearance.finding.where.documents", joined(fields));
        }
        return MessageText.of("clearance.finding.where", joined(docs), joined(fields));
    }

    /** "a, b, c" / 「a、b、c」: joined two by two in the reader's language. */
    private static Arg joined(List<Arg> parts) {
        if (parts.isEmpty()) {
            return Arg.literal("");
        }
        Arg out = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            out = Arg.message(MessageText.of("clearance.query.item.list", parts.get(i), out));
        }
        return out;
    }
}
