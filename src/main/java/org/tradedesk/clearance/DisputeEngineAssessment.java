package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tradedesk.clearance.DisputeAssessment.Asked;
import org.tradedesk.clearance.DisputeAssessment.LineChange;
import org.tradedesk.clearance.DisputeAssessment.Side;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;

/**
 * A dispute's financial effect from the tax engine: the file's captured invoice run twice through the request the
 * declaration builds ({@link DeclarationBuilding#taxRequest}, as alternatives are costed in {@link AlternativeEngineCosting}),
 * once with the lines as declared and once as customs assessed them, and the difference per tax. No tax is computed here:
 * every figure is the engine's. Plain Java: the engine comes in as a function.
 */
final class DisputeEngineAssessment {

    private DisputeEngineAssessment() {
    }

    static DisputeAssessment compute(TransactionView view, Asked asked, Function<TaxRequest, TaxResult> engine, LocalDate date,
            Instant now) {
        CapturedInvoice invoice = DeclarationBuilding.invoice(view);
        if (invoice == null) {
            throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.no-invoice",
                    "transaction " + view.id() + " has no commercial invoice with captured lines for the engine to compute from");
        }
        if (invoice.currency() == null) {
            throw new ClearanceInputInvalid("lines", "clearance.declaration.no-currency", "the invoice gives no currency");
        }
        if (DeclarationBuilding.incoterm(view, invoice) == null) {
            throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.no-incoterm",
                    "neither the file nor the invoice gives an Incoterm: the engine cannot value the goods");
        }
        if (asked.lines() == null || asked.lines().isEmpty()) {
            throw new ClearanceInputInvalid("lines", "clearance.field.required", "lines is required", "lines");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < asked.lines().size(); i++) {
            LineChange l = asked.lines().get(i);
            String at = "lines[" + i + "]";
            if (l == null || invoice.lines().stream().noneMatch(c -> c.lineNumber() == l.line())) {
                throw new ClearanceInputInvalid(at + ".line", "clearance.alternative.engine.line-unknown",
                        "the invoice has no line " + (l == null ? null : l.line()), String.valueOf(l == null ? null : l.line()));
            }
            if (!seen.add(l.line())) {
                throw new ClearanceInputInvalid(at + ".line", "clearance.dispute.assessment.line-twice",
                        "invoice line " + l.line() + " is given twice", String.valueOf(l.line()));
            }
            value(at + ".declared.value", l.declared());
            value(at + ".assessed.value", l.assessed());
            if (same(l.declared(), l.assessed())) {
                throw new ClearanceInputInvalid(at + ".assessed", "clearance.dispute.assessment.no-change",
                        "invoice line " + l.line() + ": customs' assessment is the same as the declaration", String.valueOf(l.line()));
            }
        }
        for (int i = 0; i < invoice.lines().size(); i++) {
            if (invoice.lines().get(i).amount() == null) {
                int number = invoice.lines().get(i).lineNumber();
                throw new ClearanceInputInvalid("lines", "clearance.field.required", "invoice line " + number + " has no amount",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"clearance.alternative.engine.line-amount"}, new Object[] {number},
                                "amount of invoice line " + number));
            }
        }
        TaxResult declared = complete(applied(engine, request(view, invoice, asked, true, date), invoice, asked, "declared"));
        TaxResult assessed = complete(applied(engine, request(view, invoice, asked, false, date), invoice, asked, "assessed"));
        Map<String, TaxResult.TaxTotal> before = collected(declared);
        Map<String, TaxResult.TaxTotal> after = collected(assessed);
        List<String> codes = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(c -> !before.containsKey(c)).forEach(codes::add);
        List<DisputeAssessment.TaxDifference> taxes = new ArrayList<>();
        for (String code : codes) {
            TaxResult.TaxTotal d = before.get(code);
            TaxResult.TaxTotal a = after.get(code);
            BigDecimal dAmount = d == null ? BigDecimal.ZERO : d.amount();
            BigDecimal aAmount = a == null ? BigDecimal.ZERO : a.amount();
            taxes.add(new DisputeAssessment.TaxDifference(code, (a != null ? a : d).label(), d == null ? null : d.base(),
                    d == null ? null : d.rate(), dAmount, a == null ? null : a.base(), a == null ? null : a.rate(), aAmount,
                    aAmount.subtract(dAmount)));
        }
        BigDecimal declaredTotal = declared.total();
        BigDecimal assessedTotal = assessed.total();
        return new DisputeAssessment(view.details().jurisdiction().name(), assessed.currency(), assessed.date(), now,
                List.copyOf(asked.lines()), taxes, declaredTotal, assessedTotal, assessedTotal.subtract(declaredTotal),
                AlternativeEngineCosting.dataVersions(declared), AlternativeEngineCosting.dataVersions(assessed));
    }

    /**
     * The engine's request for one side: the declaration's request with the side's tariff code, preference and duty rate
     * on each line given (the draft's item choices), and its value where one is given.
     */
    static TaxRequest request(TransactionView view, CapturedInvoice invoice, Asked asked, boolean declaredSide, LocalDate date) {
        List<DeclarationDraft.ItemChoice> items = new ArrayList<>();
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        for (LineChange l : asked.lines()) {
            Side s = declaredSide ? l.declared() : l.assessed();
            if (s == null) {
                continue;
            }
            items.add(new DeclarationDraft.ItemChoice(l.line(), s.tariffCode(), null, s.preference(), s.duty()));
            if (s.value() != null) {
                values.put(l.line(), s.value());
            }
        }
        TaxRequest request = DeclarationBuilding.taxRequest(view, invoice, new DeclarationDraft(null, null, null, asked.exchangeRate(),
                asked.freight(), asked.insurance(), null, items), date);
        if (values.isEmpty()) {
            return request;
        }
        List<TaxRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            BigDecimal value = values.get(invoice.lines().get(i).lineNumber());
            lines.add(value == null ? request.lines().get(i) : request.lines().get(i).withValue(value));
        }
        return request.withLines(lines);
    }

    /**
     * The engine's result, or its refusal of a line's field said at the field of this request (re-review F3: {@code duty:"abc"},
     * an unknown tariff code or a preference not offered came as {@code taxes.input.invalid} with no {@code errors[]}, worded
     * with the engine's 行): the engine's {@code lines[i].measures.duty} of invoice line i is {@code lines[k].<side>.duty} of
     * the entry k that asked for that line, labelled as clearance labels a line (項).
     */
    private static TaxResult applied(Function<TaxRequest, TaxResult> engine, TaxRequest request, CapturedInvoice invoice, Asked asked,
            String side) {
        try {
            return engine.apply(request);
        } catch (org.tradedesk.taxes.TaxInputInvalid e) {
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("^lines\\[(\\d+)]\\.(.+)$").matcher(e.field());
            if (!at.matches() || Integer.parseInt(at.group(1)) >= invoice.lines().size()) {
                throw e;
            }
            int number = invoice.lines().get(Integer.parseInt(at.group(1))).lineNumber();
            int entry = -1;
            for (int k = 0; k < asked.lines().size(); k++) {
                entry = asked.lines().get(k).line() == number ? k : entry;
            }
            String part = at.group(2);
            String field = part.startsWith("measures.duty") || part.equals("duty") ? "duty"
                    : part.startsWith("tariffCode") ? "tariffCode"
                    : part.startsWith("option") || part.startsWith("scheme") || part.startsWith("preference") ? "preference"
                    : part.startsWith("value") ? "value" : null;
            if (entry < 0 || field == null) {
                throw e;
            }
            String path = "lines[" + entry + "]." + side + "." + field;
            throw new ClearanceInputInvalid(path, "clearance.dispute.assessment.engine-refused",
                    org.tradedesk.shared.MessageText.of("clearance.dispute.assessment.engine-refused",
                            org.tradedesk.shared.MessageText.Arg.literal(entry + 1),
                            org.tradedesk.shared.MessageText.Arg.code("clearance.dispute.assessment.side." + side),
                            org.tradedesk.shared.MessageText.Arg.code("clearance.api.field." + field),
                            org.tradedesk.shared.MessageText.Arg.message(e.reason())),
                    path + ": " + e.getMessage());
        }
    }

    private static TaxResult complete(TaxResult result) {
        if (!result.complete()) {
            throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.incomplete",
                    "the tax engine could not compute every tax of the invoice (" + result.notComputed().size() + " left out)",
                    String.valueOf(result.notComputed().size()));
        }
        return result;
    }

    private static Map<String, TaxResult.TaxTotal> collected(TaxResult result) {
        Map<String, TaxResult.TaxTotal> out = new LinkedHashMap<>();
        result.taxes().stream().filter(TaxResult.TaxTotal::collected).forEach(t -> out.put(t.code(), t));
        return out;
    }

    private static void value(String field, Side side) {
        BigDecimal v = side == null ? null : side.value();
        if (v != null && (v.signum() <= 0 || v.stripTrailingZeros().scale() > 2 || v.precision() - v.scale() > 15)) {
            throw new ClearanceInputInvalid(field, "clearance.dispute.amount-invalid",
                    "a value is more than 0 with at most 2 decimals and 15 digits: " + v.toPlainString(), v.toPlainString());
        }
    }

    private static boolean same(Side a, Side b) {
        Side x = a == null ? new Side(null, null, null, null) : a;
        Side y = b == null ? new Side(null, null, null, null) : b;
        return norm(x.tariffCode()).equals(norm(y.tariffCode())) && norm(x.preference()).equals(norm(y.preference()))
                && norm(x.duty()).equals(norm(y.duty()))
                && (x.value() == null ? y.value() == null : y.value() != null && x.value().compareTo(y.value()) == 0);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip();
    }
}
