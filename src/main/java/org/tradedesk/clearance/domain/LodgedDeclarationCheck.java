package org.tradedesk.clearance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;

/**
 * The INVOICE_LODGED rule (acceptance review r-t4c F1): the file's newest lodged declaration against its commercial invoices
 * as they are now. Each lodged item names its source (invoice document and line, {@code items[].source}); an invoice line
 * whose amount, quantity, tariff code or origin no longer is what was lodged, a line added to or removed from a declared
 * invoice, gives a finding per line: customs hold the old figures, an amendment built from the current invoices is lodged
 * (it clears the finding: the comparison is then with it). A code is taken to agree when one of the invoice's code (digits
 * only) and the declared one starts with the other (the declaration carries the full statistical code). Nothing is compared
 * when no declaration was lodged, or one lodged before items kept their source.
 */
public final class LodgedDeclarationCheck {

    private LodgedDeclarationCheck() {
    }

    /** {@code lodged}: the items of the newest lodged declaration and its message version; null when none. */
    public record Lodged(int version, List<DeclarationMessage.DeclarationItem> items) {
    }

    public static List<Finding> check(List<CheckRule> rules, CheckedFile file, Lodged lodged) {
        List<Finding> out = new ArrayList<>();
        if (lodged == null || lodged.items().isEmpty()
                || lodged.items().stream().anyMatch(it -> it.source() == null || it.source().documentId() == null)) {
            return out;
        }
        Map<Long, Map<Integer, DeclarationMessage.DeclarationItem>> bySource = new HashMap<>();
        lodged.items().forEach(it -> bySource.computeIfAbsent(it.source().documentId(), k -> new java.util.LinkedHashMap<>())
                .put(it.source().line(), it));
        for (CheckRule rule : rules) {
            if (rule.kind() != CheckRule.Kind.INVOICE_LODGED || !rule.jurisdiction().equals(file.jurisdiction())) {
                continue;
            }
            for (CheckedFile.Document d : file.documents()) {
                Map<Integer, DeclarationMessage.DeclarationItem> items = bySource.get(d.id());
                if (items == null || d.invoice() == null || !DocumentChecks.INVOICE.equals(d.type())) {
                    continue;
                }
                Map<Integer, CapturedInvoice.CapturedLine> lines = new java.util.LinkedHashMap<>();
                d.invoice().lines().forEach(l -> lines.put(l.lineNumber(), l));
                for (CapturedInvoice.CapturedLine l : lines.values()) {
                    DeclarationMessage.DeclarationItem it = items.get(l.lineNumber());
                    String field = "lines[" + DocumentChecks.index(d.invoice().lines(), l) + "]";
                    if (it == null) {
                        out.add(finding(rule, d, field, "clearance.finding.invoice-lodged-line-added", DocumentNames.of(d),
                                Arg.number(l.lineNumber()), Arg.number(lodged.version())));
                        continue;
                    }
                    // T4 review (t4fixT 1): "it declares the amount 7700, the invoice now says 8000" had no currency and no grouping:
                    // the amounts are money in the invoice's currency, the quantities grouped numbers with the line's unit
                    String currency = d.invoice().currency();
                    if (!java.util.Objects.equals(number(it.invoiceAmount()), number(l.amount())) && it.invoiceAmount() != null) {
                        out.add(differsFinding(rule, d, field + ".amount", l, lodged.version(), "amount",
                                amountArg(it.invoiceAmount(), currency), l.amount() == null ? Arg.literal("—") : amountArg(l.amount(), currency)));
                    }
                    if (!java.util.Objects.equals(number(it.quantity()), number(l.quantity())) && it.quantity() != null) {
                        out.add(differsFinding(rule, d, field + ".quantity", l, lodged.version(), "quantity",
                                quantityArg(it.quantity(), l.unitCode()), l.quantity() == null ? Arg.literal("—") : quantityArg(l.quantity(), l.unitCode())));
                    }
                    String code = digits(l.tariffCode());
                    String declared = digits(it.tariffCode()) + (it.statisticalCode() == null ? "" : digits(it.statisticalCode()));
                    if (!code.isEmpty() && !declared.isEmpty() && !code.startsWith(declared) && !declared.startsWith(code)) {
                        differs(rule, d, field, l, lodged.version(), "tariffCode", declared, code, out);
                    }
                    differs(rule, d, field, l, lodged.version(), "originCountry", upper(it.originCountry()), upper(l.originCountry()),
                            out);
                }
                items.keySet().stream().filter(n -> !lines.containsKey(n)).forEach(n -> out.add(finding(rule, d, "lines",
                        "clearance.finding.invoice-lodged-line-removed", DocumentNames.of(d), Arg.number(n),
                        Arg.number(lodged.version()))));
            }
        }
        return out;
    }

    private static void differs(CheckRule rule, CheckedFile.Document d, String field, CapturedInvoice.CapturedLine l, int version,
            String name, String declared, String now, List<Finding> out) {
        if (declared == null || declared.equals(now)) {
            return;
        }
        out.add(finding(rule, d, field + "." + name, "clearance.finding.invoice-lodged-differs", DocumentNames.of(d),
                Arg.number(l.lineNumber()), Arg.number(version), Arg.code("clearance.invoice.field." + name), Arg.literal(declared),
                Arg.literal(now == null ? "—" : now)));
    }

    private static Finding differsFinding(CheckRule rule, CheckedFile.Document d, String field, CapturedInvoice.CapturedLine l,
            int version, String name, Arg declared, Arg now) {
        return finding(rule, d, field, "clearance.finding.invoice-lodged-differs", DocumentNames.of(d), Arg.number(l.lineNumber()),
                Arg.number(version), Arg.code("clearance.invoice.field." + name), declared, now);
    }

    /** An invoice amount with its currency (printed to the currency's ISO scale, grouped); without a currency, a grouped number. */
    private static Arg amountArg(BigDecimal amount, String currency) {
        return MoneyCodes.amount(amount, currency);
    }

    /** A grouped quantity with the line's unit in the reader's words, when it has one ("1,200 litres", 「1,200 公升」; t4fixW). */
    private static Arg quantityArg(BigDecimal quantity, String unit) {
        Arg n = Arg.number(quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros());
        return unit == null || unit.isBlank() ? n
                : UnitLabels.quantity(n, quantity, unit); // "1 piece", not "1 pieces" (t4fixAF 1)
    }

    private static Finding finding(CheckRule rule, CheckedFile.Document d, String field, String code, Arg... args) {
        return new Finding(rule.severity(), rule.id(), List.of(d.ref()), List.of(field), MessageText.of(code, args),
                rule.regulation());
    }

    private static String number(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String digits(String code) {
        return code == null ? "" : code.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
