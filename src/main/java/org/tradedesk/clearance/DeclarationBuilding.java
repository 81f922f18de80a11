package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationMessage.DeclarationItem;
import org.tradedesk.clearance.messages.DeclarationMessage.DutyTax;
import org.tradedesk.clearance.messages.DeclarationMessage.FunctionCode;
import org.tradedesk.clearance.messages.DeclarationMessage.Party;
import org.tradedesk.shared.Incoterm;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxRequestLine;
import org.tradedesk.taxes.TaxResult;

/**
 * Builds a declaration from a transaction and its captured commercial invoices (P4.5.3; issue 8: every confirmed invoice of
 * the shipment in one declaration, {@link #combined}): the header from the file (parties, transport, ports, arrival,
 * Incoterm) and the invoices (currency, totals, packages, gross mass), the items from the invoices' lines, numbered on
 * across them, each with its source ({@link DeclarationMessage.ItemSource}), with the coordinator's recommended classification, preference and duty, and every customs
 * value, duty and tax from the tax engine ({@code taxes} module, {@link TaxRequest} → {@link TaxResult}). Nothing is
 * guessed: a field the file and the invoice do not give stays empty and validation names it.
 */
final class DeclarationBuilding {

    /** The engine's step codes as each administration's message names them (AU CUSDEC TAX 5153; TW 稅費代碼). */
    private static final Map<String, String> AU_TYPES = Map.of("DUTY", "CUD", "GST", "GST", "WET", "WET", "LCT", "LCT",
            "ANTI_DUMPING", "ADD", "COUNTERVAILING", "CVD", "EXCISE_EQUIVALENT", "EEC");
    private static final Map<String, String> TW_TYPES = Map.of("DUTY", "DUTY", "BUSINESS_TAX", "VAT", "COMMODITY_TAX", "COMMODITY",
            "TRADE_PROMOTION_FEE", "TPF", "ANTI_DUMPING", "ADD", "COUNTERVAILING", "CVD", "ALCOHOL_TOBACCO_TAX", "ATT",
            "HEALTH_SURCHARGE", "HWS", "SPECIAL_GOODS_TAX", "SGT");

    private DeclarationBuilding() {
    }

    /**
     * The commercial invoices the declaration covers, in the file's order: every confirmed invoice with lines, a copy of one
     * declared once ({@link org.tradedesk.clearance.domain.DocumentChecks#declaredInvoices}, which the checks use too).
     */
    static List<DocumentView> declaredInvoices(TransactionView view) {
        // worked out on each ask: one pass over the file's few invoices (code read after T4, t4fixR 3: the view kept it in a
        // mutable memo as a record component, its equals overridden to hide it and its accessor a package-private type)
        List<DocumentView> all = view.documents().stream().filter(d -> d.type() == DocumentType.COMMERCIAL_INVOICE).toList();
        return org.tradedesk.clearance.domain.DocumentChecks.declaredInvoices(all.stream().map(DocumentView::captured).toList(),
                all.stream().map(DocumentView::sha256).toList()).stream().map(all::get).toList();
    }

    /**
     * An invoice as a draft item names it and the form sends it back (the key {@code ClearanceDeclarations} matches): its own
     * number, else its place among the file's documents ("document 2", as {@link #differing} names it) — never its
     * database id (issue 8: "#12"). A text a user reads names it by {@link #invoiceNamed}.
     */
    static String invoiceName(TransactionView view, DocumentView d) {
        return d.captured() == null || blankToNull(d.captured().invoiceNumber()) == null
                ? "document " + view.positionOf(d.id()) : d.captured().invoiceNumber().strip();
    }

    /**
     * An invoice as every text names it, in the reader's language ({@link DocumentReference}: "Commercial invoice INV-7",
     * else "Commercial invoice (2nd document of the file)").
     */
    static org.tradedesk.shared.MessageText invoiceNamed(TransactionView view, DocumentView d) {
        return view.documentNamed(d.id());
    }

    /**
     * What the declaration is built from: the invoices it covers as one ({@link #combined}); null when no invoice has lines.
     */
    static CapturedInvoice invoice(TransactionView view) {
        return combined(declaredInvoices(view));
    }

