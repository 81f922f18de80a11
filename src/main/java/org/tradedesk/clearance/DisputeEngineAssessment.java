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
import org.tradedesk.clearance.messages.DeclarationMessage;
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

    /** The format of the lines {@link #lodgedLines} makes of a lodged declaration. */
    static final String LODGED = "LODGED";

    private DisputeEngineAssessment() {
    }

    static DisputeAssessment compute(TransactionView view, Asked asked, Function<TaxRequest, TaxResult> engine, LocalDate date,
            Instant now) {
        return compute(view, asked, engine, date, now, null);
    }

    /**
     * The effect computed on the LODGED declaration the dispute is about ({@code lodged}; null when the file has none, then
     * on the file's invoice): customs assessed what was lodged, not the invoice as it may have been corrected since. Its
     * items are the lines, a request's line mapped to its item by {@link #item} (review R3: the invoice's own numbers): description, tariff code, origin, quantity, net mass and invoice amount; its
     * currency, Incoterm, exchange rate, freight and insurance are the request's unless the coordinator gives them. The
     * declared side is the item as lodged — code, value, preference and duty rate — where the coordinator gives nothing;
     * customs' side is the item as lodged with what customs changed (a preference not given is the lodged one; customs
     * refusing it is an explicit {@code GENERAL}, the same claim as none); the lines not in dispute are as lodged on both
     * sides, so the difference is only what is disputed. An entry whose two sides come to the same item is refused.
     */
    static DisputeAssessment compute(TransactionView view, Asked given, Function<TaxRequest, TaxResult> engine, LocalDate date,
            Instant now, org.tradedesk.clearance.messages.DeclarationMessage lodged) {
        if (view != null && view.details().direction() == Direction.EXPORT || lodged != null && lodged.forExport()) {
            // an export bears no import duty, GST or 營業稅 (t4exp): the engine's import chain would compute taxes the export never
            // owed. Refused, said in the reader's language; the dispute's figures are given by hand
            throw new ClearanceInputInvalid("lines", "clearance.dispute.export-assessment", "transaction " + (view == null ? "?" : view.id())
                    + " is an export: the engine assessment computes import duties and taxes");
        }
        CapturedInvoice invoice = lodged == null ? DeclarationBuilding.invoice(view) : lodgedLines(lodged);
        Asked asked = lodged == null || given == null ? given : new Asked(given.lines(),
                given.freight() != null ? given.freight() : lodged.freight(),
                given.insurance() != null ? given.insurance() : lodged.insurance(),
                given.exchangeRate() != null ? given.exchangeRate() : lodged.exchangeRate());
        if (invoice == null) {
            throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.no-invoice",
                    "transaction " + view.id() + " has no commercial invoice with captured lines for the engine to compute from");
        }
        if (lodged == null) {
            DeclarationBuilding.refuseDiffering(view, "lines");
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
        // the lines as the request names them, and as the engine is asked (a lodged declaration: its items' numbers)
        List<LineChange> items = new ArrayList<>();
        for (int i = 0; i < asked.lines().size(); i++) {
            LineChange l = asked.lines().get(i);
            String at = "lines[" + i + "]";
            org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem item = lodged == null || l == null ? null : item(lodged, l.line());
            if (l == null || (lodged == null ? invoice.lines().stream().noneMatch(c -> c.lineNumber() == l.line()) : item == null)) {
                throw new ClearanceInputInvalid(at + ".line", "clearance.alternative.engine.line-unknown",
                        "the invoice has no line " + (l == null ? null : l.line()), String.valueOf(l == null ? null : l.line()));
            }
            if (!seen.add(l.line())) {
                throw new ClearanceInputInvalid(at + ".line", "clearance.dispute.assessment.line-twice",
                        "invoice line " + l.line() + " is given twice", String.valueOf(l.line()));
            }
            value(at + ".declared.value", l.declared());
            value(at + ".assessed.value", l.assessed());
            items.add(item == null ? l : new LineChange(item.sequence(), l.declared(), l.assessed()));
            // with a lodged declaration both sides are the item as lodged where nothing is given: compared as such, so an
            // entry that changes nothing ({"declared":{},"assessed":{}}) is refused, not costed as the general rate
            boolean unchanged = item == null ? same(l.declared(), l.assessed())
                    : same(filled(asLodged(l.declared(), item), item), filled(asLodged(l.assessed(), item), item));
            if (unchanged) {
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
        Asked byItem = new Asked(items, asked.freight(), asked.insurance(), asked.exchangeRate());
        TaxResult declared = complete(applied(engine, request(view, invoice, byItem, true, date, lodged), invoice, byItem, "declared"));
        TaxResult assessed = complete(applied(engine, request(view, invoice, byItem, false, date, lodged), invoice, byItem, "assessed"));
        Map<String, TaxResult.TaxTotal> before = collected(declared);
        Map<String, TaxResult.TaxTotal> after = collected(assessed);
        List<String> codes = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(c -> !before.containsKey(c)).forEach(codes::add);
        // issue 8: each side's figures as a declaration carries them, not the engine's shipment totals — Taiwan's 營業稅 is
        // declared item by item, each truncated to whole NT$ (稅款解繳作業辦法 第5條, the TW chain's TRUNCATE_0) and added
        // up, which can be NT$1 less than the engine's figure on the summed base; the trade promotion fee once on the
        // declaration's total 完稅價格. The declared side, when the coordinator changes nothing of it, is the lodged
        // declaration's own figures (read, not recomputed: what customs hold)
        boolean au = "AU".equals(view.details().jurisdiction().name());
        Map<String, DeclarationMessage.DutyTax> declaredFigures = byType(lodged != null && declaredAsLodged(byItem, lodged)
                ? lodged.items() : DeclarationBuilding.figures(declared, au), au);
        Map<String, DeclarationMessage.DutyTax> assessedFigures = byType(DeclarationBuilding.figures(assessed, au), au);
        List<DisputeAssessment.TaxDifference> taxes = new ArrayList<>();
        BigDecimal declaredTotal = BigDecimal.ZERO;
        BigDecimal assessedTotal = BigDecimal.ZERO;
        for (String code : codes) {
            TaxResult.TaxTotal d = before.get(code);
            TaxResult.TaxTotal a = after.get(code);
            String type = DeclarationBuilding.type(code, au);
            DeclarationMessage.DutyTax df = declaredFigures.get(type);
            DeclarationMessage.DutyTax af = assessedFigures.get(type);
            BigDecimal dAmount = df != null ? df.amount() : d == null ? BigDecimal.ZERO : d.amount();
            BigDecimal aAmount = af != null ? af.amount() : a == null ? BigDecimal.ZERO : a.amount();
            BigDecimal dBase = df != null && df.base() != null ? df.base() : d == null ? null : d.base();
            BigDecimal aBase = af != null && af.base() != null ? af.base() : a == null ? null : a.base();
            declaredTotal = declaredTotal.add(dAmount);
            assessedTotal = assessedTotal.add(aAmount);
            taxes.add(new DisputeAssessment.TaxDifference(code, (a != null ? a : d).label(), dBase,
                    d == null ? null : d.rate(), dAmount, aBase, a == null ? null : a.rate(), aAmount,
                    aAmount.subtract(dAmount)));
        }
        return new DisputeAssessment(view.details().jurisdiction().name(), assessed.currency(), assessed.date(), now,
                List.copyOf(asked.lines()), taxes, declaredTotal, assessedTotal, assessedTotal.subtract(declaredTotal),
                AlternativeEngineCosting.dataVersions(declared), AlternativeEngineCosting.dataVersions(assessed));
    }

    /**
     * The engine's request for one side: the declaration's request with the side's tariff code, preference and duty rate
     * on each line given (the draft's item choices), and its value where one is given.
     */
    static TaxRequest request(TransactionView view, CapturedInvoice invoice, Asked asked, boolean declaredSide, LocalDate date) {
        return request(view, invoice, asked, declaredSide, date, null);
    }

    static TaxRequest request(TransactionView view, CapturedInvoice invoice, Asked asked, boolean declaredSide, LocalDate date,
            org.tradedesk.clearance.messages.DeclarationMessage lodged) {
        Map<Integer, DeclarationDraft.ItemChoice> chosen = new LinkedHashMap<>();
        Map<Integer, BigDecimal> values = new LinkedHashMap<>();
        if (lodged != null) {
            // every item as lodged (its preference and duty rate); the lines in dispute are replaced below
            for (org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it : lodged.items()) {
                chosen.put(it.sequence(), new DeclarationDraft.ItemChoice(it.sequence(), null, null, lodgedPreference(it), lodgedDuty(it)));
            }
        }
        for (LineChange l : asked.lines()) {
            Side s = declaredSide ? l.declared() : l.assessed();
            org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it = lodged == null ? null
                    : lodged.items().stream().filter(x -> x.sequence() == l.line()).findFirst().orElse(null);
            if (s == null && it == null) {
                continue;
            }
            Side side = s == null ? new Side(null, null, null, null) : s;
            if (it != null) {
                // both sides are what was lodged where the coordinator gives nothing (the invoice may have changed since):
                // customs' side keeps the lodged preference and rate unless it says otherwise (a refused preference is an
                // explicit GENERAL), so a dispute of the value alone differs by the value alone
                side = asLodged(side, it);
            }
            chosen.put(l.line(), new DeclarationDraft.ItemChoice(l.line(), side.tariffCode(), null, side.preference(), side.duty()));
            if (side.value() != null) {
                values.put(l.line(), side.value());
            }
        }
        List<DeclarationDraft.ItemChoice> items = new ArrayList<>(chosen.values());
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
     * The lodged item a request's line names — the line as the declaration's item choices named it when it was built
     * ({@link DeclarationBuilding#invoice}): a declaration of one invoice by that invoice's own line number (the item's
     * source: lines 10, 20… stay 10, 20…), of several invoices by the items' numbers across them; an item lodged before
     * items kept their source by its number. Null when the declaration has no such line.
     */
    static org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem item(org.tradedesk.clearance.messages.DeclarationMessage lodged,
            int line) {
        boolean oneInvoice = !lodged.items().isEmpty() && lodged.items().stream().allMatch(it -> it.source() != null && it.source().line() != null)
                && lodged.items().stream().map(it -> it.source().documentId()).distinct().count() == 1;
        return lodged.items().stream().filter(it -> oneInvoice ? it.source().line() == line : it.sequence() == line).findFirst().orElse(null);
    }

    /**
     * The lodged declaration's items as the lines the engine is asked about: numbered as the items (the request's lines are
     * mapped to them by {@link #item}), with its tariff code (AU the
     * 8 digits and the statistical code), origin, quantity, unit, net mass and invoice amount; the declaration's currency
     * and Incoterm.
     */
    static CapturedInvoice lodgedLines(org.tradedesk.clearance.messages.DeclarationMessage d) {
        List<CapturedInvoice.CapturedLine> lines = new ArrayList<>();
        for (org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it : d.items()) {
            String code = it.tariffCode() == null ? null : it.tariffCode() + (it.statisticalCode() == null ? "" : it.statisticalCode());
            lines.add(new CapturedInvoice.CapturedLine(it.sequence(), it.description(), code, it.originCountry(), it.quantity(),
                    it.unitCode(), it.netMassKg(), null, null, it.invoiceAmount(), null, null, null));
        }
        return new CapturedInvoice(LODGED, false, null, null, d.currency(), null, null, null, null,
                d.incoterm() == null ? null : d.incoterm().name(), null, d.invoiceTotal(), d.grossMassKg(), d.packages(), lines);
    }

    /**
     * The declared side of a line: what the coordinator gives, else the item as lodged — its preference, and its duty rate
     * unless another preference is given (the tariff code and value are the line's, i.e. the lodged item's).
     */
    static Side asLodged(Side given, org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it) {
        Side side = given == null ? new Side(null, null, null, null) : given;
        if (it == null) {
            return side;
        }
        String preference = blankToNull(side.preference());
        // GENERAL (the general rate, no preference) is the same claim as a lodged item claiming none
        boolean samePreference = preference == null || java.util.Objects.equals(preferenceKey(preference), preferenceKey(lodgedPreference(it)));
        // the lodged rate is the lodged code's: another tariff code takes the catalogue's rate
        boolean sameCode = blankToNull(side.tariffCode()) == null || sameCode(side.tariffCode(), it);
        return new Side(side.tariffCode(), preference != null ? preference : lodgedPreference(it),
                side.duty() != null ? side.duty() : samePreference && sameCode ? lodgedDuty(it) : null, side.value());
    }

    /** A side with the lodged item's tariff code and invoice amount where it gives none (for comparing two sides). */
    private static Side filled(Side side, org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it) {
        String lodgedCode = it.tariffCode() == null ? null : it.tariffCode() + (it.statisticalCode() == null ? "" : it.statisticalCode());
        String code = blankToNull(side.tariffCode()) == null || sameCode(side.tariffCode(), it) ? lodgedCode : side.tariffCode();
        return new Side(code, preferenceKey(side.preference()), side.duty() == null ? null : side.duty().replace(" ", ""),
                side.value() != null ? side.value() : it.invoiceAmount());
    }

    /** A preference as compared: null for none or GENERAL (the general rate), else the scheme in capitals. */
    private static String preferenceKey(String preference) {
        String p = blankToNull(preference);
        return p == null || org.tradedesk.clearance.domain.SchemeLabels.isGeneral(p) ? null : p.toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether a tariff code given is the lodged item's (its digits, with or without the AU statistical code). */
    private static boolean sameCode(String code, org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it) {
        if (it.tariffCode() == null) {
            return false;
        }
        String digits = code.replaceAll("[^0-9A-Za-z]", "");
        String tariff = it.tariffCode().replaceAll("[^0-9A-Za-z]", "");
        String full = tariff + (it.statisticalCode() == null ? "" : it.statisticalCode().replaceAll("[^0-9A-Za-z]", ""));
        return digits.equalsIgnoreCase(tariff) || digits.equalsIgnoreCase(full);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The preference the item claimed as lodged; null for the general rate. */
    private static String lodgedPreference(org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it) {
        return it.preferenceClaimed() == null || it.preferenceClaimed().isBlank() ? null : it.preferenceClaimed().strip();
    }

    /** The item's ad valorem customs duty rate as lodged (AU CUD, TW DUTY), "5%"; null when none was lodged or it is not a percentage. */
    private static String lodgedDuty(org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem it) {
        return it.dutiesAndTaxes().stream().filter(t -> ("CUD".equals(t.type()) || "DUTY".equals(t.type())) && t.rate() != null)
                .map(t -> t.rate().stripTrailingZeros().toPlainString() + "%").findFirst().orElse(null);
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
            // acceptance review of issue 8, 4: a dispute's wording (its financial effect, not a cost), naming the line, the
            // tax and what to give (the engine's notes)
            throw new ClearanceInputInvalid("lines", "clearance.dispute.engine.incomplete", org.tradedesk.shared.MessageText.of(
                    "clearance.dispute.engine.incomplete", org.tradedesk.shared.MessageText.Arg.message(DeclarationBuilding.notComputedList(result))),
                    "the tax engine could not compute every tax of the lines in dispute (" + result.notComputed().size() + " left out)");
        }
        return result;
    }

    /**
     * A declaration's figures per tax type as its header carries them: the items' amounts and bases added up, Taiwan's trade
     * promotion fee once on the items' bases ({@link org.tradedesk.clearance.messages.DeclarationValidation#perDeclarationFee},
     * as the lodged header's total takes it).
     */
    static Map<String, DeclarationMessage.DutyTax> byType(List<DeclarationMessage.DeclarationItem> items, boolean au) {
        Map<String, DeclarationMessage.DutyTax> out = new LinkedHashMap<>();
        for (DeclarationMessage.DeclarationItem it : items) {
            for (DeclarationMessage.DutyTax t : it.dutiesAndTaxes()) {
                DeclarationMessage.DutyTax sum = out.get(t.type());
                BigDecimal amount = t.amount() == null ? BigDecimal.ZERO : t.amount();
                out.put(t.type(), sum == null ? new DeclarationMessage.DutyTax(t.type(), t.rate(), t.base(), amount)
                        : new DeclarationMessage.DutyTax(t.type(), sum.rate(),
                                sum.base() == null || t.base() == null ? null : sum.base().add(t.base()), sum.amount().add(amount)));
            }
        }
        DeclarationMessage.DutyTax fee = out.get("TPF");
        if (!au && fee != null) {
            out.put("TPF", new DeclarationMessage.DutyTax("TPF", fee.rate(), fee.base(),
                    org.tradedesk.clearance.messages.DeclarationValidation.perDeclarationFee(items)));
        }
        return out;
    }

    /** Whether every line's declared side, as given, is the item as lodged (then the lodged figures are the declared side). */
    private static boolean declaredAsLodged(Asked asked, DeclarationMessage lodged) {
        if (!sameAmount(asked.freight(), lodged.freight()) || !sameAmount(asked.insurance(), lodged.insurance())
                || !sameAmount(asked.exchangeRate(), lodged.exchangeRate())) {
            return false;
        }
        for (LineChange l : asked.lines()) {
            DeclarationMessage.DeclarationItem it = lodged.items().stream().filter(x -> x.sequence() == l.line()).findFirst().orElse(null);
            if (it == null || !same(filled(asLodged(l.declared(), it), it), filled(asLodged(null, it), it))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
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
