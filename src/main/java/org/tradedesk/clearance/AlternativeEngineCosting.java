package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tradedesk.clearance.AlternativeDetails.EngineTreatment;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxRequestLine.DutyOptionRequest;
import org.tradedesk.taxes.TaxResult;

/**
 * An alternative's duty-and-tax cost from the tax engine ({@code taxes} module's API, as the declaration takes its figures),
 * from the file's captured commercial invoice (customs value, tariff code, origin, quantity of each line) under the
 * alternative's treatment:
 * <ul>
 * <li>MFN: every line at the general rate;</li>
 * <li>FTA_PREFERENCE: the preference picked, on the lines for which the engine offers it — the engine offers only the
 *     preferences the origin is eligible for on the date (tariff module's country lists); one it does not offer is refused;</li>
 * <li>TCO: the engine's concession (Australia: a TCO is Free, Customs Tariff Act 1995 Sch 4 item 50) with the TCO's number;
 *     where the jurisdiction's chain has no TCO data, a rate typed by hand (marked so) or no engine figure at all;</li>
 * <li>BONDED_STORAGE: the general-rate figures, deferred not saved (no interest assumed);</li>
 * <li>RE_EXPORT: no import duty or tax payable (zero, with the law's reason); nothing to compute.</li>
 * </ul>
 * Plain Java: the engine comes in as a function.
 */
final class AlternativeEngineCosting {

    static final String GENERAL = "GENERAL";
    static final String TCO = "TCO";
    /** Taiwan's column III is not a claim (it applies to origins without column I treatment). */
    private static final String NOT_A_CHOICE = "TW_COLUMN_III";

    /** The engine as this class uses it: a calculation and whether the chain knows a concession on a date. */
    record Engine(Function<TaxRequest, TaxResult> calculate, Predicate<String> knowsTco) {
    }

    private AlternativeEngineCosting() {
    }