    /**
     * The invoices one declaration covers, as one invoice (issue 8: a shipment's invoices, one declaration): their lines one
     * after another, numbered on from 1 across them (the declaration's item numbers, which the draft's item choices name) —
     * one invoice alone is taken as it is, its own line numbers kept; the total the sum of each invoice's total (its lines'
     * sum where it gives none); packages and gross mass the sum over every invoice (none when one lacks it); currency, Incoterm, seller, buyer, issue date
     * each the one value the invoices share, else null (nothing picked: differing currencies or Incoterms are the file's
     * ERROR findings and refuse the draft); the number the invoices' numbers listed.
     */
    static CapturedInvoice combined(List<DocumentView> invoices) {
        if (invoices.isEmpty()) {
            return null;
        }
        if (invoices.size() == 1) {
            return invoices.get(0).captured();
        }
        List<CapturedInvoice> all = invoices.stream().map(DocumentView::captured).toList();
        List<CapturedLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal gross = null;
        Integer packages = null;
        for (CapturedInvoice c : all) {
            for (CapturedLine l : c.lines()) {
                lines.add(new CapturedLine(lines.size() + 1, l.description(), l.tariffCode(), l.originCountry(), l.quantity(), l.unitCode(),
                        l.netMassKg(), l.grossMassKg(), l.unitPrice(), l.amount(), l.unNumber(), l.dangerousGoodsClass(), l.packingGroup(),
                        l.litres(), l.alcoholByVolume()));
            }
            total = total.add(c.totalAmount() != null ? c.totalAmount() : c.lines().stream().map(CapturedLine::amount)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        // packages and gross mass: every invoice's figure added up, none when one of them lacks it (T4 R4: the invoices that
        // gave one were summed); a transport document's figure for the consignment is preferred (consignmentFigures)
        BigDecimal packagesSum = org.tradedesk.clearance.domain.DocumentChecks.invoicesPackages(all);
        gross = org.tradedesk.clearance.domain.DocumentChecks.invoicesGrossMass(all);
        packages = packagesSum == null ? null : packagesSum.intValueExact();
        String numbers = String.join(", ", all.stream().map(CapturedInvoice::invoiceNumber).filter(n -> blankToNull(n) != null)
                .map(String::strip).distinct().toList());
        return new CapturedInvoice("COMBINED", all.stream().anyMatch(CapturedInvoice::needsConfirmation), blankToNull(numbers),
                shared(all, CapturedInvoice::issueDate), sharedCode(all, CapturedInvoice::currency),
                sharedText(all, CapturedInvoice::sellerName), sharedCode(all, CapturedInvoice::sellerCountry),
                sharedText(all, CapturedInvoice::buyerName), sharedCode(all, CapturedInvoice::buyerCountry),
                sharedCode(all, CapturedInvoice::incoterm), sharedText(all, CapturedInvoice::incotermPlace), total, gross, packages, lines);
    }

    /**
     * The refusal of a draft whose declared invoices have more lines together than one declaration carries ({@link
     * org.tradedesk.clearance.messages.MessageLimits#MAX_ITEMS}), naming each invoice and its line count — given before the
     * tax engine is asked anything (T4 R5: N invoices of 10,000 lines each reached the engine twice); null when within.
     */
    static ClearanceInputInvalid tooManyLines(TransactionView view) {
        List<DocumentView> declared = declaredInvoices(view);
        long lines = declared.stream().mapToLong(d -> d.captured().lines().size()).sum();
        int max = org.tradedesk.clearance.messages.MessageLimits.MAX_ITEMS;
        if (lines <= max) {
            return null;
        }
        org.tradedesk.shared.MessageText list = null;
        StringBuilder english = new StringBuilder();
        for (DocumentView d : declared) {
            org.tradedesk.shared.MessageText one = org.tradedesk.shared.MessageText.of("clearance.declaration.invoice-line-count",
                    org.tradedesk.shared.MessageText.Arg.message(DocumentReference.named(view.documents(), d.id())),
                    org.tradedesk.shared.MessageText.Arg.number(d.captured().lines().size()));
            list = list == null ? one : org.tradedesk.shared.MessageText.of("clearance.query.item.list",
                    org.tradedesk.shared.MessageText.Arg.message(list), org.tradedesk.shared.MessageText.Arg.message(one));
            english.append(english.isEmpty() ? "" : ", ").append(d.captured().lines().size());
        }
        return new ClearanceInputInvalid("documents", "clearance.declaration.lines-too-many", org.tradedesk.shared.MessageText.of(
                "clearance.declaration.lines-too-many", org.tradedesk.shared.MessageText.Arg.number(lines),
                org.tradedesk.shared.MessageText.Arg.number(max), org.tradedesk.shared.MessageText.Arg.message(list)),
                "the invoices to declare have " + lines + " lines together (" + english + "), more than the " + max
                        + " items of one declaration");
    }

    /**
     * The header's packages and gross mass for the consignment (T4 R4): the figure a bill of lading or air waybill gives, else
     * a packing list's, else the declared invoices' sum ({@link #combined}: none when one of them lacks it — several invoices
     * each repeating the consignment's figure would be counted again, which the transport document's figure avoids). Left
     * empty when no document gives it: validation names it.
     */
    static CapturedInvoice withConsignmentFigures(CapturedInvoice invoice, TransactionView view,
            Map<Long, org.tradedesk.clearance.domain.DocumentFigures> figures) {
        Integer packages = invoice.packages();
        BigDecimal gross = invoice.grossMassKg();
        Integer transportPackages = transportFigure(view, figures, f -> f.packages());
        BigDecimal transportGross = transportFigure(view, figures, org.tradedesk.clearance.domain.DocumentFigures::grossMassKg);
        if (transportPackages == null && transportGross == null) {
            return invoice;
        }
        return new CapturedInvoice(invoice.format(), invoice.needsConfirmation(), invoice.invoiceNumber(), invoice.issueDate(),
                invoice.currency(), invoice.sellerName(), invoice.sellerCountry(), invoice.buyerName(), invoice.buyerCountry(),
                invoice.incoterm(), invoice.incotermPlace(), invoice.totalAmount(), transportGross != null ? transportGross : gross,
                transportPackages != null ? transportPackages : packages, invoice.lines(), invoice.encoding(),
                invoice.unrecognisedColumns());
    }

    private static <T> T transportFigure(TransactionView view, Map<Long, org.tradedesk.clearance.domain.DocumentFigures> figures,
            java.util.function.Function<org.tradedesk.clearance.domain.DocumentFigures, T> field) {
        for (List<DocumentType> kinds : List.of(List.of(DocumentType.BILL_OF_LADING, DocumentType.AIR_WAYBILL),
                List.of(DocumentType.PACKING_LIST))) {
            for (DocumentView d : view.documents()) {
                org.tradedesk.clearance.domain.DocumentFigures f = figures.get(d.id());
                if (kinds.contains(d.type()) && d.withdrawnAt() == null && f != null && field.apply(f) != null) {
                    return field.apply(f);
                }
            }
        }
        return null;
    }

    /**
     * Each combined line's source (issue 8 traceability): the invoice document, its number and the line's own number there,
     * in the order of {@link #combined}'s lines.
     */
    static List<DeclarationMessage.ItemSource> sources(TransactionView view) {
        List<DeclarationMessage.ItemSource> out = new ArrayList<>();
        for (DocumentView d : declaredInvoices(view)) {
            for (CapturedLine l : d.captured().lines()) {
                out.add(new DeclarationMessage.ItemSource(d.id(), blankToNull(d.captured().invoiceNumber()) == null ? null
                        : d.captured().invoiceNumber().strip(), l.lineNumber()));
            }
        }
        return out;
    }

    /**
     * The invoices the declaration covers that disagree on {@code field}, each with its value ("INV-1 (USD), INV-2 (EUR)"),
     * or null when they agree: one declaration carries one invoice currency and one Incoterm.
     */
    static String differing(TransactionView view, java.util.function.Function<CapturedInvoice, String> field) {
        List<DocumentView> declared = declaredInvoices(view).stream().filter(d -> blankToNull(field.apply(d.captured())) != null).toList();
        if (declared.stream().map(d -> field.apply(d.captured()).strip().toUpperCase(java.util.Locale.ROOT)).distinct().count() < 2) {
            return null;
        }
        // an invoice without a number by its place in the file, never by its database id (T4 R6)
        return String.join(", ", declared.stream().map(d -> (blankToNull(d.captured().invoiceNumber()) == null
                ? "document " + DocumentReference.positionOf(view.documents(), d.id()) : d.captured().invoiceNumber().strip())
                + " (" + field.apply(d.captured()).strip().toUpperCase(java.util.Locale.ROOT) + ")").toList());
    }

    /**
     * Refuses to build from invoices that differ in currency or Incoterm — the declaration's draft, an alternative's or a
     * dispute's costing (T4 R8: the combined invoice then has none, and the refusal said the invoice gives no currency
     * or no Incoterm). The problem names each invoice as the user knows it with its value, in the reader's language.
     */
    static void refuseDiffering(TransactionView view, String problemField) {
        refuseDiffering(view, problemField, CapturedInvoice::currency, "clearance.declaration.currencies-differ",
                "the invoices to declare are in different currencies: ");
        refuseDiffering(view, problemField, CapturedInvoice::incoterm, "clearance.declaration.incoterms-differ",
                "the invoices to declare are on different Incoterms: ");
    }

    private static void refuseDiffering(TransactionView view, String problemField,
            java.util.function.Function<CapturedInvoice, String> field, String code, String english) {
        String differing = differing(view, field);
        if (differing == null) {
            return;
        }
        org.tradedesk.shared.MessageText list = null;
        for (DocumentView d : declaredInvoices(view)) {
            if (blankToNull(field.apply(d.captured())) == null) {
                continue;
            }
            org.tradedesk.shared.MessageText one = org.tradedesk.shared.MessageText.of("clearance.declaration.invoice-value",
                    org.tradedesk.shared.MessageText.Arg.message(DocumentReference.named(view.documents(), d.id())),
                    org.tradedesk.shared.MessageText.Arg.literal(field.apply(d.captured()).strip().toUpperCase(java.util.Locale.ROOT)));
            list = list == null ? one : org.tradedesk.shared.MessageText.of("clearance.query.item.list",
                    org.tradedesk.shared.MessageText.Arg.message(list), org.tradedesk.shared.MessageText.Arg.message(one));
        }
        throw new ClearanceInputInvalid(problemField, code, org.tradedesk.shared.MessageText.of(code,
                org.tradedesk.shared.MessageText.Arg.message(list)), english + differing);
    }

    private static <T> T shared(List<CapturedInvoice> all, java.util.function.Function<CapturedInvoice, T> field) {
        List<T> values = all.stream().map(field).filter(java.util.Objects::nonNull).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    /** A code the invoices share (case and spaces aside), else null. */
    private static String sharedCode(List<CapturedInvoice> all, java.util.function.Function<CapturedInvoice, String> field) {
        return shared(all, c -> blankToNull(field.apply(c)) == null ? null : field.apply(c).strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** A name the invoices share (spaces aside), else null. */
    private static String sharedText(List<CapturedInvoice> all, java.util.function.Function<CapturedInvoice, String> field) {
        return shared(all, c -> blankToNull(field.apply(c)) == null ? null : field.apply(c).strip());
    }

    /** The tax engine's request for the invoice with the recommended options. */
    static TaxRequest taxRequest(TransactionView view, CapturedInvoice invoice, DeclarationDraft draft, LocalDate date) {
        Map<Integer, DeclarationDraft.ItemChoice> choices = choices(draft);
        List<TaxRequestLine> lines = new ArrayList<>();
        for (CapturedLine l : invoice.lines()) {
            DeclarationDraft.ItemChoice choice = choices.get(l.lineNumber());
            String code = choice != null && blankToNull(choice.tariffCode()) != null ? choice.tariffCode() : l.tariffCode();
            String digits = code == null ? null : code.replaceAll("[^0-9]", "");
            String scheme = choice == null ? null : blankToNull(choice.preference());
            if (scheme != null && org.tradedesk.clearance.domain.SchemeLabels.isGeneral(scheme)) {
                scheme = null;
            }
            String duty = choice == null ? null : blankToNull(choice.duty());
            // a rate given is the rate the line pays: it overrides the catalogue (a code not loaded, a ruling), and with a
            // preference it is that preference's rate, an option the engine uses; a preference without a rate takes the
            // catalogue's preferential measure of that scheme
            List<TaxRequestLine.DutyOptionRequest> options = scheme != null && duty != null
                    ? List.of(new TaxRequestLine.DutyOptionRequest(scheme.strip(), null, duty.strip(), null)) : null;
            // the rates the coordinator typed for the chain's steps (acceptance review of issue 8, 1: a car's 貨物稅), the duty
            // typed on the item over them
            Map<String, String> measures = new LinkedHashMap<>(choice == null ? Map.of() : choice.measures());
            if (duty != null) {
                measures.put("duty", duty.strip());
            }
            lines.add(new TaxRequestLine(l.description(), digits == null || digits.length() < 2 ? null : tariffForEngine(view, digits),
                    l.originCountry(), l.amount() == null ? BigDecimal.ZERO : l.amount(), l.quantity(), null, l.netMassKg(),
                    // the draft's figure, else the one captured on the invoice line (review of issue 8, 3)
                    choice != null && choice.litres() != null ? choice.litres() : l.litres(),
                    choice != null && choice.alcoholByVolume() != null ? choice.alcoholByVolume() : l.alcoholByVolume(),
                    null, null, scheme == null ? null : scheme.strip(), measures, options));
        }
        return new TaxRequest(view.details().jurisdiction().name(), date, invoice.currency(), incoterm(view, invoice),
                draft.exchangeRate(), null, null, draft.freight(), draft.insurance(), null, null, null, lines,
                invoice.invoiceNumber() == null ? null : invoiceNumbers(invoice.invoiceNumber(), 40), invoice.issueDate());
    }

    private static final java.util.regex.Pattern ENGINE_LINE = java.util.regex.Pattern.compile("^lines\\[(\\d+)](?:\\.(\\w+))?.*$");

    /**
     * The engine's refusal of a draft's request, at the draft's own field (acceptance review of issue 8, 3: a wine line gave
     * 400 「菸酒稅…需要酒精數量（公升及酒精濃度）」 with {@code errors:[]}): the engine's {@code lines[i]…} is the declaration's
     * item i + 1, {@code items[i]} on the form and in the API; a rate typed is {@code items[i].measures}; a quantity of
     * alcohol the engine needs is {@code items[i].litres} and {@code items[i].alcoholByVolume} (those not given), a volume
     * {@code items[i].litres}. The engine's own words (the line, the tax, what it needs) are the message.
     */
    static ClearanceInputInvalid atDraftField(org.tradedesk.taxes.TaxInputInvalid e, TaxRequest request) {
        java.util.regex.Matcher m = ENGINE_LINE.matcher(e.field() == null ? "" : e.field());
        if (!m.matches()) {
            return new ClearanceInputInvalid(e.field() == null ? "items" : e.field(), e.messageCode(), e.asText(), e.getMessage());
        }
        int i = Integer.parseInt(m.group(1));
        TaxRequestLine line = i < request.lines().size() ? request.lines().get(i) : null;
        String own = m.group(2);
        List<String> fields = new ArrayList<>();
        if ("measures".equals(own) || "litres".equals(own) || "alcoholByVolume".equals(own)) {
            fields.add(own);
        } else if (own == null && mentions(e.asText(), "duty.context.needs.quantity.alcohol")) {
            if (line == null || line.litres() == null) {
                fields.add("litres");
            }
            if (line == null || line.alcoholByVolume() == null) {
                fields.add("alcoholByVolume");
            }
        } else if (own == null && mentions(e.asText(), "duty.context.needs.quantity.volume")) {
            fields.add("litres");
        } else if (own == null) {
            // another input the step needs (a rate, a content): given under the item's measure overrides
            fields.add("measures");
        } else {
            fields.add(own);
        }
        if (fields.isEmpty()) {
            fields.add("litres");
        }
        List<ClearanceInputInvalid> problems = new ArrayList<>();
        for (String f : fields) {
            problems.add(new ClearanceInputInvalid("items[" + i + "]." + f, e.messageCode(), e.asText(), e.getMessage()));
        }
        try {
            ClearanceInputInvalid.throwAll(problems);
        } catch (ClearanceInputInvalid all) {
            return all;
        }
        return problems.get(0);
    }

    /**
     * The engine as the file's alternatives and disputes ask it (acceptance review of issue 8, 4): each line of the request
     * with what the coordinator gave the engine for that item on the file's declaration ({@link
     * DeclarationMessage.EngineInput}: the rates typed, e.g. a car's {@code commodityTax=25%}, the litres and the strength) —
     * so a car costed by an alternative or a dispute carries its 貨物稅 as the declaration does. A line keeps what its own
     * request gives (the duty of a side in dispute); the inputs are taken only when the request has the declaration's
     * items (same count), line i being item i + 1.
     */
    static java.util.function.Function<TaxRequest, TaxResult> withInputs(java.util.function.Function<TaxRequest, TaxResult> engine,
            List<DeclarationMessage.EngineInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return engine;
        }
        return request -> engine.apply(withInputs(request, inputs));
    }

    static TaxRequest withInputs(TaxRequest request, List<DeclarationMessage.EngineInput> inputs) {
        int items = inputs.stream().mapToInt(DeclarationMessage.EngineInput::item).max().orElse(0);
        if (items > request.lines().size()) {
            return request;
        }
        Map<Integer, DeclarationMessage.EngineInput> byItem = new HashMap<>();
        inputs.forEach(in -> byItem.put(in.item(), in));
        List<TaxRequestLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            TaxRequestLine l = request.lines().get(i);
            DeclarationMessage.EngineInput in = byItem.get(i + 1);
            if (in == null) {
                lines.add(l);
                continue;
            }
            Map<String, String> measures = new LinkedHashMap<>(in.measures());
            measures.putAll(l.measures());
            lines.add(new TaxRequestLine(l.description(), l.tariffCode(), l.origin(), l.value(), l.quantity(), l.unit(), l.netMassKg(),
                    l.litres() != null ? l.litres() : in.litres(), l.alcoholByVolume() != null ? l.alcoholByVolume() : in.alcoholByVolume(),
                    l.sucrosePercent(), l.fuelEfficient(), l.scheme(), measures, l.options(), l.totalSolubleSolidsPercent(),
                    l.retailPrice(), l.annualProductionHl(), l.draught()));
        }
        return request.withLines(lines);
    }

    /**
     * The engine's taxes not computed, one after another in the reader's language (each names the line, the tax and what to
     * give: the engine's own note), for a refusal of an alternative's or a dispute's costing (acceptance review of issue 8, 4).
     */
    static org.tradedesk.shared.MessageText notComputedList(TaxResult result) {
        org.tradedesk.shared.MessageText list = null;
        for (org.tradedesk.shared.MessageText note : result.notComputed()) {
            list = list == null ? note : org.tradedesk.shared.MessageText.of("clearance.engine.not-computed.list",
                    org.tradedesk.shared.MessageText.Arg.message(list), org.tradedesk.shared.MessageText.Arg.message(note));
        }
        return list;
    }

    /** Whether the message or one nested in its arguments has the code. */
    static boolean mentions(org.tradedesk.shared.MessageText text, String code) {
        if (text == null) {
            return false;
        }
        if (code.equals(text.code())) {
            return true;
        }
        return text.args().stream().anyMatch(a -> mentions(a.message(), code));
    }

    /**
     * The invoice numbers ("A, B, C", as {@link #combined} lists them) within {@code max} characters for the engine's
     * request: cut after a whole number, the numbers left out counted ("A, B (+1)"), never in the middle of a number
     * (T4 R9); a single number longer than {@code max} is cut as before.
     */
    static String invoiceNumbers(String numbers, int max) {
        if (numbers.length() <= max) {
            return numbers;
        }
        String[] all = numbers.split(", ");
        if (all.length < 2) {
            return cut(numbers, max);
        }
        for (int kept = all.length - 1; kept >= 1; kept--) {
            String shown = String.join(", ", java.util.Arrays.asList(all).subList(0, kept)) + " (+" + (all.length - kept) + ")";
            if (shown.length() <= max) {
                return shown;
            }
        }
        return cut(all[0], max - (" (+" + (all.length - 1) + ")").length()) + " (+" + (all.length - 1) + ")";
    }

    /** Taiwan's column III is not a preference one claims (it applies to origins without column I treatment). */
    private static final String NOT_A_CHOICE = "TW_COLUMN_III";

    /**
     * What the declaration's claimed preferences rest on (issue 8 F1): whether the file holds a certificate of origin, and
     * for each item claiming a preference the preferences the tax engine offers for its tariff line and origin on the
     * declaration date — asked of the engine as {@link AlternativeEngineCosting} does (the line at the general rate, its
     * duty options), not kept in a list of our own. A line the engine cannot compute at the general rate (its code not in
     * the catalogue) has no preference offered. Null when no item claims one.
     */
    static org.tradedesk.clearance.messages.DeclarationValidation.PreferenceFacts preferenceFacts(TransactionView view,
            CapturedInvoice invoice, DeclarationMessage d, java.util.function.Function<TaxRequest, TaxResult> engine,
            java.util.function.BiFunction<DeclarationMessage, DeclarationItem, Boolean> memberOf) {
        if (d.items().stream().allMatch(it -> blankToNull(it.preferenceClaimed()) == null)) {
            return null;
        }
        boolean proof = proofOfOrigin(view);
        Map<Integer, java.util.Set<String>> offered = new HashMap<>();
        if (invoice != null && invoice.lines().size() == d.items().size()) {
            List<DeclarationDraft.ItemChoice> choices = new ArrayList<>();
            for (int i = 0; i < d.items().size(); i++) {
                DeclarationItem it = d.items().get(i);
                choices.add(new DeclarationDraft.ItemChoice(invoice.lines().get(i).lineNumber(), it.tariffCode(), null, null, null));
            }
            DeclarationDraft general = new DeclarationDraft(null, null, null, d.exchangeRate(), d.freight(), d.insurance(), null, choices);
            try {
                TaxResult r = engine.apply(taxRequest(view, invoice, general, d.declarationDate()));
                for (TaxResult.DutyOption o : r.options()) {
                    if (!AlternativeEngineCosting.GENERAL.equals(o.scheme()) && !NOT_A_CHOICE.equals(o.scheme())) {
                        offered.computeIfAbsent(o.line(), k -> new java.util.LinkedHashSet<>()).add(o.scheme());
                    }
                }
            } catch (RuntimeException e) {
                // the engine cannot rate the lines at the general rate: it offers nothing to claim
            }
        }
        // a line the engine offers no option at all (its code has no preferential rate loaded): the origin is checked
        // against the scheme's country list as the engine would (tariff module); no list for the scheme, nothing offered
        for (DeclarationItem it : d.items()) {
            if (blankToNull(it.preferenceClaimed()) != null && !offered.containsKey(it.sequence())
                    && Boolean.TRUE.equals(memberOf.apply(d, it))) {
                offered.put(it.sequence(), java.util.Set.of(it.preferenceClaimed().strip()));
            }
        }
        return new org.tradedesk.clearance.messages.DeclarationValidation.PreferenceFacts(proof, offered);
    }

    /** Whether the file holds a certificate of origin (the proof a claimed preference rests on). */
    static boolean proofOfOrigin(TransactionView view) {
        return view.documents().stream().anyMatch(doc -> doc.type() == DocumentType.CERTIFICATE_OF_ORIGIN);
    }

    /** The declaration: header from the file and invoice, items from the lines, figures from the engine's result. */
    static DeclarationMessage declaration(TransactionView view, CapturedInvoice invoice, DeclarationDraft draft, TaxResult result,
            int version, LocalDate date) {
        String jurisdiction = view.details().jurisdiction().name();
        boolean au = "AU".equals(jurisdiction);
        Map<Integer, DeclarationDraft.ItemChoice> choices = choices(draft);
        List<DeclarationMessage.ItemSource> sources = sources(view);
        Map<String, Boolean> collected = new HashMap<>();
        result.taxes().forEach(t -> collected.put(t.code(), t.collected()));
        List<DeclarationItem> items = new ArrayList<>();
        BigDecimal values = BigDecimal.ZERO;
        BigDecimal duties = BigDecimal.ZERO;
        for (int i = 0; i < invoice.lines().size(); i++) {
            CapturedLine l = invoice.lines().get(i);
            TaxResult.LineResult r = result.lines().get(i);
            DeclarationDraft.ItemChoice choice = choices.get(l.lineNumber());
            String code = choice != null && blankToNull(choice.tariffCode()) != null ? choice.tariffCode() : l.tariffCode();
            String digits = code == null ? null : code.replaceAll("[^0-9A-Z]", "");
            String tariff = digits;
            String stat = null;
            if (au && digits != null && digits.length() >= 8) {
                tariff = digits.substring(0, 8);
                stat = digits.length() >= 10 ? digits.substring(8, 10) : null;
            }
            if (au && choice != null && blankToNull(choice.statisticalCode()) != null) {
                stat = choice.statisticalCode().strip();
            }
            List<DutyTax> taxes = lineTaxes(result, i, collected, au);
            for (DutyTax t : taxes) {
                duties = duties.add(t.amount());
            }
            BigDecimal customsValue = declaredValue(r.customsValue(), au);
            values = values.add(customsValue);
            String preference = choice == null ? null : blankToNull(choice.preference());
            items.add(new DeclarationItem(i + 1, l.description(), tariff, stat, l.originCountry(),
                    preference == null || "GENERAL".equalsIgnoreCase(preference) ? null : preference, l.quantity(),
                    l.unitCode() == null && au ? "EA" : l.unitCode(), l.netMassKg(), l.amount(), customsValue, taxes,
                    i < sources.size() && sources.size() == invoice.lines().size() ? sources.get(i) : null));
        }
        shipmentTaxes(result, items, au ? AU_TYPES : TW_TYPES);
        // One rule for the header: the declaration's duties-and-taxes total is the sum of its items' amounts as declared,
        // each already rounded as the engine's step for that tax rounds it (TW: TRUNCATE_0, whole NT$ — taxes/chains/TW.json,
        // roundingSource: 稅款解繳作業辦法 第5條 and the two court judgments of worked-examples.json). Not the engine's
        // shipment figure computed on the unrounded sum of the bases: that can exceed the items by NT$1 (issue 8: items
        // 46,624, header 46,625) and customs add the items up.
        duties = headerTotal(items);
        if (!au) {
            // except Taiwan's trade promotion fee, levied per declaration on the total 完稅價格 (issue 8 F8: 324, not the
            // items' 252 + 71 = 323); the difference from the items is shown apart (DeclarationView#roundingDifference)
            duties = org.tradedesk.clearance.messages.DeclarationValidation.taiwanHeaderTotal(items);
        }
        TransactionDetails d = view.details();
        String importerName = firstNonBlank(d.parties().importer(), invoice.buyerName());
        DeclarationMessage.TaiwanParticulars taiwan = null;
        if (!au) {
            // Taiwan's declaration carries the importer's English name (Importer/Name) and its Chinese name apart
            // (tw_ChineseName): the English name typed on the file, else the file's name when it has no Chinese characters;
            // the file's name is the Chinese one when it has them (a missing English name is then named by validation)
            CustomsParticulars c = d.customs();
            String fileName = importerName;
            boolean chinese = fileName != null && fileName.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            importerName = blankToNull(c.importerEnglishName()) != null ? c.importerEnglishName().strip() : chinese ? null : fileName;
            taiwan = new DeclarationMessage.TaiwanParticulars(blankToNull(c.transportDocumentNumber()), blankToNull(c.journeyId()),
                    blankToNull(c.goodsLocation()), blankToNull(c.packageTypeCode()), blankToNull(c.representativeId()),
                    blankToNull(c.importerTypeCode()), chinese ? fileName : null, blankToNull(c.importerAddress()),
                    blankToNull(c.dutyMethodCode()));
        }
        if (au && blankToNull(d.customs().importerEnglishName()) != null) {
            // T4 code read R7: the Australian CUSDEC is written in Latin letters (UNOC): the importer's English name on the
            // file, when it has one, rather than a name in Chinese
            importerName = d.customs().importerEnglishName().strip();
        }
        String exporterName = firstNonBlank(d.parties().exporter(), invoice.sellerName());
        String declarantName = firstNonBlank(draft.declarantName(), d.parties().broker());
        BigDecimal invoiceTotal = invoice.totalAmount();
        if (invoiceTotal == null) {
            invoiceTotal = invoice.lines().stream().map(CapturedLine::amount).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        String reference = blankToNull(d.reference()) == null ? "TD" + view.id() : cut(d.reference().replaceAll("[^A-Za-z0-9-]", ""), 35);
        // what the coordinator gave the engine per item, kept for the file's alternatives and disputes (review of issue 8, 4)
        List<DeclarationMessage.EngineInput> inputs = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            DeclarationDraft.ItemChoice choice = choices.get(invoice.lines().get(i).lineNumber());
            DeclarationMessage.EngineInput input = choice == null ? null
                    : new DeclarationMessage.EngineInput(i + 1, choice.measures(), choice.litres(), choice.alcoholByVolume());
            if (input != null && input.given()) {
                inputs.add(input);
            }
        }
        return new DeclarationMessage(jurisdiction, reference, version, version == 1 ? FunctionCode.ORIGINAL : FunctionCode.AMENDMENT,
                date, new Party(blankToNull(draft.declarantId()), declarantName, jurisdiction),
                new Party(blankToNull(draft.importerId()), importerName, jurisdiction),
                exporterName == null ? null : new Party(null, exporterName, invoice.sellerCountry()),
                DeclarationMessage.TransportMode.valueOf(d.mode().name()), blankToNull(d.portOfLoading()), blankToNull(d.portOfDischarge()),
                d.arrivalDate(), incoterm(view, invoice), au ? "FOB" : "CIF", invoice.currency(), draft.exchangeRate(),
                view.details().jurisdiction().localCurrency().value(), invoiceTotal, draft.freight(), draft.insurance(), values, duties, invoice.packages(),
                invoice.grossMassKg(), items, taiwan, au ? new DeclarationMessage.Transport(blankToNull(d.customs().transportDocumentNumber()),
                        blankToNull(d.customs().journeyId())) : null, null, result.notComputed(), inputs);
    }

    /**
     * An export declaration (t4exp) from the file and its invoices: the exporter is the declaring trader (the file's exporter,
     * else the invoice's seller, with the customs id given as the draft's trader id — ABN or 統一編號), the consignee the
     * file's consignee (else its importer, else the invoice's buyer) in the country of destination (the invoice's buyer
     * country, else the country of the port of discharge's UN/LOCODE), the export date the declaration date (the file keeps
     * no departure date: README). Each item's value is its FOB value in the local currency: the invoice total less the
     * freight and insurance the Incoterm includes (CFR/CIF/CPT/CIP/DAP/DPU/DDP: the draft's freight; CIF/CIP: the
     * draft's insurance, required; DAP/DPU/DDP: the insurance when typed), shared over the lines by their amounts, converted at the draft's rate and rounded to the local currency's
     * unit (TWD whole dollars, AUD cents, half up); the header total is the items' sum. The only charge is each of
     * {@code charges} on that total (Taiwan's 推廣貿易服務費 from the tax engine's chain; none for Australia, whose
     * {@code dutiesAndTaxesTotal} is then left out as its CUSDEC carries none). No import duty or tax is computed.
     */
    static DeclarationMessage exportDeclaration(TransactionView view, CapturedInvoice invoice, DeclarationDraft draft, int version,
            LocalDate date, java.util.function.Function<BigDecimal, List<org.tradedesk.taxes.ExportCharge>> charges) {
        String jurisdiction = view.details().jurisdiction().name();
        boolean au = "AU".equals(jurisdiction);
        String local = view.details().jurisdiction().localCurrency().value();
        int scale = au ? 2 : 0;
        Map<Integer, DeclarationDraft.ItemChoice> choices = choices(draft);
        List<DeclarationMessage.ItemSource> sources = sources(view);
        TransactionDetails d = view.details();
        BigDecimal invoiceTotal = invoice.totalAmount();
        BigDecimal linesTotal = invoice.lines().stream().map(CapturedLine::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (invoiceTotal == null) {
            invoiceTotal = linesTotal;
        }
        Incoterm incoterm = incoterm(view, invoice);
        BigDecimal fob = invoiceTotal;
        if (incoterm != null && incoterm.includesMainCarriage() && draft.freight() != null) {
            fob = fob.subtract(draft.freight());
        }
        // insurance typed under a term whose price may include it (CIF/CIP by rule; DAP/DPU/DDP, where the seller bears the
        // risk to the destination and insures at his cost) is taken off; CFR/CPT leave insurance to the buyer (t4fixAA R3)
        if (incoterm != null && (incoterm.includesInsurance() || incoterm.name().startsWith("D")) && draft.insurance() != null) {
            fob = fob.subtract(draft.insurance());
        }
        BigDecimal rate = draft.exchangeRate();
        List<DeclarationItem> items = new ArrayList<>();
        BigDecimal values = BigDecimal.ZERO;
        for (int i = 0; i < invoice.lines().size(); i++) {
            CapturedLine l = invoice.lines().get(i);
            DeclarationDraft.ItemChoice choice = choices.get(l.lineNumber());
            String code = choice != null && blankToNull(choice.tariffCode()) != null ? choice.tariffCode() : l.tariffCode();
            String digits = code == null ? null : code.replaceAll("[^0-9A-Z]", "");
            // Australia: the 8-digit AHECC code alone (RFF+HS); Taiwan: the 11-character CCC code
            String tariff = au && digits != null && digits.length() > 8 ? digits.substring(0, 8) : digits;
            BigDecimal value = null;
            if (l.amount() != null && rate != null && linesTotal.signum() > 0) {
                value = l.amount().multiply(fob).multiply(rate).divide(linesTotal, scale, java.math.RoundingMode.HALF_UP);
                values = values.add(value);
            }
            items.add(new DeclarationItem(i + 1, l.description(), tariff, null, l.originCountry(), null, l.quantity(),
                    l.unitCode() == null && au ? "EA" : l.unitCode(), l.netMassKg(), l.amount(), value, List.of(),
                    i < sources.size() && sources.size() == invoice.lines().size() ? sources.get(i) : null));
        }
        BigDecimal fee = null;
        if (!au) {
            fee = BigDecimal.ZERO;
            for (org.tradedesk.taxes.ExportCharge c : charges.apply(values)) {
                fee = fee.add(c.amount());
            }
        }
        String destination = blankToNull(invoice.buyerCountry()) != null ? invoice.buyerCountry().strip().toUpperCase(java.util.Locale.ROOT)
                : blankToNull(d.portOfDischarge()) != null && d.portOfDischarge().strip().length() >= 2
                        ? d.portOfDischarge().strip().substring(0, 2).toUpperCase(java.util.Locale.ROOT) : null;
        String consigneeName = firstNonBlank(d.parties().consignee(), firstNonBlank(d.parties().importer(), invoice.buyerName()));
        String exporterName = firstNonBlank(d.parties().exporter(), invoice.sellerName());
        if (au && blankToNull(d.customs().importerEnglishName()) != null) {
            // the client's name in Latin letters (the CUSDEC is UNOC): the English name the file gives for its trader
            exporterName = d.customs().importerEnglishName().strip();
        }
        String declarantName = firstNonBlank(draft.declarantName(), d.parties().broker());
        String reference = blankToNull(d.reference()) == null ? "TD" + view.id() : cut(d.reference().replaceAll("[^A-Za-z0-9-]", ""), 35);
        DeclarationMessage.Transport transport = new DeclarationMessage.Transport(blankToNull(d.customs().transportDocumentNumber()),
                blankToNull(d.customs().journeyId()));
        return new DeclarationMessage(jurisdiction, reference, version, version == 1 ? FunctionCode.ORIGINAL : FunctionCode.AMENDMENT,
                date, new Party(blankToNull(draft.declarantId()), declarantName, jurisdiction), null,
                exporterName == null && blankToNull(draft.importerId()) == null ? null
                        : new Party(blankToNull(draft.importerId()), exporterName, jurisdiction),
                DeclarationMessage.TransportMode.valueOf(d.mode().name()), blankToNull(d.portOfLoading()), blankToNull(d.portOfDischarge()),
                null, incoterm, "FOB", invoice.currency(), rate, local, invoiceTotal, draft.freight(), draft.insurance(), values, fee,
                invoice.packages(), invoice.grossMassKg(), items, null, transport,
                new DeclarationMessage.ExportParticulars(date, destination,
                        consigneeName == null ? null : new Party(null, consigneeName, destination)));
    }

    /** The duties and taxes of the engine's line {@code i} as a declaration item carries them (the line's own taxes). */
    private static List<DutyTax> lineTaxes(TaxResult result, int i, Map<String, Boolean> collected, boolean au) {
        List<DutyTax> taxes = new ArrayList<>();
        Map<String, String> names = au ? AU_TYPES : TW_TYPES;
        for (Map.Entry<String, BigDecimal> t : result.lines().get(i).taxes().entrySet()) {
            if (!collected.getOrDefault(t.getKey(), true) || t.getValue() == null) {
                continue;
            }
            TaxResult.TaxStep step = step(result, i + 1, t.getKey());
            BigDecimal base = step == null ? null : au ? cents(step.base()) : step.base();
            // Taiwan: the base is on the 完稅價格 as declared, whole NT$ — the engine's own value now (taxes/chains/TW.json
            // customsValue; t4fixAB), not re-rounded here (review of issue 8, 2: 734,627.50 + 關稅 … was shown)
            taxes.add(new DutyTax(names.getOrDefault(t.getKey(), cut(t.getKey(), 3)), step == null ? null : percent(step.rate()),
                    base, t.getValue()));
        }
        return taxes;
    }

    /**
     * The figures a declaration built on this engine result carries, item by item (customs value and duties and taxes,
     * the shipment taxes per item by {@link #shipmentTaxes}) — the same method as {@link #declaration}, for whoever
     * compares with a lodged declaration (a dispute's two sides, issue 8).
     */
    static List<DeclarationItem> figures(TaxResult result, boolean au) {
        Map<String, Boolean> collected = new HashMap<>();
        result.taxes().forEach(t -> collected.put(t.code(), t.collected()));
        List<DeclarationItem> items = new ArrayList<>();
        for (int i = 0; i < result.lines().size(); i++) {
            BigDecimal customsValue = declaredValue(result.lines().get(i).customsValue(), au);
            items.add(new DeclarationItem(i + 1, null, null, null, null, null, null, null, null, null, customsValue,
                    lineTaxes(result, i, collected, au)));
        }
        shipmentTaxes(result, items, au ? AU_TYPES : TW_TYPES);
        return items;
    }

    /** The declaration's type of an engine tax code (AU CUSDEC TAX 5153; TW 稅費代碼 as the desk names them). */
    static String type(String code, boolean au) {
        return (au ? AU_TYPES : TW_TYPES).getOrDefault(code, cut(code, 3));
    }

    /**
     * Taxes the engine computes on the whole shipment (Taiwan's business tax and trade promotion fee) are not in any
     * line's figures. Each item's figure is computed from its own base, rate and rounding rule as the engine's shipment
     * step states them: the base is the step's formula on the item ({@code CUSTOMS_VALUE + DUTY + COMMODITY_TAX…}: the
     * item's customs value plus its own taxes of those codes), the rate the step's percentage, rounded by the step's rule
     * (營業稅 5 % of 完稅價格 + 關稅 (+ 貨物稅…); 推廣貿易服務費 0.04 % of 完稅價格). The shipment total stays the
     * engine's; the difference the items' rounding leaves is shown apart ({@link DeclarationView#roundingDifference()}).
     * When the formula cannot be taken item by item (a term no item carries, no percentage rate, item bases that do not
     * add up to the engine's base) the tax is spread in proportion to the customs values as before, the last item taking
     * the remainder. Returns the engine's amounts of these taxes.
     */
    static BigDecimal shipmentTaxes(TaxResult result, List<DeclarationItem> items, Map<String, String> names) {
        java.util.Set<String> perLine = new java.util.HashSet<>();
        result.lines().forEach(l -> perLine.addAll(l.taxes().keySet()));
        BigDecimal values = items.stream().map(DeclarationItem::customsValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spread = BigDecimal.ZERO;
        for (TaxResult.TaxTotal t : result.taxes()) {
            if (!t.collected() || perLine.contains(t.code()) || t.amount() == null || items.isEmpty()) {
                continue;
            }
            TaxResult.TaxStep step = step(result, null, t.code());
            BigDecimal rate = step == null ? null : percent(step.rate());
            String type = names.getOrDefault(t.code(), cut(t.code(), 3));
            List<DutyTax> own = ownFigures(result, step, rate, t, items, names, type);
            BigDecimal left = t.amount();
            BigDecimal baseLeft = t.base();
            for (int i = 0; i < items.size(); i++) {
                DeclarationItem it = items.get(i);
                DutyTax figure;
                if (own != null) {
                    figure = own.get(i);
                } else {
                    boolean last = i == items.size() - 1;
                    BigDecimal share = last || values.signum() == 0 ? left
                            : t.amount().multiply(it.customsValue()).divide(values, t.amount().scale(), java.math.RoundingMode.DOWN);
                    BigDecimal baseShare = t.base() == null ? null : last || values.signum() == 0 ? baseLeft
                            : t.base().multiply(it.customsValue()).divide(values, t.base().scale(), java.math.RoundingMode.DOWN);
                    left = left.subtract(share);
                    baseLeft = baseShare == null ? baseLeft : baseLeft.subtract(baseShare);
                    figure = new DutyTax(type, rate, baseShare, share);
                }
                List<DutyTax> taxes = new ArrayList<>(it.dutiesAndTaxes());
                taxes.add(figure);
                items.set(i, it.withDutiesAndTaxes(taxes));
            }
            spread = spread.add(t.amount());
        }
        return spread;
    }

    /**
     * An Australian value or tax base as the declaration carries it: to the cent (AUD's minor unit), half up (issue 8 F7:
     * the engine keeps them unrounded, 19012.032000; the CUSDEC's MOA amounts are in the currency's minor units and the
     * header is the items added up as written). The duty and GST amounts are the engine's, already to the cent by its own
     * rounding rules; half up is the ordinary commercial rounding for a value that only states the base.
     */
    static BigDecimal cents(BigDecimal v) {
        return v == null || v.scale() <= 2 ? v : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * An item's customs value as the declaration carries it: Australia to the cent ({@link #cents}); Taiwan's 完稅價格 as the
     * engine values it — whole NT$, truncated, by the chain's own rule for the value (taxes/chains/TW.json {@code customsValue},
     * with its source; t4fixAB moved it there from here: the engine worked its taxes on the value with cents and the declared
     * item's value and the engine's base could differ by NT$1), not the exact conversion (acceptance review of issue 8, 2:
     * USD 22,850 × 32.15 = 734,627.50 failed the field's n..14). One rule, the engine's, applied once.
     */
    static BigDecimal declaredValue(BigDecimal exact, boolean au) {
        return au ? cents(exact) : exact;
    }

    /** The declaration's duties-and-taxes total: its items' amounts, as declared (each rounded by its tax's rule), added up. */
    static BigDecimal headerTotal(List<DeclarationItem> items) {
        return items.stream().flatMap(it -> it.dutiesAndTaxes().stream()).map(DutyTax::amount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Each item's figure of a shipment tax from its own base, or null when the step's formula cannot be taken per item. */
    private static List<DutyTax> ownFigures(TaxResult result, TaxResult.TaxStep step, BigDecimal rate, TaxResult.TaxTotal t,
            List<DeclarationItem> items, Map<String, String> names, String type) {
        if (step == null || rate == null || step.baseFormula() == null || step.baseFormula().isBlank() || t.base() == null) {
            return null;
        }
        String[] terms = step.baseFormula().split("\\+");
        org.tradedesk.shared.RoundingRule rounding;
        try {
            rounding = org.tradedesk.shared.RoundingRule.parse(step.rounding());
        } catch (RuntimeException e) {
            return null;
        }
        List<DutyTax> out = new ArrayList<>();
        BigDecimal bases = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            DeclarationItem it = items.get(i);
            BigDecimal base = BigDecimal.ZERO;
            for (String raw : terms) {
                String term = raw.strip();
                if (term.equals("CUSTOMS_VALUE")) {
                    // the item's 完稅價格 as declared (whole NT$); the check against the engine's base below takes the
                    // engine's exact value of the line, so a base rounded the declaration's way still counts as the engine's
                    base = base.add(it.customsValue());
                    BigDecimal exact = i < result.lines().size() ? result.lines().get(i).customsValue() : null;
                    bases = exact == null ? bases.add(it.customsValue()) : bases.add(exact);
                    continue;
                }
                String name = names.getOrDefault(term, cut(term, 3));
                BigDecimal own = it.dutiesAndTaxes().stream().filter(x -> x.type().equals(name)).map(DutyTax::amount).findFirst().orElse(null);
                // a tax that did not apply to this item adds nothing (the item bases must still add up to the engine's base)
                base = own == null ? base : base.add(own);
                bases = own == null ? bases : bases.add(own);
            }
            BigDecimal exact = base.multiply(rate).divide(BigDecimal.valueOf(100));
            // not collected at the shipment's level (推廣貿易服務費 of NT$100 or less): no item owes any
            BigDecimal amount = t.amount().signum() == 0 ? t.amount() : rounding.scale() < 0 ? exact : rounding.apply(exact);
            out.add(new DutyTax(type, rate, base, amount));
        }
        return bases.compareTo(t.base()) == 0 ? out : null;
    }

    private static TaxResult.TaxStep step(TaxResult result, Integer line, String code) {
        for (TaxResult.TaxStep s : result.steps()) {
            if (java.util.Objects.equals(s.line(), line) && s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /** "5%" → 5; a specific or compound rate has no single percentage (null). */
    static BigDecimal percent(String rate) {
        if (rate == null) {
            return null;
        }
        String r = rate.strip();
        if (r.matches("\\d{1,3}(\\.\\d{1,4})?\\s?%")) {
            return new BigDecimal(r.replace("%", "").strip());
        }
        return null;
    }

    static String tariffForEngine(TransactionView view, String digits) {
        // the engine takes the tariff code without the statistical suffix (AU 8 digits; TW 8 digits, 11 with CCC)
        return digits.length() > 8 && "AU".equals(view.details().jurisdiction().name()) ? digits.substring(0, 8)
                : digits.length() > 11 ? digits.substring(0, 11) : digits;
    }

    static Incoterm incoterm(TransactionView view, CapturedInvoice invoice) {
        // a lodged declaration's items (a dispute's sides, DisputeEngineAssessment#lodgedLines): the Incoterm lodged, which
        // customs valued the goods on, not the file's as it may have been changed since (review R4)
        Incoterm lodged = invoice != null && DisputeEngineAssessment.LODGED.equals(invoice.format()) ? parsed(invoice.incoterm()) : null;
        if (lodged != null) {
            return lodged;
        }
        if (view.details().incoterm() != null) {
            return view.details().incoterm();
        }
        return parsed(invoice.incoterm());
    }

    private static Incoterm parsed(String incoterm) {
        try {
            return incoterm == null ? null : Incoterm.valueOf(incoterm.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<Integer, DeclarationDraft.ItemChoice> choices(DeclarationDraft draft) {
        Map<Integer, DeclarationDraft.ItemChoice> out = new LinkedHashMap<>();
        for (DeclarationDraft.ItemChoice c : draft.items()) {
            out.put(c.line(), c);
        }
        return out;
    }

    private static String firstNonBlank(String a, String b) {
        return blankToNull(a) != null ? a.strip() : blankToNull(b) == null ? null : b.strip();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