    static AlternativeCosting compute(TransactionView view, AlternativeKind kind, EngineTreatment t,
            List<AlternativeCosting.HandCost> hand, Engine engine, LocalDate today, Instant now) {
        String jurisdiction = view.details().jurisdiction().name();
        String local = view.details().jurisdiction().localCurrency().value();
        if (kind == AlternativeKind.RE_EXPORT) {
            return new AlternativeCosting(jurisdiction, local, null, now, BigDecimal.ZERO.setScale(2), List.of(), List.of(),
                    MessageText.of("clearance.alternative.treatment.RE_EXPORT." + jurisdiction), false, hand);
        }
        if (view.details().direction() == Direction.EXPORT) {
            // the engine's chains compute import duty and taxes: an export bears none of them (acceptance review, BLOCKER —
            // an export declaration is built without the engine: ClearanceDeclarations#draft, t4exp); its cost is typed by hand
            throw new ClearanceInputInvalid("engine", "clearance.alternative.engine.export",
                    "transaction " + view.id() + " is an export: the tax engine computes import duty and taxes only; type the cost by hand");
        }
        if (kind == AlternativeKind.OTHER) {
            throw new ClearanceInputInvalid("kind", "clearance.alternative.engine.kind-other",
                    "an OTHER alternative has no treatment the engine knows: type its cost by hand");
        }
        CapturedInvoice invoice = DeclarationBuilding.invoice(view);
        if (invoice == null) {
            throw new ClearanceInputInvalid("engine", "clearance.alternative.engine.no-invoice",
                    "transaction " + view.id() + " has no commercial invoice with captured lines for the engine to compute from");
        }
        DeclarationBuilding.refuseDiffering(view, "engine");
        if (invoice.currency() == null) {
            throw new ClearanceInputInvalid("engine", "clearance.declaration.no-currency", "the invoice gives no currency");
        }
        Incoterm incoterm = DeclarationBuilding.incoterm(view, invoice);
        if (incoterm == null) {
            throw new ClearanceInputInvalid("engine", "clearance.alternative.engine.no-incoterm",
                    "neither the file nor the invoice gives an Incoterm: the engine cannot value the goods");
        }
        Set<Integer> asked = new LinkedHashSet<>(t.lines());
        for (Integer n : asked) {
            if (n == null || invoice.lines().stream().noneMatch(l -> l.lineNumber() == n)) {
                throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.line-unknown",
                        "the invoice has no line " + n, String.valueOf(n));
            }
        }
        for (int i = 0; i < invoice.lines().size(); i++) {
            // a line without an amount would be costed at zero: the cost understated and the ranking wrong, silently
            if (invoice.lines().get(i).amount() == null) {
                int number = invoice.lines().get(i).lineNumber();
                throw new ClearanceInputInvalid("lines[" + i + "].amount", "clearance.field.required",
                        "invoice line " + number + " has no amount",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {"clearance.alternative.engine.line-amount"}, new Object[] {number},
                                "amount of invoice line " + number));
            }
        }
        TaxRequest general = request(view, invoice, t, today);
        MessageText treatment;
        TaxRequest request;
        boolean handRate = false;
        switch (kind) {
            case MFN, BONDED_STORAGE -> {
                if (!asked.isEmpty()) {
                    // issue 8 F6: lines:[2] on MFN was ignored silently (every line costed): the general rate and bonded
                    // storage apply to the whole invoice, so naming lines is refused rather than costed as if honoured
                    throw new ClearanceInputInvalid("lines", "clearance.alternative.engine.lines-whole-invoice",
                            kind + " is costed on every line of the invoice; lines choose where a preference or concession is claimed",
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    new String[] {"clearance.alternative.kind." + kind}, kind.name()));
                }
                request = general;
                treatment = MessageText.of(kind == AlternativeKind.MFN ? "clearance.alternative.treatment.MFN"
                        : "clearance.alternative.treatment.BONDED_STORAGE." + jurisdiction);
            }
            case FTA_PREFERENCE -> {
                String scheme = DeclarationBuilding.blankToNull(t.preference()) == null ? null : t.preference().strip();
                if (scheme == null) {
                    throw new ClearanceInputInvalid("preference", "clearance.field.required", "preference is required", "preference");
                }
                TaxResult atGeneral = engine.calculate().apply(general);
                Set<Integer> eligible = new LinkedHashSet<>();
                Set<String> offered = new LinkedHashSet<>();
                for (TaxResult.DutyOption o : atGeneral.options()) {
                    if (!o.scheme().equals(GENERAL) && !o.scheme().equals(NOT_A_CHOICE)) {
                        offered.add(o.scheme());
                        if (o.scheme().equals(scheme)) {
                            eligible.add(o.line());
                        }
                    }
                }
                List<Integer> refusedLines = asked.stream().filter(n -> !eligible.contains(lineIndex(invoice, n) + 1)).toList();
                if (eligible.isEmpty() || !refusedLines.isEmpty()) {
                    throw new ClearanceInputInvalid("preference", "clearance.alternative.preference-ineligible",
                            "the tax engine does not offer " + scheme + " for " + (refusedLines.isEmpty() ? "any line" : "line(s) "
                                    + refusedLines) + " of this invoice (origin not eligible on " + today + "); offered: "
                                    + (offered.isEmpty() ? "none" : String.join(", ", offered)),
                            org.tradedesk.clearance.domain.SchemeLabels.text(scheme), today, org.tradedesk.clearance.domain.SchemeLabels.listText(offered));
                }
                List<TaxRequestLine> lines = new ArrayList<>();
                List<Integer> claimed = new ArrayList<>();
                for (int i = 0; i < general.lines().size(); i++) {
                    int number = invoice.lines().get(i).lineNumber();
                    boolean on = eligible.contains(i + 1) && (asked.isEmpty() || asked.contains(number));
                    lines.add(on ? general.lines().get(i).withScheme(scheme) : general.lines().get(i));
                    if (on) {
                        claimed.add(number);
                    }
                }
                request = general.withLines(lines);
                treatment = MessageText.of("clearance.alternative.treatment.FTA_PREFERENCE.items", org.tradedesk.clearance.domain.SchemeLabels.of(scheme),
                        Arg.message(itemsNamed(view, invoice, claimed)), Arg.date(today));
            }
            case TCO -> {
                List<Integer> on = asked.isEmpty() ? invoice.lines().stream().map(CapturedLine::lineNumber).toList() : List.copyOf(asked);
                DutyOptionRequest option;
                if (engine.knowsTco().test(jurisdiction)) {
                    String number = DeclarationBuilding.blankToNull(t.tcoNumber()) == null ? null : t.tcoNumber().strip();
                    if (number == null) {
                        throw new ClearanceInputInvalid("tcoNumber", "clearance.field.required", "tcoNumber is required", "tcoNumber");
                    }
                    option = DutyOptionRequest.concession(TCO, number);
                    treatment = MessageText.of("clearance.alternative.treatment.TCO.items", Arg.literal(number),
                            Arg.message(itemsNamed(view, invoice, on)));
                } else {
                    String rate = DeclarationBuilding.blankToNull(t.tcoRate()) == null ? null : t.tcoRate().strip();
                    if (rate == null) {
                        if (hand.isEmpty()) {
                            throw new ClearanceInputInvalid("tcoRate", "clearance.alternative.tco-no-data",
                                    "the tax engine has no TCO data for " + jurisdiction + ": enter the concession's rate (tcoRate) or the cost by hand (handCosts)",
                                    jurisdiction);
                        }
                        // no engine figure: the cost is what the coordinator entered, and the page says why
                        return new AlternativeCosting(jurisdiction, local, null, now, null, List.of(), List.of(),
                                MessageText.of("clearance.alternative.treatment.TCO.no-data", Arg.literal(jurisdiction)), false, hand);
                    }
                    option = new DutyOptionRequest(TCO, null, rate, null);
                    handRate = true;
                    treatment = MessageText.of("clearance.alternative.treatment.TCO.hand-rate.items", Arg.literal(jurisdiction),
                            Arg.literal(rate), Arg.message(itemsNamed(view, invoice, on)));
                }
                List<TaxRequestLine> lines = new ArrayList<>();
                for (int i = 0; i < general.lines().size(); i++) {
                    TaxRequestLine l = general.lines().get(i);
                    lines.add(on.contains(invoice.lines().get(i).lineNumber()) ? l.withOptions(List.of(option)).withScheme(TCO) : l);
                }
                request = general.withLines(lines);
            }
            default -> throw new IllegalStateException(kind.name());
        }
        TaxResult result = engine.calculate().apply(request);
        if (!result.complete()) {
            throw new ClearanceInputInvalid("engine", "clearance.alternative.engine.incomplete",
                    "the tax engine could not compute every tax of the invoice (" + result.notComputed().size() + " left out)",
                    String.valueOf(result.notComputed().size()));
        }
        AsDeclared declared = asDeclared(result, "AU".equals(jurisdiction));
        return new AlternativeCosting(jurisdiction, result.currency(), result.date(), now, declared.total(), declared.taxes(),
                dataVersions(result), treatment, handRate, hand);
    }

    /** The engine's taxes and total as a declaration of the treatment would carry them (see {@link #asDeclared}). */
    record AsDeclared(List<AlternativeCosting.TaxLine> taxes, BigDecimal total) {
    }

    /**
     * An alternative's taxes costed by the rule the lodged declaration follows, so one treatment has one figure on the
     * declaration, its XML, the client's mail, the worksheet and the alternatives (acceptance review: the declaration said
     * NT$48,619, the MFN alternative NT$48,620). The rule, as {@link DeclarationBuilding#figures} and
     * {@link org.tradedesk.clearance.messages.DeclarationValidation#taiwanHeaderTotal} write it: every tax item by item as the
     * declaration declares it — Taiwan's 營業稅 on each item's own base (完稅價格 + 關稅 …), truncated to whole NT$ by the
     * chain's rule (稅款解繳作業辦法 第5條, taxes/chains/TW.json TRUNCATE_0) and added up, not the engine's figure on the summed
     * base (which can be NT$1 more) — except Taiwan's 推廣貿易服務費, levied once per declaration on its total 完稅價格
     * (推廣貿易服務費收費辦法 第3條: 0.04 %, NT$100 or less not collected). Each tax keeps the engine's base and rate.
     */
    static AsDeclared asDeclared(TaxResult result, boolean au) {
        Map<String, org.tradedesk.clearance.messages.DeclarationMessage.DutyTax> byType = DisputeEngineAssessment.byType(
                DeclarationBuilding.figures(result, au), au);
        // the taxes the engine computes on the whole shipment (no line carries them): these the declaration declares its own way
        Set<String> perLine = new java.util.HashSet<>();
        result.lines().forEach(l -> perLine.addAll(l.taxes().keySet()));
        List<AlternativeCosting.TaxLine> taxes = new ArrayList<>();
        BigDecimal total = result.total();
        for (TaxResult.TaxTotal x : result.taxes()) {
            if (!x.collected()) {
                continue;
            }
            BigDecimal amount = x.amount();
            org.tradedesk.clearance.messages.DeclarationMessage.DutyTax declared = perLine.contains(x.code()) ? null
                    : byType.get(DeclarationBuilding.type(x.code(), au));
            if (declared != null && declared.amount() != null && amount != null && total != null) {
                total = total.subtract(amount).add(declared.amount());
                amount = declared.amount();
            }
            taxes.add(new AlternativeCosting.TaxLine(x.code(), x.label(), x.base(), x.rate(), amount));
        }
        return new AsDeclared(List.copyOf(taxes), total);
    }

    /**
     * The preferences the engine offers for the invoice's lines (their origins and tariff lines on {@code today}), as the
     * costing of an FTA_PREFERENCE accepts them; none when the invoice cannot be costed (no currency, no Incoterm, a line
     * without an amount: the costing says why when asked).
     */
    static List<String> offeredPreferences(TransactionView view, CapturedInvoice invoice, Engine engine, LocalDate today) {
        if (invoice == null || invoice.currency() == null || DeclarationBuilding.incoterm(view, invoice) == null
                || invoice.lines().stream().anyMatch(l -> l.amount() == null)) {
            return List.of();
        }
        Set<String> offered = new LinkedHashSet<>();
        TaxResult atGeneral = engine.calculate().apply(request(view, invoice,
                new EngineTreatment(null, null, null, List.of(), null, null, null), today));
        for (TaxResult.DutyOption o : atGeneral.options()) {
            if (!o.scheme().equals(GENERAL) && !o.scheme().equals(NOT_A_CHOICE)) {
                offered.add(o.scheme());
            }
        }
        return List.copyOf(offered);
    }

    /**
     * The tax engine's request for the invoice, every line at the general rate: the declaration's request
     * ({@link DeclarationBuilding#taxRequest}) with no option chosen on any line and the alternative's rate, freight and
     * insurance.
     */
    static TaxRequest request(TransactionView view, CapturedInvoice invoice, EngineTreatment t, LocalDate today) {
        return DeclarationBuilding.taxRequest(view, invoice, new DeclarationDraft(null, null, null, t.exchangeRate(), t.freight(),
                t.insurance(), null, List.of()), today);
    }

    /** The reference data the result rests on, as it records them, one message each (chain, exchange rate, tariff line). */
    static List<MessageText> dataVersions(TaxResult result) {
        List<MessageText> out = new ArrayList<>();
        for (TaxResult.DataSource s : result.sources()) {
            switch (s.kind()) {
                case TaxResult.DataSource.CHAIN -> out.add(MessageText.of("clearance.alternative.data.chain", Arg.literal(s.subject()),
                        Arg.literal(String.valueOf(s.version())), s.effectiveFrom() == null ? Arg.literal("—") : Arg.date(s.effectiveFrom())));
                case TaxResult.DataSource.EXCHANGE_RATE -> out.add(MessageText.of(s.fromRequest() ? "clearance.alternative.data.rate-given"
                        : "clearance.alternative.data.rate", Arg.literal(s.subject()), s.rate() == null ? Arg.literal("—") : Arg.number(s.rate()),
                        s.effectiveFrom() == null ? Arg.literal("—") : Arg.date(s.effectiveFrom())));
                case TaxResult.DataSource.TARIFF_LINE -> out.add(MessageText.of("clearance.alternative.data.tariff", Arg.number(Long.parseLong(s.subject())),
                        s.versionText() != null ? Arg.message(s.versionText()) : Arg.literal(s.version())));
                // the LCT threshold a line was charged over, worded by the engine (t1fixH)
                case TaxResult.DataSource.THRESHOLD -> out.add(s.versionText());
                default -> out.add(MessageText.of("clearance.alternative.data.other", Arg.literal(s.kind()), Arg.literal(String.valueOf(s.version()))));
            }
        }
        if (out.isEmpty()) {
            // a result saved before its sources were kept as values: the versions as the engine wrote them
            result.dataVersions().forEach((k, v) -> out.add(MessageText.of("clearance.alternative.data.other", Arg.literal(k), Arg.literal(v))));
        }
        return out;
    }

    private static int lineIndex(CapturedInvoice invoice, int number) {
        for (int i = 0; i < invoice.lines().size(); i++) {
            if (invoice.lines().get(i).lineNumber() == number) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The declaration's items {@code numbers} (the combined invoice's line numbers) named as the client knows them: by their
     * invoice and that invoice's own line ("invoice SH-24018 line 1", acceptance review: "invoice line(s) 3" was the third
     * line across both invoices), one part per invoice.
     */
    static MessageText itemsNamed(TransactionView view, CapturedInvoice invoice, List<Integer> numbers) {
        List<org.tradedesk.clearance.messages.DeclarationMessage.ItemSource> sources = DeclarationBuilding.sources(view);
        return itemsNamed(sources, invoice, numbers, id -> DocumentReference.named(view.documents(), id));
    }

    /** As above, from the items' sources in the combined invoice's order; an invoice without a number by {@code unnumbered}. */
    static MessageText itemsNamed(List<org.tradedesk.clearance.messages.DeclarationMessage.ItemSource> sources, CapturedInvoice invoice,
            List<Integer> numbers, Function<Long, MessageText> unnumbered) {
        Map<Object, List<Integer>> byInvoice = new java.util.LinkedHashMap<>();
        Map<Object, MessageText> names = new java.util.HashMap<>();
        for (Integer n : numbers) {
            int i = lineIndex(invoice, n);
            org.tradedesk.clearance.messages.DeclarationMessage.ItemSource source = i >= 0 && sources.size() == invoice.lines().size()
                    ? sources.get(i) : null;
            if (source == null || source.line() == null) {
                // no source known: the line as the invoice numbers it
                Object key = "";
                names.putIfAbsent(key, invoice.invoiceNumber() == null ? null : MessageText.of("clearance.alternative.invoice-number",
                        Arg.literal(invoice.invoiceNumber().strip())));
                byInvoice.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
                continue;
            }
            Object key = source.documentId() == null ? "#" + source.invoiceNumber() : source.documentId();
            names.putIfAbsent(key, source.invoiceNumber() != null
                    ? MessageText.of("clearance.alternative.invoice-number", Arg.literal(source.invoiceNumber()))
                    : source.documentId() == null ? null : unnumbered.apply(source.documentId()));
            byInvoice.computeIfAbsent(key, k -> new ArrayList<>()).add(source.line());
        }
        MessageText out = null;
        for (Map.Entry<Object, List<Integer>> e : byInvoice.entrySet()) {
            MessageText name = names.get(e.getKey());
            String lines = joinNumbers(e.getValue());
            MessageText one = name == null ? MessageText.of("clearance.alternative.items.lines", Arg.literal(lines))
                    : MessageText.of("clearance.alternative.items.of-invoice", Arg.message(name), Arg.literal(lines));
            out = out == null ? one : MessageText.of("clearance.query.item.list", Arg.message(out), Arg.message(one));
        }
        return out == null ? MessageText.of("clearance.alternative.items.lines", Arg.literal("—")) : out;
    }

    private static String joinNumbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
