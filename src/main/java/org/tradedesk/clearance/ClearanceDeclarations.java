package org.tradedesk.clearance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.LodgementChannel;
import org.tradedesk.clearance.messages.AustralianCusdec;
import org.tradedesk.clearance.messages.DeclarationText;
import org.tradedesk.clearance.messages.CapturedInvoice;
import org.tradedesk.clearance.messages.CustomsResponse;
import org.tradedesk.clearance.messages.CustomsResponses;
import org.tradedesk.clearance.messages.DeclarationFinding;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.clearance.messages.DeclarationValidation;
import org.tradedesk.clearance.messages.DutyNoticeCheck;
import org.tradedesk.clearance.messages.EdifactEnvelope;
import org.tradedesk.clearance.messages.TaiwanDeclarationXml;
import org.tradedesk.clearance.messages.UnreadableMessage;
import org.tradedesk.clearance.persistence.DeclarationStore;
import org.tradedesk.clearance.persistence.TransactionStore;
import org.tradedesk.clients.ClientDirectory;
import org.tradedesk.clients.ClientMailer;
import org.tradedesk.clients.ContactView;
import org.tradedesk.clients.MailAttachment;
import org.tradedesk.clients.OutgoingMail;
import org.tradedesk.identity.CoordinatorSignature;
import org.tradedesk.identity.CurrentUser;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.shared.MessageText;
import org.tradedesk.shared.MessageText.Arg;
import org.tradedesk.taxes.TaxCalculations;
import org.tradedesk.taxes.TaxRequest;
import org.tradedesk.taxes.TaxResult;

/**
 * The declaration of a transaction from draft to customs' answer (P4.5.1–P4.5.3, P4.6.1–P4.6.2):
 * <ol>
 *   <li>{@link #draft}: built from the file and its captured invoices (every confirmed one, in one declaration) with the coordinator's recommended options,
 *       every figure from the tax engine ({@link TaxCalculations}), validated ({@link DeclarationValidation}); when
 *       nothing blocks it the standard message is written at once (CUSDEC D99B for AU, the single-window XML for TW)
 *       and its SHA-256 kept. A newer draft supersedes every draft not yet lodged.</li>
 *   <li>{@link #send}: the draft and the recommendation mailed to a contact of the client in the contact's language,
 *       with the message attached and its confirmation code (the first 12 characters of the SHA-256).</li>
 *   <li>{@link #confirm}: the client's confirmation recorded — who, when, and which message (its code); a superseded
 *       draft or another code is refused.</li>
 *   <li>{@link #lodge}: exactly the confirmed bytes go through the {@link LodgementChannel}; a message id is lodged
 *       once (a repeat answers the lodged declaration and sends nothing). The channel's immediate reply, when it is a
 *       customs response, is read back.</li>
 *   <li>{@link #receive}: a customs response (CUSRES, NX901, N5107, N5108, N5116) read into the file's timeline; the
 *       declaration's status follows it, and a release releases the file.</li>
 * </ol>
 * An amendment is simply the next draft after a lodgement: message version + 1 with function code 4.
 */
@Service
public class ClearanceDeclarations {

    private static final org.slf4j.Logger MAIL_LOG = org.slf4j.LoggerFactory.getLogger(ClearanceDeclarations.class);

    /** The file shows at most this many declarations and responses. */
    public static final int MAX_SHOWN = 100;

    private final ClearanceTransactions transactions;
    private final ClearanceChecks checks;
    private final TaxCalculations taxes;
    private final DeclarationStore store;
    private final TransactionStore files;
    private final LodgementChannel channel;
    private final ClientDirectory clients;
    private final ClientMailer mailer;
    private final CoordinatorSignature signature;
    private final MessageTexts texts;
    private final MessageSource messages;
    private final Clock clock;
    private org.tradedesk.tariff.EligibilityLists eligibility;

    /** The tariff module's country lists, for a preference the engine has no rate for (the line's code not loaded). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void eligibility(org.tradedesk.tariff.EligibilityLists eligibility) {
        this.eligibility = eligibility;
    }

    ClearanceDeclarations(ClearanceTransactions transactions, ClearanceChecks checks, TaxCalculations taxes, DeclarationStore store, TransactionStore files,
            LodgementChannel channel, ClientDirectory clients, ClientMailer mailer, MessageTexts texts, MessageSource messages,
            Clock clock, CoordinatorSignature signature) {
        this.signature = signature;
        this.transactions = transactions;
        this.checks = checks;
        this.taxes = taxes;
        this.store = store;
        this.files = files;
        this.channel = channel;
        this.clients = clients;
        this.mailer = mailer;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- P4.5.3 the draft ----

    @Transactional
    public DeclarationView draft(TransactionId id, DeclarationDraft draft) {
        TransactionView view = open(id);
        boolean export = view.details().direction() == Direction.EXPORT;
        CapturedInvoice invoice = DeclarationBuilding.invoice(view);
        if (invoice == null) {
            throw new ClearanceInputInvalid("documents", "clearance.declaration.no-invoice",
                    "transaction " + id.value() + " has no commercial invoice with captured lines");
        }
        ClearanceInputInvalid tooMany = DeclarationBuilding.tooManyLines(view);
        if (tooMany != null) {
            throw tooMany;
        }
        invoice = DeclarationBuilding.withConsignmentFigures(invoice, view, checks.figures(view));
        // one declaration, one invoice currency and one valuation basis (issue 8): invoices that differ are the file's ERROR
        // findings (consistency.currency, consistency.invoice-incoterms) and no draft is built by picking one of them
        DeclarationBuilding.refuseDiffering(view, "documents");
        if (invoice.currency() == null) {
            throw new ClearanceInputInvalid("documents", "clearance.declaration.no-currency", "the invoice gives no currency");
        }
        // the declaration date is today in the file's jurisdiction (issue 8: not the server's UTC date)
        LocalDate today = FileTime.today(clock, view.details().jurisdiction());
        String jurisdiction = view.details().jurisdiction().name();
        // the export charge asked of the engine once for the draft, its check and the view answered (t4fixAC 4: three times)
        Shown shown = new Shown(null);
        // the customs rate in force on the declaration date (Taiwan: customs' rate of the period; Australia: the table's
        // rate on that day — the taxes module keeps one effective-dated table per jurisdiction)
        java.util.Optional<org.tradedesk.taxes.CustomsRate> table = taxes.customsRate(jurisdiction, invoice.currency(), today);
        MessageText rateLine = null;
        // the rate typed by the user (not the table's, not 1 for the local currency): recorded on the declaration (t4fixL)
        String localCurrency = view.details().jurisdiction().localCurrency().value();
        boolean local = invoice.currency().equals(localCurrency);
        if (local && draft.exchangeRate() != null && draft.exchangeRate().compareTo(java.math.BigDecimal.ONE) != 0) {
            // T4 code read R8: an invoice in the jurisdiction's own currency converts at 1 (the engine values it so); a rate
            // typed for it would declare a customs value the taxes were not worked out on
            throw new ClearanceInputInvalid("exchangeRate", "clearance.declaration.exchange-rate-local", "the invoice is in "
                    + invoice.currency() + ", the local currency: its rate is 1, not " + draft.exchangeRate().toPlainString(),
                    invoice.currency(), draft.exchangeRate().toPlainString());
        }
        boolean typed = !local && draft.exchangeRate() != null
                && (table.isEmpty() || table.get().localPerForeign().compareTo(draft.exchangeRate()) != 0);
        String reason = DeclarationBuilding.blankToNull(draft.exchangeRateReason()) == null ? null : draft.exchangeRateReason().strip();
        if (draft.exchangeRate() == null && invoice.currency().equals(localCurrency)) {
            // re-review F5: an invoice in the jurisdiction's own currency converts at 1, as the engine values it
            // (no exchange rate for the local currency) and as the alternatives are costed
            draft = draft.withExchangeRate(java.math.BigDecimal.ONE);
        } else if (draft.exchangeRate() == null) {
            if (table.isEmpty()) {
                throw new ClearanceInputInvalid("exchangeRate", "clearance.declaration.exchange-rate-none",
                        "no customs rate for " + invoice.currency() + " on " + today, invoice.currency(), today);
            }
            draft = draft.withExchangeRate(table.get().localPerForeign());
            rateLine = MessageText.of("clearance.history.exchange-rate-table", Arg.number(table.get().localPerForeign()),
                    Arg.literal(invoice.currency()), Arg.message(table.get().sourceText()),
                    Arg.date(table.get().effectiveFrom()));
        } else if (table.isPresent() && table.get().localPerForeign().compareTo(draft.exchangeRate()) != 0) {
            if (reason == null) {
                throw new ClearanceInputInvalid("exchangeRateReason", "clearance.declaration.exchange-rate-reason",
                        "the rate typed differs from the table's " + table.get().localPerForeign() + ": a reason is required",
                        draft.exchangeRate().toPlainString(), table.get().localPerForeign().toPlainString(),
                        table.get().sourceResolvable(), table.get().effectiveFrom());
            }
            rateLine = MessageText.of("clearance.history.exchange-rate-override", Arg.number(draft.exchangeRate()),
                    Arg.number(table.get().localPerForeign()), Arg.message(table.get().sourceText()),
                    Arg.date(table.get().effectiveFrom()), Arg.literal(reason));
        } else if (table.isEmpty() && !invoice.currency().equals(localCurrency)) {
            // a rate typed where the table has none for the currency on the day (t4fixL: it left no trace): the rate typed
            // and the reason given, else that none was given
            rateLine = MessageText.of(reason == null ? "clearance.history.exchange-rate-typed" : "clearance.history.exchange-rate-typed-reason",
                    Arg.number(draft.exchangeRate()), Arg.literal(invoice.currency()), Arg.date(today), Arg.literal(reason == null ? "" : reason));
        }
        check(draft);
        draft = draft.withItems(items(view, invoice, draft.items()));
        int version = store.lastLodgedVersion(id.value()) + 1;
        DeclarationMessage declaration;
        if (export) {
            // an export declaration (t4exp): FOB values, no import duty or tax; Taiwan's only charge, the 推廣貿易服務費, from
            // the tax engine's chain (the import fee's rate, rounding, minimum and source), Australia none (GST-free)
            refuseExportWithoutFreight(DeclarationBuilding.incoterm(view, invoice), draft);
            declaration = DeclarationBuilding.exportDeclaration(view, invoice, draft, version, today,
                    fob -> shown.charges(jurisdiction, today, fob));
        } else {
            refuseImportWithoutCosts(DeclarationBuilding.incoterm(view, invoice), taxes.valuesOnCifBasis(jurisdiction, today), draft);
            TaxRequest request = DeclarationBuilding.taxRequest(view, invoice, draft, today);
            TaxResult result;
            try {
                result = taxes.calculate(request);
            } catch (org.tradedesk.taxes.TaxInputInvalid e) {
                // a scheme the engine does not offer, said in words at the item's preference (t4fixZ2); else at the draft's
                // field, the engine's words kept (acceptance review of issue 8, 3)
                java.util.Optional<? extends RuntimeException> worded = schemeNotOffered(e, invoice, draft);
                if (worded.isPresent()) {
                    throw worded.get();
                }
                throw DeclarationBuilding.atDraftField(e, request);
            }
            declaration = DeclarationBuilding.declaration(view, invoice, draft, result, version, today);
        }
        refuseUnwritable(view, declaration);
        int revision = store.nextRevision(id.value());
        String messageId = messageId(id.value(), revision);
        DeclarationValidation.PreferenceFacts preferences = export ? null : DeclarationBuilding.preferenceFacts(view, invoice, declaration,
                taxes::calculate, this::memberOf);
        List<DeclarationFinding> findings = DeclarationValidation.withExportCharges(
                DeclarationValidation.validate(declaration, checks.statisticalCodes(declaration), preferences), declaration,
                exportCharge(declaration, shown));
        boolean au = "AU".equals(declaration.jurisdiction());
        byte[] message = null;
        String sha256 = null;
        if (DeclarationValidation.lodgeable(findings)) {
            message = au ? AustralianCusdec.write(declaration, new EdifactEnvelope(envelopeId(declaration.declarant()), "AUCUSTOMS",
                    messageId, FileTime.localDateTime(now(), view.details().jurisdiction()).withNano(0)))
                    : export ? org.tradedesk.clearance.messages.TaiwanExportDeclarationXml.write(declaration)
                    : TaiwanDeclarationXml.write(declaration);
            sha256 = ClearanceTransactions.sha256(message);
        }
        String user = CurrentUser.name();
        long created = store.add(id.value(), revision, declaration, au ? "CUSDEC_D99B" : export ? DeclarationView.TW_EXPORT_XML : DeclarationView.TW_XML, messageId, message, sha256,
                DeclarationBuilding.blankToNull(draft.recommendation()) == null ? null : draft.recommendation().strip(), user, now(),
                recorded(view));
        if (preferences != null) {
            store.recordPreferenceOffered(created, preferences.offered());
        }
        if (typed) {
            store.recordExchangeRateTyped(created, reason);
        }
        files.note(id.value(), user, now(), MessageText.of("clearance.history.declaration-drafted", Arg.number(revision),
                Arg.number(version), Arg.number(declaration.items().size()),
                minorMoney(declaration.customsValueTotal(), declaration.localCurrency()),
                minorMoney(declaration.dutiesAndTaxesTotal(), declaration.localCurrency()),
                Arg.literal(sha256 == null ? "-" : sha256.substring(0, 12))));
        if (rateLine != null) {
            files.note(id.value(), user, now(), rateLine);
        }
        return view(row(id, created), shown);
    }

    /**
     * A text the declaration's message cannot carry is refused before anything is written (t4fixL): the Australian CUSDEC
     * declares UNOC (ISO 8859-1), so "美耐皿餐盤" in a description is a 400 at {@code lines[n].description}, not a message
     * written with '?' for each character (which read back differently: HTTP 500); Taiwan's XML carries any character but
     * the control ones XML 1.0 forbids.
     */
    /**
     * An export's charge on its FOB total as the engine's chain gives it on the declaration's date (t4fixAA R9: the export
     * charge code, not the rate repeated), for {@link DeclarationValidation#withExportCharges}; null for an import.
     */
    private java.util.function.Function<java.math.BigDecimal, java.math.BigDecimal> exportCharge(DeclarationMessage d, Shown shown) {
        if (!d.forExport() || d.declarationDate() == null) {
            return null;
        }
        return fob -> shown.charges(d.jurisdiction(), d.declarationDate(), fob).stream()
                .map(org.tradedesk.taxes.ExportCharge::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /**
     * What one request works out once for every declaration it builds or shows (t4fixAC 4: the list asked the tax engine for
     * the export charge and read the file's documents for each row, a draft asked the engine three times): the export
     * charges per jurisdiction, date and FOB total, and the file's documents as the checks see them, read when first needed.
     */
    private final class Shown {
        private final TransactionView file;
        private final java.util.Map<String, List<org.tradedesk.taxes.ExportCharge>> charges = new java.util.HashMap<>();
        private java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents;

        Shown(TransactionView file) {
            this.file = file;
        }

        List<org.tradedesk.taxes.ExportCharge> charges(String jurisdiction, LocalDate date, java.math.BigDecimal fob) {
            String key = jurisdiction + "|" + date + "|" + fob.stripTrailingZeros().toPlainString();
            return charges.computeIfAbsent(key, k -> taxes.exportCharges(jurisdiction, date, fob));
        }

        java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents(
                TransactionView of) {
            if (of != file) {
                return checks.documents(of);
            }
            if (documents == null) {
                documents = checks.documents(file);
            }
            return documents;
        }
    }

    private static void refuseUnwritable(TransactionView view, DeclarationMessage declaration) {
        DeclarationText.Repertoire repertoire = DeclarationText.lodgedAs(declaration.jurisdiction());
        List<DeclarationText.Unwritable> bad = DeclarationText.unwritable(declaration, repertoire);
        if (!bad.isEmpty()) {
            DeclarationText.Unwritable first = bad.get(0);
            refuseUnwritableLine(view, declaration, repertoire, first);
            refuseUnwritableParty(view, repertoire, first);
            // the arguments as they are (text), so the page's form error is filled in as the API's problem detail is
            throw new ClearanceInputInvalid(first.field(), "clearance.declaration.charset." + repertoire.name(),
                    "the " + repertoire + " message cannot carry " + first.shown() + " of " + first.field(), first.shown(), first.value());
        }
    }

    private static final java.util.regex.Pattern ITEM_FIELD = java.util.regex.Pattern.compile("^lines\\[(\\d+)]\\.(\\w+)$");

    /**
     * T4 code read R7: a text of an item is the text of a line of one of the file's invoices — with two invoices, the
     * declaration's third item is the second invoice's first line. The refusal names that invoice and its own line, and the
     * field is the line's place in that invoice ({@code lines[0].description} of LT-2), where it is corrected.
     */
    private static void refuseUnwritableLine(TransactionView view, DeclarationMessage declaration, DeclarationText.Repertoire repertoire,
            DeclarationText.Unwritable bad) {
        java.util.regex.Matcher m = ITEM_FIELD.matcher(bad.field());
        if (!m.matches()) {
            return;
        }
        int sequence = Integer.parseInt(m.group(1)) + 1;
        DeclarationMessage.DeclarationItem item = declaration.items().stream().filter(i -> i.sequence() == sequence).findFirst().orElse(null);
        DeclarationMessage.ItemSource source = item == null ? null : item.source();
        if (source == null || source.documentId() == null) {
            return;
        }
        DocumentView invoice = view.documents().stream().filter(d -> d.id() == source.documentId()).findFirst().orElse(null);
        if (invoice == null || invoice.captured() == null) {
            return;
        }
        List<CapturedInvoice.CapturedLine> lines = invoice.captured().lines();
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (java.util.Objects.equals(lines.get(i).lineNumber(), source.line())) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return;
        }
        String field = "lines[" + index + "]." + m.group(2);
        Object named = invoiceInRefusal(view, invoice);
        throw new ClearanceInputInvalid(field, "clearance.declaration.charset-line." + repertoire.name(), "the " + repertoire
                + " message cannot carry " + bad.shown() + " of " + field + " of invoice " + named, bad.shown(), bad.value(), named,
                String.valueOf(index + 1));
    }

    /**
     * The invoice as a refusal of its line names it (the page and the API both fill the message in from the arguments): its
     * own number, else its place in the file as a message the reader's language words (「（案件第 2 份文件）」, "(2nd document
     * of the file)"; code read after T4: it was the string "#2" in every language).
     */
    static Object invoiceInRefusal(TransactionView view, DocumentView invoice) {
        String number = invoice.captured() == null ? null : DeclarationBuilding.blankToNull(invoice.captured().invoiceNumber());
        return number != null ? number.strip() : MessageText.of("clearance.declaration.invoice-place",
                org.tradedesk.clearance.domain.DocumentNames.ordinal(view.positionOf(invoice.id())));
    }

    /**
     * T4 code read R7: a party's name in Chinese (the importer, the exporter, the declarant) cannot go in the Australian
     * CUSDEC. The importer's English name on the file is used when it has one; else the refusal says where the name in Latin
     * letters is given, the field pointing there.
     */
    private static void refuseUnwritableParty(TransactionView view, DeclarationText.Repertoire repertoire, DeclarationText.Unwritable bad) {
        if (repertoire != DeclarationText.Repertoire.UNOC) {
            return;
        }
        String field = switch (bad.field()) {
            case "importer" -> "importerEnglishName";
            case "exporter" -> "exporter";
            case "declarantName" -> "declarantName";
            case "consignee" -> "consignee";
            default -> null;
        };
        if (field == null) {
            return;
        }
        throw new ClearanceInputInvalid(field, "clearance.declaration.charset-party." + bad.field(), "the UNOC message cannot carry "
                + bad.shown() + " of the " + bad.field() + "'s name", bad.value(), bad.shown());
    }

    /** The documents a declaration types used by their data (besides its invoices): transport, origin, permits (T4 R14). */
    private static final java.util.Set<DocumentType> USED = java.util.EnumSet.of(DocumentType.BILL_OF_LADING, DocumentType.AIR_WAYBILL,
            DocumentType.CERTIFICATE_OF_ORIGIN, DocumentType.PERMIT, DocumentType.DG_DECLARATION);

    /**
     * What a draft is recorded as resting on (T4 code read R14): the invoices it has items from, each at the version read
     * (R2), and the documents whose data it uses — not every document of the file (withdrawing a duplicate copy of an
     * invoice, or a packing list it never read, does not make the draft rest on a withdrawn document).
     */
    private static List<DeclarationStore.RecordedDocument> recorded(TransactionView view) {
        List<DeclarationStore.RecordedDocument> out = new java.util.ArrayList<>();
        for (DocumentView d : DeclarationBuilding.declaredInvoices(view)) {
            out.add(new DeclarationStore.RecordedDocument(d.id(), d.version(), true));
        }
        for (DocumentView d : view.documents()) {
            if (d.withdrawnAt() == null && USED.contains(d.type())) {
                out.add(new DeclarationStore.RecordedDocument(d.id(), d.version(), false));
            }
        }
        return out;
    }

    /**
     * A draft whose invoices changed since it was built (T4 code read R2): one corrected (same document, version up), one
     * added or confirmed after it, one no longer declared. Such a draft is rebuilt, not sent, confirmed or lodged (409
     * {@code clearance.declaration.rebuild}, naming what changed). A draft recorded before versions were kept is not compared.
     */
    private void refuseChangedSources(TransactionView view, DeclarationView d) {
        java.util.Map<Long, Long> then = store.sourceVersions(d.id());
        if (then.isEmpty()) {
            return;
        }
        List<MessageText> changes = new java.util.ArrayList<>();
        List<String> said = new java.util.ArrayList<>();
        java.util.Set<Long> now = new java.util.HashSet<>();
        for (DocumentView inv : DeclarationBuilding.declaredInvoices(view)) {
            now.add(inv.id());
            Long version = then.get(inv.id());
            String name = DeclarationBuilding.invoiceName(view, inv);
            Arg named = Arg.message(DeclarationBuilding.invoiceNamed(view, inv));
            if (version == null) {
                changes.add(MessageText.of("clearance.declaration.source-added", named));
                said.add(name + " added");
            } else if (version != inv.version()) {
                changes.add(MessageText.of("clearance.declaration.source-corrected", named));
                said.add(name + " corrected");
            }
        }
        for (Long gone : then.keySet()) {
            if (!now.contains(gone)) {
                // named as the file names it (a withdrawn one keeps its place), never "#<id>"
                changes.add(MessageText.of("clearance.declaration.source-gone", Arg.message(view.documentNamed(gone))));
                said.add("document " + gone + " no longer declared");
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        MessageText list = changes.get(changes.size() - 1);
        for (int i = changes.size() - 2; i >= 0; i--) {
            list = MessageText.of("clearance.declaration.change-list", Arg.message(changes.get(i)), Arg.message(list));
        }
        throw new DeclarationRefused("clearance.declaration.rebuild", "declaration draft " + d.revision()
                + " was built from invoices that changed since: " + said, String.valueOf(d.revision()), list);
    }

    /**
     * One item the next draft would have (T4 code read R1): its number in the declaration, the invoice it comes from (its
     * own number, else its place in the file, "document 2"; {@code invoiceNamed} as a text names it) and that invoice's line number, the line's description and tariff code.
     */
    public record DraftItem(int item, String invoice, int invoiceLine, String description, String tariffCode, MessageText invoiceNamed) {
    }

    /** The items a draft built now would have, from the invoices it declares (every confirmed one), in order. */
    @Transactional(readOnly = true)
    public List<DraftItem> draftItems(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        CapturedInvoice invoice = DeclarationBuilding.invoice(view);
        if (invoice == null) {
            return List.of();
        }
        java.util.Map<Long, String> names = new HashMap<>();
        DeclarationBuilding.declaredInvoices(view).forEach(d -> names.put(d.id(), DeclarationBuilding.invoiceName(view, d)));
        List<DeclarationMessage.ItemSource> sources = DeclarationBuilding.sources(view);
        List<DraftItem> out = new java.util.ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            CapturedInvoice.CapturedLine l = invoice.lines().get(i);
            DeclarationMessage.ItemSource src = sources.get(i);
            out.add(new DraftItem(l.lineNumber(), names.get(src.documentId()), src.line(), l.description(), l.tariffCode(),
                    src.documentId() == null ? null : view.documentNamed(src.documentId())));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public List<DeclarationView> declarations(TransactionId id) {
        // the file read once for every row (T4 R5: each row reloaded it and asked the tax engine again)
        TransactionView file = transactions.transaction(id);
        List<Finding> errors = fileErrors(file);
        // the export charges and the file's documents worked out once for every row (t4fixAC 4)
        Shown shown = new Shown(file);
        return store.of(id.value(), MAX_SHOWN).stream().map(r -> view(r, errors, file, shown)).toList();
    }

    @Transactional(readOnly = true)
    public DeclarationView declaration(TransactionId id, long declarationId) {
        // the file loaded once: it is the access check and what the view's findings are read from
        TransactionView file = transactions.transaction(id);
        return view(row(id, declarationId), fileErrors(file), file);
    }

    /** The declaration's standard message as it was (and will be) lodged. */
    @Transactional(readOnly = true)
    public StoredFile message(TransactionId id, long declarationId) {
        DeclarationView d = declaration(id, declarationId);
        if (!d.lodgeable()) {
            throw new DeclarationRefused("clearance.declaration.not-lodgeable", "declaration " + declarationId + " has blocking findings",
                    String.valueOf(d.revision()));
        }
        return new StoredFile(d.fileName(), DeclarationView.xml(d.format()) ? "application/xml" : "application/EDIFACT", d.sha256(),
                store.message(declarationId));
    }

    // ---- P4.5.1/P4.5.2 recommendation to the client, confirmation ----

    /** The mail as it would go: subject and body in the contact's language. */
    /** {@code replyTo}: the coordinator's address ({@link CoordinatorSignature}), null when their account has none. */
    public record Mail(ContactView contact, Locale language, String subject, String body, org.tradedesk.clients.OutgoingMail.ReplyTo replyTo) {
    }

    @Transactional(readOnly = true)
    public Mail mail(TransactionId id, long declarationId, long contactId) {
        TransactionView view = transactions.transaction(id);
        return mail(view, declaration(id, declarationId), contactId);
    }

    /** A stored draft that today's validation faults is rebuilt, not sent, confirmed or lodged (T4 code read R4). */
    private static void refuseStale(DeclarationView d) {
        if (d.staleDraft()) {
            throw new DeclarationRefused("clearance.declaration.rebuild", "declaration draft " + d.revision()
                    + " has validation errors now: " + d.findings().stream().filter(DeclarationFinding::blocksLodgement)
                    .map(DeclarationFinding::rule).distinct().toList(), String.valueOf(d.revision()),
                    String.join(", ", d.findings().stream().filter(DeclarationFinding::blocksLodgement)
                            .map(DeclarationFinding::rule).distinct().toList()));
        }
    }

    @Transactional
    public DeclarationView send(TransactionId id, long declarationId, long contactId) {
        // the file's row is taken first, as lodge takes it (t4fixK 5; T4 code read R3): a confirmation, a lodgement or another
        // send of the file on another instance waits, and the file and the draft are read as they stand after them
        files.claim(id.value(), now());
        TransactionView view = open(id);
        DeclarationView d = current(id, declarationId);
        refuseDirectionChanged(view, d);
        if (!d.lodgeable()) {
            throw new DeclarationRefused("clearance.declaration.not-lodgeable", "declaration " + declarationId + " has blocking findings",
                    String.valueOf(d.revision()));
        }
        if (d.status().lodged()) {
            throw new DeclarationRefused("clearance.declaration.already-lodged", "declaration " + declarationId + " is lodged",
                    String.valueOf(d.revision()));
        }
        refuseStale(d);
        refuseChangedSources(view, d);
        Mail mail = mail(view, d, contactId);
        if (mail.contact().erased()) {
            throw org.tradedesk.clients.ContactErased.forId(contactId);
        }
        if (mail.contact().email() == null || mail.contact().email().isBlank()) {
            throw org.tradedesk.clients.ContactHasNoEmail.forId(contactId);
        }
        // the message itself goes with the mail (SMTP may turn its line ends into CRLF; the code names the lodged file's bytes)
        OutgoingMail outgoing = new OutgoingMail(view.details().clientId(), contactId, mail.subject(), mail.body(), List.of(new MailAttachment(
                d.fileName(), DeclarationView.xml(d.format()) ? "application/xml" : "application/EDIFACT", store.message(declarationId))),
                mail.replyTo());
        DeclarationStore.Row before = row(id, declarationId);
        Instant now = now();
        String to = mail.contact().name() + " <" + mail.contact().email() + ">";
        store.sent(declarationId, to, now);
        files.note(id.value(), CurrentUser.name(), now, MessageText.of("clearance.history.declaration-sent", Arg.number(d.revision()),
                Arg.literal(mail.contact().name()), Arg.literal(d.confirmationCode())));
        // T4 code read R4: the mail goes once the send is committed, so the file's row and the connection are not held for
        // the SMTP call and no mail goes out for a send that then rolls back
        String user = CurrentUser.name();
        AfterCommit.run(() -> deliver(id, declarationId, d.revision(), before, now, mail.contact().name(), outgoing, user));
        return view(row(id, declarationId));
    }

    private PlatformTransactionManager transactionManager;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void transactionManager(PlatformTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    /**
     * Sends the committed send's mail. A mail the server refuses is not pretended: the draft goes back to what it was
     * before the send (when nothing changed it since), the history says the mail did not go and why, and the refusal
     * reaches the user (T4 code read R4).
     */
    private void deliver(TransactionId id, long declarationId, int revision, DeclarationStore.Row before, Instant sentAt, String contact,
            OutgoingMail outgoing, String user) {
        try {
            AfterCommit.inNewTransaction(transactionManager, () -> mailer.send(outgoing));
        } catch (RuntimeException e) {
            // why, worded in the reader's language; the server's own text to the log only (t4fixAC 1)
            org.tradedesk.clients.MailFailure cause = ClearanceQueries.failureOf(e);
            MAIL_LOG.warn("Declaration {} of file {}: the mail to contact {} was not sent ({}): {}",
                    declarationId, id.value(), outgoing.contactId(), cause, ClearanceQueries.serverText(e));
            AfterCommit.inNewTransaction(transactionManager, () -> {
                store.unsent(declarationId, sentAt, before.status(), before.sentTo(), before.sentAt());
                files.note(id.value(), user, now(), MessageText.of("clearance.history.declaration-mail-failed", Arg.number(revision),
                        Arg.literal(contact), Arg.code(cause.messageCode())));
            });
            throw e;
        }
    }

    /**
     * Records the client's confirmation: the contact who confirmed, the code they quoted (the confirmation code of the
     * mail, or the whole SHA-256) and when (default now; not in the future, not before the mail went).
     */
    @Transactional
    public DeclarationView confirm(TransactionId id, long declarationId, long contactId, String code, Instant at) {
        // taken as lodge takes it (t4fixK 5; T4 code read R3: before the file is read): two confirmations, or a confirmation
        // and a lodgement, of one file on two instances run one after the other, the second reading what the first recorded
        files.claim(id.value(), now());
        TransactionView view = open(id);
        DeclarationView d = view(row(id, declarationId));
        if (d.status() == DeclarationStatus.SUPERSEDED) {
            throw new DeclarationRefused("clearance.declaration.superseded", "declaration draft " + d.revision()
                    + " was changed by a newer draft: the newer one needs the client's confirmation", String.valueOf(d.revision()));
        }
        if (d.status().lodged()) {
            throw new DeclarationRefused("clearance.declaration.already-lodged", "declaration " + declarationId + " is lodged",
                    String.valueOf(d.revision()));
        }
        if (d.status() != DeclarationStatus.SENT && d.status() != DeclarationStatus.CONFIRMED) {
            throw new DeclarationRefused("clearance.declaration.not-sent", "declaration " + declarationId + " was not sent to the client",
                    String.valueOf(d.revision()));
        }
        refuseStale(d);
        refuseChangedSources(view, d);
        String quoted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (quoted.length() < 12 || !d.sha256().startsWith(quoted)) {
            throw new ClearanceInputInvalid("code", "clearance.declaration.code-mismatch", "the code " + code
                    + " is not the confirmation code of version " + d.version(), String.valueOf(code), String.valueOf(d.version()));
            // t4fixAE 7: numbered as the client's mail numbers it (the declaration's version), not by the draft's revision
            // acceptance review of issue 8 (5): the expected code is never told — a wrong code is not a way to learn the right one
        }
        Instant when = at == null ? now() : at;
        if (when.isAfter(now()) || d.sentAt() != null && when.isBefore(d.sentAt())) {
            throw new ClearanceInputInvalid("confirmedAt", "clearance.declaration.confirmed-at", "the confirmation time " + when
                    + " is not between the mail and now", when.atZone(FileTime.zone(view.details().jurisdiction())));
        }
        ContactView contact = clients.viewContact(view.details().clientId(), contactId);
        store.confirmed(declarationId, contact.name(), when, d.sha256(), CurrentUser.name());
        files.note(id.value(), CurrentUser.name(), now(), MessageText.of("clearance.history.declaration-confirmed",
                Arg.literal(contact.name()), Arg.number(d.revision()), Arg.number(d.version()), Arg.literal(d.confirmationCode())));
        return view(row(id, declarationId));
    }

    // ---- P4.6.1/P4.6.2 validation, lodgement, responses ----

    /** A second lodgement of a lodged draft: 409 saying when it was lodged (its date in the file's zone), nothing sent again. */
    static DeclarationRefused alreadyLodged(int revision, Instant lodgedAt, TransactionView file) {
        return new DeclarationRefused(MessageText.of("clearance.declaration.lodged-already", Arg.number(revision),
                lodgedAt == null ? Arg.literal("-") : Arg.date(FileTime.date(lodgedAt, file.details().jurisdiction()))),
                "declaration draft " + revision + " was already lodged at " + lodgedAt);
    }

    @Transactional
    public DeclarationView lodge(TransactionId id, long declarationId) {
        TransactionView view = transactions.transaction(id);
        DeclarationStore.Row before = row(id, declarationId);
        if (before.status().lodged()) {
            // the message id went out once: a repeat sends nothing and says so (acceptance review: a silent 200 LODGED)
            throw alreadyLodged(before.revision(), before.lodgedAt(), view);
        }
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        if (before.status() == DeclarationStatus.SUPERSEDED) {
            throw new DeclarationRefused("clearance.declaration.superseded", "declaration draft " + before.revision() + " is superseded",
                    String.valueOf(before.revision()));
        }
        // the file's row is taken first (a versioned update, as a withdrawal takes it): a withdrawal running at the same time
        // on another instance waits and is then refused as stale, or it was committed before and is seen by the check below
        files.claim(id.value(), now());
        // the file and the draft read once after the claim (t4fixK 6: the file was loaded five times): what another instance
        // committed before it — a lodgement of this draft, a newer draft, a withdrawal — is seen here
        TransactionView file = transactions.transaction(id);
        DeclarationView d = view(row(id, declarationId), fileErrors(file), file);
        refuseDirectionChanged(file, d);
        if (d.status().lodged()) {
            throw alreadyLodged(d.revision(), d.lodgedAt(), file);
        }
        if (d.status() == DeclarationStatus.SUPERSEDED) {
            throw new DeclarationRefused("clearance.declaration.superseded", "declaration draft " + d.revision() + " is superseded",
                    String.valueOf(d.revision()));
        }
        if (store.restsOnWithdrawn(declarationId).orElseGet(() -> transactions.documentWithdrawnSince(id, d.createdAt()))) {
            // built while a document since withdrawn was on the file (the same invoice twice, a file of another client): the
            // draft rests on it — a new draft from the file's current documents is built, sent and confirmed
            throw new DeclarationRefused("clearance.declaration.document-withdrawn", "declaration draft " + d.revision()
                    + " was built from a document since withdrawn", String.valueOf(d.revision()));
        }
        refuseChangedSources(file, d);
        if (!d.lodgeable()) {
            throw new DeclarationRefused("clearance.declaration.not-lodgeable", "declaration " + declarationId + " has blocking findings",
                    String.valueOf(d.revision()));
        }
        refuseStale(d);
        if (d.fileBlocked()) {
            // an ERROR finding means the file cannot be declared as it is (README, clearance: lodging refuses, no override)
            throw new DeclarationRefused("clearance.declaration.file-errors", "transaction " + id.value() + " has "
                    + d.fileErrors().size() + " ERROR findings open: " + d.fileErrors().stream().map(Finding::rule).distinct().toList(),
                    d.fileErrors().size(), String.join(", ", d.fileErrors().stream().map(Finding::rule).distinct().toList()));
        }
        byte[] message = store.message(declarationId);
        if (!d.confirmed() || !ClearanceTransactions.sha256(message).equals(d.confirmedSha256())) {
            throw new DeclarationRefused("clearance.declaration.not-confirmed", "declaration draft " + d.revision()
                    + " is not confirmed by the client", String.valueOf(d.revision()));
        }
        LodgementChannel.Receipt receipt;
        try {
            receipt = channel.lodge(new LodgementChannel.Outgoing(d.messageId(), d.declaration().jurisdiction(), d.format(), d.fileName(),
                    message));
        } catch (LodgementChannel.Unreachable e) {
            throw new DeclarationRefused("clearance.lodgement.failed", e.getMessage(), e.endpoint());
        }
        Instant now = now();
        String user = CurrentUser.name();
        if (!store.lodged(declarationId, d.messageId(), receipt.channel(), receipt.endpoint(), user, now)) {
            DeclarationStore.Row first = row(id, declarationId);
            throw alreadyLodged(first.revision(), first.lodgedAt(), file);
        }
        files.note(id.value(), user, now, MessageText.of("clearance.history.declaration-lodged", Arg.number(d.version()),
                Arg.literal(d.declaration().functionCode().code()), Arg.literal(d.messageId()), channelName(receipt.channel()),
                Arg.literal(shownEndpoint(receipt))));
        declared(id, file);
        if (receipt.reply() != null && receipt.reply().length > 0) {
            try {
                record(id, receipt.reply(), receipt.channel());
            } catch (UnreadableMessage e) {
                files.note(id.value(), user, now, MessageText.of("clearance.history.reply-unread", channelName(receipt.channel()),
                        Arg.message(e.reason())));
            } catch (DeclarationRefused | ClearanceInputInvalid e) {
                // a reply that names another declaration, a version never lodged or a date ahead: the lodgement stands, the
                // reply is not recorded, and the history says why
                files.note(id.value(), user, now, MessageText.of("clearance.history.reply-unread", channelName(receipt.channel()),
                        Arg.message(e.asText())));
            }
        }
        return view(row(id, declarationId));
    }

    /** A customs response received (uploaded, posted to the API): read, kept and put in the file's timeline. */
    @Transactional
    public ResponseView receive(TransactionId id, byte[] content, String via) {
        // a closed file is read-only: a response is refused (409), not put in its timeline (issue 8 item 2)
        open(id);
        return record(id, content, via);
    }

    @Transactional(readOnly = true)
    public List<ResponseView> responses(TransactionId id) {
        transactions.transaction(id);
        return responseViews(id);
    }

    @Transactional(readOnly = true)
    public StoredFile responseFile(TransactionId id, long responseId) {
        transactions.transaction(id);
        byte[] content = store.responseContent(id.value(), responseId);
        if (content == null) {
            throw DeclarationNotFound.of(id.value(), responseId);
        }
        ResponseView r = responses(id).stream().filter(x -> x.id() == responseId).findFirst()
                .orElseThrow(() -> DeclarationNotFound.of(id.value(), responseId));
        return new StoredFile(r.fileName(), "application/octet-stream", r.sha256(), content);
    }

    private ResponseView record(TransactionId id, byte[] content, String via) {
        CustomsResponse read = CustomsResponses.read(content);
        String sha256 = ClearanceTransactions.sha256(content);
        // the same response file twice (an upload repeated, the channel's reply also uploaded) is refused, as documents are
        List<DeclarationStore.ResponseRow> earlier = store.responses(id.value(), MAX_SHOWN);
        for (DeclarationStore.ResponseRow r : earlier) {
            if (sha256.equals(r.sha256())) {
                throw DuplicateResponse.of(id.value(), r.id(), r.response());
            }
        }
        List<DeclarationStore.Row> lodged = store.of(id.value(), MAX_SHOWN).stream().filter(r -> r.lodgedAt() != null).toList();
        if (lodged.isEmpty()) {
            throw new DeclarationRefused(MessageText.of("clearance.response.no-lodgement", Arg.message(transactions.transaction(id).named())),
                    "transaction " + id.value() + " has no lodged declaration");
        }
        Instant now = now();
        String user = CurrentUser.name();
        TransactionView before = transactions.transaction(id);
        // the message's date-time is local to its customs administration: its date is taken as it is (no shift through
        // UTC) and compared with today in the same zone (issue 8: an N5116 of 06:30 on 7 Dec in Taipei was cut to 6 Dec)
        LocalDate fileToday = FileTime.today(clock, before.details().jurisdiction());
        if (read.issuedAt() != null && read.issuedAt().toLocalDate().isAfter(fileToday)) {
            // acceptance review F3: an N5116 dated a year ahead released the file "today" silently; customs does not answer
            // from the future — the message is refused, nothing recorded
            throw new ClearanceInputInvalid("file", "clearance.response.future-dated", "the response is dated "
                    + read.issuedAt().toLocalDate() + ", after the file's today " + fileToday, read.issuedAt().toLocalDate(), fileToday);
        }
        refuseAheadOrAbsurd(read, FileTime.localDateTime(clock.instant(), before.details().jurisdiction()));
        DeclarationStore.Row newest = lodged.get(0);
        DeclarationStore.Row answered = answered(id, read, lodged);
        // a response naming an earlier version than the one now lodged is kept with that version, for the record, and changes
        // neither that version, nor the current one, nor the file (acceptance review F3: a release of the rejected version 1
        // released version 2 and the file)
        boolean otherVersion = answered.id() != newest.id();
        LocalDate noticeDay = read.issuedAt() == null ? fileToday : read.issuedAt().toLocalDate();
        // a response is never dated before the file's declaration (lodging dates the file today): a notice or release
        // dated earlier counts from the declaration date, and the history says so (review: an N5110 dated two days
        // before the lodgement was refused as the file's duty notice date, so the §43/§45 deadlines never started)
        LocalDate declared = before.details().declarationDate();
        List<MessageText> warnings = new java.util.ArrayList<>();
        if (otherVersion) {
            warnings.add(MessageText.of("clearance.history.response-other-version", Arg.number(answered.version()),
                    Arg.number(newest.version())));
        }
        if (declared != null && noticeDay.isBefore(declared)) {
            warnings.add(MessageText.of("clearance.history.response-before-declaration", Arg.date(noticeDay), Arg.date(declared)));
            noticeDay = declared;
        }
        boolean afterRelease = before.details().releaseDate() != null || answered.status() == DeclarationStatus.RELEASED;
        if (afterRelease && (read.kind() == CustomsResponse.Kind.REJECTED || read.kind() == CustomsResponse.Kind.QUERIED)) {
            warnings.add(MessageText.of("clearance.history.response-after-release", Arg.code("clearance.response.kind." + read.kind())));
        }
        // a release of a declaration already released (a second N5116, the release sent again) is the same release: kept,
        // shown as a repeat of the first, never a second release (acceptance review F3)
        Long repeatOf = read.kind() != CustomsResponse.Kind.RELEASED ? null : earlier.stream()
                .filter(r -> r.response().kind() == CustomsResponse.Kind.RELEASED && Long.valueOf(answered.id()).equals(r.declarationId()))
                .map(DeclarationStore.ResponseRow::id).findFirst().orElse(null);
        CustomsResponse response = read;
        if (read.kind() == CustomsResponse.Kind.DUTY_NOTICE && read.deadline() == null) {
            // the payment deadline is the file's deadline rule (Taiwan 關稅法 第43條: 14 days), counted from the notice
            response = read.withDeadline(transactions.paymentDeadline(id, noticeDay));
        }
        if (read.kind() == CustomsResponse.Kind.CHANNEL_ASSIGNED && read.deadline() != null) {
            // N5107 補辦期限 (documents to supply by): a Saturday, Sunday or holiday moves to the next working day
            response = read.withDeadline(transactions.workingDay(id, read.deadline()));
        }
        long saved = store.addResponse(id.value(), answered.id(), response, content, sha256, via, user, now);
        DeclarationStatus next = switch (response.kind()) {
            case RECEIVED, CHANNEL_ASSIGNED, DUTY_NOTICE, INSPECTION -> DeclarationStatus.ACCEPTED;
            case QUERIED -> DeclarationStatus.QUERIED;
            case REJECTED -> DeclarationStatus.REJECTED;
            case RELEASED -> DeclarationStatus.RELEASED;
        };
        // a rejection is final for that version: a later acknowledgement of the same version does not undo it (issue 8
        // item 3: a CUSRES "received" after the 961 IMDR put the declaration back to ACCEPTED); only a release moves it on
        boolean rejectionStands = answered.status() == DeclarationStatus.REJECTED && next != DeclarationStatus.RELEASED;
        if (!otherVersion && answered.status() != DeclarationStatus.RELEASED && !rejectionStands) {
            store.status(answered.id(), next);
        }
        if (repeatOf != null) {
            Long first = repeatOf;
            files.note(id.value(), user, now, MessageText.of("clearance.history.response-repeat-release", responseSender(response.source()),
                    Arg.message(ResponseView.named(earlier.stream().filter(r -> r.id() == first).findFirst().orElseThrow().response())),
                    Arg.number(answered.version())));
        } else {
            files.note(id.value(), user, now, responseLine(response, answered.version(), read.deadline()));
        }
        for (MessageText warning : warnings) {
            files.note(id.value(), user, now, warning);
        }
        if (otherVersion) {
            return responseViews(id).stream().filter(r -> r.id() == saved).findFirst().orElseThrow();
        }
        if (response.kind() == CustomsResponse.Kind.CHANNEL_ASSIGNED && read.deadline() != null && !before.readOnly()
                && before.details().releaseDate() == null) {
            // N5107 補辦/補件: customs' 補辦期限 becomes the file's documents deadline (as customs wrote it; the deadline rolls it
            // off a rest day), counted from the notice; a later notice replaces it
            transactions.documentsRequested(id, noticeDay, read.deadline());
        }
        if (response.kind() == CustomsResponse.Kind.DUTY_NOTICE && !before.readOnly()) {
            // customs assessed the declaration: it has what it asked for (an open 補辦 request is met on the notice's day)
            transactions.documentsMetByCustoms(id, noticeDay, MessageText.of("clearance.history.documents-supplied.customs",
                    responseSender(response.source()), Arg.date(noticeDay)));
        }
        if (response.kind() == CustomsResponse.Kind.DUTY_NOTICE) {
            for (DeclarationFinding f : DutyNoticeCheck.compare(response, answered.declaration())) {
                files.note(id.value(), user, now, f.text());
            }
            if (response.deadline() != null) {
                files.note(id.value(), user, now, MessageText.of("clearance.history.payment-due", Arg.date(response.deadline())));
            }
            TransactionView file = transactions.transaction(id);
            if (file.details().dutyNoticeDate() == null && !file.readOnly()) {
                transactions.update(id, file.transaction().version(), file.details().withDutyNoticeDate(noticeDay));
            }
        }
        if (response.kind() == CustomsResponse.Kind.RELEASED && repeatOf == null) {
            // released on the day the response says: not after today, not before the file's declaration date
            moveIfAllowed(id, TransactionStatus.RELEASED, noticeDay);
        } else if (response.kind() == CustomsResponse.Kind.QUERIED) {
            moveIfAllowed(id, TransactionStatus.HELD, null);
        }
        return responseViews(id).stream().filter(r -> r.id() == saved).findFirst().orElseThrow();
    }

    /**
     * The lodged declaration a response answers (lodged: newest first). Named by our message id (the interchange's
     * reference, TD12R2): that one. Named by the declaration number (Taiwan 報單號碼, the CUSDEC's BGM document number):
     * the version the response names (CUSRES {@code SYD-0042:1}), else the newest. Not named: the newest. A number that is
     * none of ours, or a version never lodged, is refused (409) — it was applied to our declaration before (review F3).
     */
    private static DeclarationStore.Row answered(TransactionId id, CustomsResponse read, List<DeclarationStore.Row> lodged) {
        String reference = read.reference() == null ? null : read.reference().strip();
        if (reference == null || reference.isEmpty()) {
            return lodged.get(0);
        }
        for (DeclarationStore.Row r : lodged) {
            if (reference.equalsIgnoreCase(r.messageId())) {
                return r;
            }
        }
        List<DeclarationStore.Row> ours = lodged.stream()
                .filter(r -> r.declaration().reference() != null && reference.equalsIgnoreCase(r.declaration().reference().strip())).toList();
        if (ours.isEmpty()) {
            String declarationNumber = lodged.get(0).declaration().reference();
            throw new DeclarationRefused("clearance.response.foreign-reference", "transaction " + id.value() + ": the response names "
                    + reference + ", not " + declarationNumber, clip(reference), declarationNumber == null ? lodged.get(0).messageId()
                            : declarationNumber);
        }
        if (read.version() == null) {
            return ours.get(0);
        }
        return ours.stream().filter(r -> r.version() == read.version()).findFirst().orElseThrow(() -> new DeclarationRefused(
                "clearance.response.unknown-version", "transaction " + id.value() + ": version " + read.version() + " of " + reference
                        + " was not lodged", clip(reference), read.version(), ours.get(0).version()));
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    // ---- helpers ----

    /**
     * Lodging declares the file, dated today: a file still in draft passes through documents complete first (its own
     * history line — the coordinator confirmed the documents by having the client confirm the declaration built on them).
     */
    private void declared(TransactionId id, TransactionView claimed) {
        TransactionView now = claimed;
        if (now.transaction().status() == TransactionStatus.DRAFT) {
            now = transactions.move(id, now.transaction().version(), TransactionStatus.DOCUMENTS_COMPLETE, null);
        }
        if (now.nextStatuses().contains(TransactionStatus.DECLARED)) {
            transactions.move(id, now.transaction().version(), TransactionStatus.DECLARED,
                    FileTime.today(clock, now.details().jurisdiction()));
        }
    }

    private void moveIfAllowed(TransactionId id, TransactionStatus target, LocalDate date) {
        TransactionView now = transactions.transaction(id);
        if (now.nextStatuses().contains(target)) {
            transactions.move(id, now.transaction().version(), target, date);
        }
    }

    /**
     * A draft is of the file's direction (t4exp): an import declaration for an import file, an export declaration
     * ({@code BGM+830:::EXD}, Taiwan's 出口報單, WCO TypeCode EX) for an export one. A draft built before the file's direction
     * was changed is refused when sent or lodged (409), naming both directions: a new draft is built from the file.
     */
    static void refuseDirectionChanged(TransactionView view, DeclarationView d) {
        boolean exportFile = view.details().direction() == Direction.EXPORT;
        if (d.declaration() != null && d.declaration().forExport() != exportFile) {
            throw new DeclarationRefused(MessageText.of("clearance.declaration.direction-changed", Arg.number(d.revision()),
                    Arg.code("clearance.direction." + (d.declaration().forExport() ? "EXPORT" : "IMPORT")),
                    Arg.code("clearance.direction." + view.details().direction().name())),
                    "declaration draft " + d.revision() + " is not of the file's direction " + view.details().direction());
        }
    }

    /**
     * An export declaration states the FOB value (t4exp): an invoice under a rule that includes the main carriage (CFR, CIF,
     * CPT, CIP, DAP, DPU, DDP) needs the freight given to take it off, else the FOB value would be overstated; a 400 at
     * {@code freight}, naming the Incoterm. Insurance under CIF/CIP is taken off when given.
     */
    private static void refuseExportWithoutFreight(org.tradedesk.shared.Incoterm incoterm, DeclarationDraft draft) {
        if (incoterm != null && incoterm.includesMainCarriage() && draft.freight() == null) {
            throw new ClearanceInputInvalid("freight", "clearance.declaration.export-freight", "an export invoice under " + incoterm
                    + " needs the freight to state the FOB value", incoterm.name());
        }
        // CIF/CIP: the price includes the insurance the seller takes out; without it the FOB value is overstated (t4fixAA R3)
        if (incoterm != null && incoterm.includesInsurance() && draft.insurance() == null) {
            throw new ClearanceInputInvalid("insurance", "clearance.declaration.export-insurance", "an export invoice under " + incoterm
                    + " needs the insurance to state the FOB value", incoterm.name());
        }
    }

    /**
     * An import's customs value needs the shipment costs its invoice price does not state as the law values it (t4fixAD):
     * <ul>
     *   <li>a CIF basis (Taiwan 關稅法 第29條: 完稅價格 includes the freight and insurance to the port of import) needs the
     *       freight under EXW, FCA, FAS, FOB, and the insurance under those and CFR, CPT — without them the customs value was
     *       the bare price, every tax on it understated and nothing said (acceptance review B1). No estimate is made: no
     *       allowance of the law is held here, so the figure is required (0 when there truly is none);</li>
     *   <li>an FOB basis (Australia, Customs Act 1901 s159, s161: the customs value is the FOB price) needs the freight under
     *       a rule whose price includes the main carriage (CFR, CIF, CPT, CIP, D terms) and the insurance under CIF, CIP, for
     *       the engine to take them off — without them they stayed in the customs value and the duty was overstated (M1).</li>
     * </ul>
     * A 400 at {@code freight} or {@code insurance}, naming the Incoterm, as an export's FOB value is refused.
     */
    static void refuseImportWithoutCosts(org.tradedesk.shared.Incoterm incoterm, boolean cifBasis, DeclarationDraft draft) {
        if (incoterm == null) {
            return;
        }
        boolean dTerm = incoterm == org.tradedesk.shared.Incoterm.DAP || incoterm == org.tradedesk.shared.Incoterm.DPU
                || incoterm == org.tradedesk.shared.Incoterm.DDP;
        if (cifBasis) {
            if (!incoterm.includesMainCarriage() && draft.freight() == null) {
                throw new ClearanceInputInvalid("freight", "clearance.declaration.import-cif-freight", "an import invoice under "
                        + incoterm + " needs the freight to the port of import for the CIF customs value", incoterm.name());
            }
            if (!incoterm.includesInsurance() && !dTerm && draft.insurance() == null) {
                throw new ClearanceInputInvalid("insurance", "clearance.declaration.import-cif-insurance", "an import invoice under "
                        + incoterm + " needs the insurance to the port of import for the CIF customs value", incoterm.name());
            }
            return;
        }
        if (incoterm.includesMainCarriage() && draft.freight() == null) {
            throw new ClearanceInputInvalid("freight", "clearance.declaration.import-fob-freight", "an import invoice under "
                    + incoterm + " includes the freight: it must be taken off for the FOB customs value", incoterm.name());
        }
        if (incoterm.includesInsurance() && draft.insurance() == null) {
            throw new ClearanceInputInvalid("insurance", "clearance.declaration.import-fob-insurance", "an import invoice under "
                    + incoterm + " includes the insurance: it must be taken off for the FOB customs value", incoterm.name());
        }
    }

    private TransactionView open(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        if (view.readOnly()) {
            throw TransactionClosed.of(view);
        }
        return view;
    }

    /** The declaration, refused when a newer draft superseded it. */
    private DeclarationView current(TransactionId id, long declarationId) {
        DeclarationView d = view(row(id, declarationId));
        if (d.status() == DeclarationStatus.SUPERSEDED) {
            throw new DeclarationRefused("clearance.declaration.superseded", "declaration draft " + d.revision() + " is superseded",
                    String.valueOf(d.revision()));
        }
        return d;
    }

    /**
     * The draft's item choices, each at the declaration's item it names (T4 code read R3): by invoice and its own line
     * number, or by item number; one that names no item is refused at {@code items[i].invoice} or {@code items[i].line}
     * (it was dropped silently before).
     */
    private static List<DeclarationDraft.ItemChoice> items(TransactionView view, CapturedInvoice invoice,
            List<DeclarationDraft.ItemChoice> choices) {
        List<DocumentView> declared = DeclarationBuilding.declaredInvoices(view);
        List<DeclarationMessage.ItemSource> sources = DeclarationBuilding.sources(view);
        java.util.Set<Integer> items = new java.util.HashSet<>();
        invoice.lines().forEach(l -> items.add(l.lineNumber()));
        List<DeclarationDraft.ItemChoice> out = new java.util.ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            DeclarationDraft.ItemChoice c = choices.get(i);
            String named = DeclarationBuilding.blankToNull(c.invoice()) == null ? null : c.invoice().strip();
            if (named == null) {
                if (!items.contains(c.line())) {
                    throw new ClearanceInputInvalid("items[" + i + "].line", "clearance.declaration.item-unknown",
                            "the declaration has no item " + c.line() + " (items 1 to " + invoice.lines().size() + ")", c.line(),
                            invoice.lines().size());
                }
                out.add(c);
                continue;
            }
            // by its own number, else its place in the file ("document 2"), never by its id (issue 8)
            DocumentView doc = declared.stream().filter(d -> DeclarationBuilding.invoiceName(view, d).equalsIgnoreCase(named))
                    .findFirst().orElse(null);
            if (doc == null && named.matches("\\d{1,3}") && Integer.parseInt(named) >= 1 && Integer.parseInt(named) <= declared.size()) {
                doc = declared.get(Integer.parseInt(named) - 1);
            }
            if (doc == null) {
                String all = String.join(", ", declared.stream().map(d -> DeclarationBuilding.invoiceName(view, d)).toList());
                throw new ClearanceInputInvalid("items[" + i + "].invoice", "clearance.declaration.item-invoice-unknown",
                        "no invoice " + named + " is declared (" + all + ")", clip(named), all);
            }
            int item = 0;
            for (int k = 0; k < sources.size(); k++) {
                DeclarationMessage.ItemSource src = sources.get(k);
                if (src.documentId() != null && src.documentId() == doc.id() && src.line() != null && src.line() == c.line()) {
                    item = declared.size() == 1 ? invoice.lines().get(k).lineNumber() : k + 1;
                }
            }
            if (item == 0) {
                throw new ClearanceInputInvalid("items[" + i + "].line", "clearance.declaration.item-line-unknown",
                        MessageText.of("clearance.declaration.item-line-unknown", Arg.number(c.line()),
                                Arg.message(DeclarationBuilding.invoiceNamed(view, doc))), "invoice " + named + " has no line " + c.line());
            }
            out.add(c.atItem(item));
        }
        return out;
    }

    private static void check(DeclarationDraft draft) {
        if (draft.exchangeRate() == null || draft.exchangeRate().signum() <= 0 || draft.exchangeRate().scale() > 10
                || draft.exchangeRate().compareTo(new BigDecimal("1000000")) > 0) {
            throw new ClearanceInputInvalid("exchangeRate", "clearance.declaration.exchange-rate-input",
                    "the exchange rate must be a positive number", String.valueOf(draft.exchangeRate()));
        }
        for (BigDecimal cost : new BigDecimal[] {draft.freight(), draft.insurance()}) {
            if (cost != null && (cost.signum() < 0 || cost.scale() > 4 || cost.compareTo(new BigDecimal("1000000000")) > 0)) {
                throw new ClearanceInputInvalid(cost == draft.freight() ? "freight" : "insurance", "clearance.declaration.cost-input",
                        "freight and insurance are amounts of 0 or more", cost.toPlainString());
            }
        }
        if (draft.recommendation() != null && draft.recommendation().length() > DeclarationDraft.MAX_RECOMMENDATION) {
            throw new ClearanceInputInvalid("recommendation", "clearance.declaration.recommendation-long",
                    "the recommendation is too long", String.valueOf(DeclarationDraft.MAX_RECOMMENDATION));
        }
        for (String id : new String[] {draft.declarantId(), draft.importerId(), draft.declarantName()}) {
            if (id != null && id.length() > 175) {
                throw new ClearanceInputInvalid(id == draft.declarantName() ? "declarantName" : id == draft.declarantId() ? "declarantId"
                        : "importerId", "clearance.declaration.id-long", "too long", "175");
            }
        }
        if (draft.items().size() > 999) {
            throw new ClearanceInputInvalid("items", "clearance.declaration.too-many-items", "too many items", 999);
        }
        for (DeclarationDraft.ItemChoice c : draft.items()) {
            for (String v : new String[] {c.tariffCode(), c.statisticalCode(), c.preference(), c.duty()}) {
                if (v != null && v.length() > 200) {
                    throw new ClearanceInputInvalid("items", "clearance.declaration.id-long", "too long", "200");
                }
            }
        }
    }

    /**
     * An item's tariff code as the tariff module prints it: the code dotted (3924.10.00; Taiwan's 11 characters as
     * 3924.10.00.90-1) and an Australian statistical code after it as "stat 90" (acceptance review, t4fixM: the AU mail showed
     * "39241000.90"); a code that is not digits as it is.
     */
    static Arg tariffShown(String code, String stat) {
        String dotted = code == null ? "-" : code;
        try {
            if (code != null) {
                dotted = org.tradedesk.shared.HsCode.of(code).dotted();
            }
        } catch (RuntimeException notDigits) {
            // kept as typed
        }
        return stat == null || stat.isBlank() ? Arg.literal(dotted)
                : Arg.message(MessageText.of("clearance.tariff.with-stat", Arg.literal(dotted), Arg.literal(stat.strip())));
    }

    private Mail mail(TransactionView view, DeclarationView d, long contactId) {
        ContactView contact = clients.viewContact(view.details().clientId(), contactId);
        Locale language = (contact.preferredLanguage() != null ? contact.preferredLanguage()
                : clients.client(view.details().clientId()).preferredLanguage()).locale();
        DeclarationMessage m = d.declaration();
        StringBuilder items = new StringBuilder();
        // the items' figures and Taiwan's trade promotion fee once on the shipment (acceptance review: items adding to
        // 180,034 beside a total of 180,035 and an unexplained "NT$1 rounding" line)
        MailFigures figures = mailFigures(m);
        boolean fee = figures.shipmentFee() != null;
        for (int i = 0; i < m.items().size(); i++) {
            DeclarationMessage.DeclarationItem it = m.items().get(i);
            items.append(texts.render(MessageText.of(fee ? "clearance.declaration.mail.item.without-fee" : "clearance.declaration.mail.item",
                    Arg.number(it.sequence()),
                    Arg.literal(it.description() == null ? "-" : it.description()),
                    tariffShown(it.tariffCode(), it.statisticalCode()),
                    Arg.literal(it.originCountry() == null ? "-" : it.originCountry()),
                    it.preferenceClaimed() == null ? Arg.code("clearance.declaration.mail.general") : org.tradedesk.clearance.domain.SchemeLabels.of(it.preferenceClaimed()),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(it.customsValue(), m.localCurrency()),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(figures.itemDuties().get(i), m.localCurrency())), language)).append('\n');
        }
        if (m.forExport()) {
            // an export declaration (t4exp): the client reads that it is one, and its only charge (the item values are FOB)
            items.append('\n').append(texts.render(MessageText.of("clearance.declaration.kind.export." + m.jurisdiction()), language))
                    .append(": ").append(texts.render(m.dutiesAndTaxesTotal() == null
                            ? MessageText.of("clearance.declaration.export-no-charge." + m.jurisdiction())
                            : MessageText.of("clearance.declaration.export-fee",
                                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(m.dutiesAndTaxesTotal(), m.localCurrency()),
                                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(m.customsValueTotal(), m.localCurrency())), language))
                    .append('\n');
        }
        if (fee && !m.forExport()) {
            items.append(texts.render(MessageText.of("clearance.declaration.mail.shipment-fee", Arg.code("clearance.tax-type.TPF"),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(figures.feeBase(), m.localCurrency()),
                    Arg.literal(figures.feeRate() == null ? "-" : figures.feeRate().stripTrailingZeros().toPlainString()),
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(figures.shipmentFee(), m.localCurrency())), language)).append('\n');
        }
        if (figures.rounding().signum() != 0) {
            items.append(texts.render(MessageText.of("clearance.declaration.rounding-difference",
                    org.tradedesk.clearance.domain.MoneyCodes.taxAmount(figures.rounding(), m.localCurrency())), language)).append('\n');
        }
        if (d.fileBlocked()) {
            items.append('\n').append(texts.render(MessageText.of("clearance.declaration.mail.file-errors",
                    Arg.number(d.fileErrors().size())), language)).append('\n');
            for (Finding f : d.fileErrors()) {
                items.append("- ").append(texts.render(f.message(), language)).append('\n');
            }
            if (!d.preferenceAtRisk().isEmpty()) {
                items.append(texts.render(MessageText.of("clearance.declaration.mail.preference-at-risk",
                        Arg.literal(d.preferenceAtRisk().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))),
                        language)).append('\n');
            }
        }
        // a file without a reference by the declaration's own reference as lodged, never by our database id (T4 R6)
        String ref = view.details().reference() == null || view.details().reference().isBlank() ? m.reference()
                : view.details().reference();
        String subject = messages.getMessage("clearance.declaration.mail.subject", new Object[] {ref, d.version()}, language);
        // signed and answered as the client query is (acceptance review F8: "Kind regards,\ncoordinator", no Reply-To)
        CoordinatorSignature.Signed signed = signature.of(language);
        String body = texts.render(MessageText.of("clearance.declaration.mail.body", Arg.literal(contact.name()), Arg.literal(ref),
                Arg.number(d.version()),
                // no recommendation, no section (the mail printed "Our recommendation:" over a lone dash; issue 8)
                d.recommendation() == null || d.recommendation().isBlank() ? Arg.literal("")
                        : Arg.message(MessageText.of("clearance.declaration.mail.recommendation", Arg.literal(d.recommendation().strip()))),
                Arg.literal(items.toString()),
                minorMoney(m.customsValueTotal(), m.localCurrency()), minorMoney(m.dutiesAndTaxesTotal(), m.localCurrency()),
                Arg.literal(d.confirmationCode()), Arg.literal(d.sha256()), Arg.literal(signed.lines())), language);
        return new Mail(contact, language, subject, body,
                signed.replyTo().map(a -> new OutgoingMail.ReplyTo(a, signed.name())).orElse(null));
    }

    /**
     * The figures of the declaration mail: each item's duties and taxes; for Taiwan, without the trade promotion fee, which
     * is levied once per declaration on the total 完稅價格 ({@link org.tradedesk.clearance.messages.DeclarationValidation#perDeclarationFee})
     * and listed once as the shipment's, so the lines add up to the header total; {@code rounding} is what is left (zero
     * unless the stored total was computed otherwise).
     */
    record MailFigures(List<BigDecimal> itemDuties, BigDecimal feeBase, BigDecimal feeRate, BigDecimal shipmentFee, BigDecimal rounding) {
    }

    static MailFigures mailFigures(DeclarationMessage m) {
        boolean tw = "TW".equals(m.jurisdiction()) && !m.forExport();
        List<DeclarationMessage.DutyTax> fees = tw ? m.items().stream().flatMap(it -> it.dutiesAndTaxes().stream())
                .filter(t -> "TPF".equals(t.type())).toList() : List.of();
        boolean fee = !fees.isEmpty();
        List<BigDecimal> duties = new java.util.ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (DeclarationMessage.DeclarationItem it : m.items()) {
            BigDecimal d = it.dutiesAndTaxes().stream().filter(t -> !fee || !"TPF".equals(t.type())).map(DeclarationMessage.DutyTax::amount)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            duties.add(d);
            sum = sum.add(d);
        }
        BigDecimal shipmentFee = null;
        BigDecimal base = null;
        if (fee) {
            shipmentFee = org.tradedesk.clearance.messages.DeclarationValidation.perDeclarationFee(m.items());
            base = fees.stream().map(DeclarationMessage.DutyTax::base).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            sum = sum.add(shipmentFee);
        }
        BigDecimal rounding = m.dutiesAndTaxesTotal() == null ? BigDecimal.ZERO : m.dutiesAndTaxesTotal().subtract(sum);
        return new MailFigures(duties, base, fee ? fees.get(0).rate() : null, shipmentFee, rounding);
    }

    private DeclarationStore.Row row(TransactionId id, long declarationId) {
        return store.find(id.value(), declarationId).orElseThrow(() -> DeclarationNotFound.of(id.value(), declarationId));
    }

    private DeclarationView view(DeclarationStore.Row r) {
        return view(r, new Shown(null));
    }

    /** As above, with what the request has already worked out ({@code shown}'s export charges). */
    private DeclarationView view(DeclarationStore.Row r, Shown shown) {
        TransactionView file = transactions.transaction(TransactionId.of(r.transactionId()));
        return view(r, fileErrors(file), file, shown);
    }

    private DeclarationView view(DeclarationStore.Row r, List<Finding> all, TransactionView file) {
        return view(r, all, file, new Shown(file));
    }

    /** The rule comparing the newest lodged declaration with the invoices now ({@code clearance/checks.tsv}). */
    static final String LODGED_RULE = "invoice.lodged";

    /** The ERROR findings of the file's document checks, as the file is now. */
    private List<Finding> fileErrors(TransactionView file) {
        return checks.findings(file).stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    private DeclarationView view(DeclarationStore.Row r, List<Finding> all, TransactionView file, Shown shown) {
        // a draft not yet lodged is the amendment the invoice.lodged finding asks for (review r-t4c F1): that finding does
        // not block lodging it (lodging it clears the finding when it was built from the current invoices)
        List<Finding> errors = r.status().lodged() ? all : all.stream().filter(f -> !LODGED_RULE.equals(f.rule())).toList();
        // a preference claim proven by a certificate of origin that has an ERROR finding (expired, issued after arrival…)
        boolean proofInError = errors.stream().flatMap(f -> f.documents().stream())
                .flatMap(d -> d.documents().stream()).anyMatch(d -> "CERTIFICATE_OF_ORIGIN".equals(d.kind()));
        List<Integer> atRisk = !proofInError ? List.of() : r.declaration().items().stream()
                .filter(it -> it.preferenceClaimed() != null && !it.preferenceClaimed().isBlank())
                .map(DeclarationMessage.DeclarationItem::sequence).toList();
        return new DeclarationView(r.id(), r.transactionId(), r.revision(), r.version(), r.functionCode(), r.status(), r.format(),
                r.messageId(), r.declaration(), DeclarationValidation.withExportCharges(DeclarationValidation.validate(r.declaration(),
                        // a lodged declaration is what was sent: today's statistical codes would fault it for a later change
                        r.lodgedAt() != null ? DeclarationValidation.StatisticalCodes.NONE : checks.statisticalCodes(r.declaration(), r.createdAt()),
                        preferenceFacts(r, file)), r.declaration(), exportCharge(r.declaration(), shown)), r.sha256(), r.recommendation(),
                r.createdBy(), r.createdAt(), r.sentTo(), r.sentAt(), r.confirmedBy(), r.confirmedAt(), r.confirmedSha256(),
                r.confirmationRecordedBy(), r.lodgedAt(), errors, atRisk,
                r.exchangeRateTyped() ? new DeclarationView.TypedRate(r.declaration().exchangeRate(), r.exchangeRateReason()) : null,
                fileErrorDocuments(errors, file, shown));
    }

    /** The documents of each file error (by the finding's key), named as the findings endpoint names them (t4fixX 3). */
    private java.util.Map<String, List<FindingDocumentNames.Named>> fileErrorDocuments(List<Finding> errors, TransactionView file,
            Shown shown) {
        if (errors.isEmpty() || file == null) {
            return java.util.Map.of();
        }
        java.util.Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents = shown.documents(file);
        java.util.Map<String, List<FindingDocumentNames.Named>> out = new java.util.HashMap<>();
        for (Finding f : errors) {
            out.putIfAbsent(f.key(), FindingDocumentNames.of(f.documents(), documents, file));
        }
        return out;
    }

    /** The claimed preferences' proof and eligibility as the file and the engine stand now (null: none claimed). */
    private DeclarationValidation.PreferenceFacts preferenceFacts(DeclarationStore.Row r, TransactionView view) {
        if (r.declaration().items().stream().allMatch(it -> DeclarationBuilding.blankToNull(it.preferenceClaimed()) == null)) {
            return null;
        }
        if (r.preferenceOffered() != null) {
            // what the engine offered was asked when the draft was built (T4 R5); the proof is the file's as it is now
            return new DeclarationValidation.PreferenceFacts(DeclarationBuilding.proofOfOrigin(view), r.preferenceOffered());
        }
        return DeclarationBuilding.preferenceFacts(view, DeclarationBuilding.invoice(view), r.declaration(), taxes::calculate, this::memberOf);
    }

    /** Whether the origin is on the country list of the scheme on the date (to confirm counts as on it); null: no such list. */
    private Boolean memberOf(DeclarationMessage d, DeclarationMessage.DeclarationItem it) {
        org.tradedesk.tariff.Jurisdiction j = org.tradedesk.tariff.Jurisdiction.valueOf(d.jurisdiction());
        String scheme = it.preferenceClaimed().strip();
        if (eligibility == null || !eligibility.governs(j, scheme) || it.originCountry() == null) {
            return null;
        }
        org.tradedesk.tariff.Eligibility e = eligibility.check(j, scheme, org.tradedesk.shared.CountryCode.of(it.originCountry()), d.declarationDate());
        return e.eligible() || e.toConfirm();
    }

    /**
     * t4fixAE 3: a response dated later than now at the customs office, beyond {@link #RESPONSE_CLOCK_TOLERANCE}, is refused
     * — the time counts, not only the date (an N5107 of 09:00 accepted at 03:52 the same day in Taipei was received hours
     * before customs sent it); so is an amount customs assessed that is negative or past the bounds of every amount the
     * desk keeps ({@link org.tradedesk.platform.validation.Bounds#AMOUNT_INTEGER_DIGITS} digits before the point: a CUSRES
     * MOA+124:-5 or 99999…99.99 was recorded as a duty notice). {@code fileNow}: now in the customs office's zone.
     */
    static void refuseAheadOrAbsurd(CustomsResponse read, java.time.LocalDateTime fileNow) {
        if (read.issuedAt() != null && read.issuedAt().isAfter(fileNow.plus(RESPONSE_CLOCK_TOLERANCE))) {
            java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            throw new ClearanceInputInvalid("file", "clearance.response.future-timed", "the response is dated " + read.issuedAt()
                    + ", after the file's now " + fileNow, read.issuedAt().format(hm), fileNow.format(hm),
                    RESPONSE_CLOCK_TOLERANCE.toMinutes());
        }
        java.util.List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
        read.duties().forEach(d -> amounts.add(d.amount()));
        amounts.add(read.dutiesTotal());
        for (java.math.BigDecimal a : amounts) {
            if (a != null && (a.signum() < 0 || a.precision() - a.scale() > org.tradedesk.platform.validation.Bounds.AMOUNT_INTEGER_DIGITS)) {
                throw new ClearanceInputInvalid("file", "clearance.response.amount-out-of-bounds", "the response's amount "
                        + a.toPlainString() + " is negative or past the bounds", a.toPlainString(),
                        org.tradedesk.platform.validation.Bounds.AMOUNT_INTEGER_DIGITS);
            }
        }
    }

    /** How far ahead of this server's clock a response may be dated (the clocks of customs and of the desk differ a little). */
    static final java.time.Duration RESPONSE_CLOCK_TOLERANCE = java.time.Duration.ofMinutes(10);

    /**
     * The file's responses, each duty notice with its differences from the declaration it answers; a release dated before
     * a duty notice of the same declaration with a warning (t4fixAE 3: customs releases after it assesses, so one of the two
     * dates is wrong or the release is provisional).
     */
    private List<ResponseView> responseViews(TransactionId id) {
        Map<Long, DeclarationMessage> declarations = new HashMap<>();
        store.of(id.value(), MAX_SHOWN).forEach(r -> declarations.put(r.id(), r.declaration()));
        List<DeclarationStore.ResponseRow> rows = store.responses(id.value(), MAX_SHOWN);
        // the first release of each declaration; a later one repeats it (oldest first)
        Map<Long, Long> firstRelease = new HashMap<>();
        return rows.stream().map(r -> {
            Long repeatOf = null;
            if (r.response().kind() == CustomsResponse.Kind.RELEASED && r.declarationId() != null) {
                Long first = firstRelease.putIfAbsent(r.declarationId(), r.id());
                repeatOf = first;
            }
            List<org.tradedesk.clearance.messages.DeclarationFinding> findings = new java.util.ArrayList<>(
                    r.response().kind() == CustomsResponse.Kind.DUTY_NOTICE
                            ? DutyNoticeCheck.compare(r.response(), declarations.get(r.declarationId())) : List.of());
            if (r.response().kind() == CustomsResponse.Kind.RELEASED && r.response().issuedAt() != null) {
                rows.stream().filter(n -> n.response().kind() == CustomsResponse.Kind.DUTY_NOTICE
                                && java.util.Objects.equals(n.declarationId(), r.declarationId()) && n.response().issuedAt() != null
                                && n.response().issuedAt().isAfter(r.response().issuedAt()))
                        .findFirst().ifPresent(n -> findings.add(new org.tradedesk.clearance.messages.DeclarationFinding(
                                org.tradedesk.clearance.messages.DeclarationFinding.Severity.WARNING, "release-before-duty-notice",
                                "response.issuedAt", MessageText.of("clearance.response.release-before-duty-notice",
                                        Arg.literal(r.response().issuedAt().toString().replace('T', ' ')),
                                        Arg.literal(n.response().issuedAt().toString().replace('T', ' '))))));
            }
            return new ResponseView(r.id(), r.declarationId(), r.response(), r.sha256(), r.receivedVia(), r.receivedBy(), r.receivedAt(),
                    findings, repeatOf);
        }).toList();
    }

    /** The message id: {@code TD<file>R<revision>}, at most 14 characters (the EDIFACT interchange reference). */
    static String messageId(long transactionId, int revision) {
        String id = "TD" + transactionId + "R" + revision;
        if (id.length() > 14) {
            throw new IllegalStateException("message id longer than 14 characters: " + id);
        }
        return id;
    }

    private static String envelopeId(DeclarationMessage.Party declarant) {
        String id = declarant == null || declarant.id() == null ? "TRADEDESK" : declarant.id().replaceAll("[^A-Za-z0-9]", "");
        return id.isEmpty() ? "TRADEDESK" : id.length() > 35 ? id.substring(0, 35) : id;
    }

    private Instant now() {
        return Instant.now(clock);
    }
    /** An amount to its currency's minor unit for a message (review m10: "TWD 699,725.0000" showed the engine's scale). */
    /** An amount to its currency's minor unit; a TWD amount without cents as whole NT$, as its taxes are (one format a currency). */
    private static Arg minorMoney(java.math.BigDecimal amount, String currency) {
        java.math.BigDecimal a = amount == null ? java.math.BigDecimal.ZERO : amount;
        if ("TWD".equals(currency)) {
            return org.tradedesk.clearance.domain.MoneyCodes.taxAmount(a, currency);
        }
        try {
            return Arg.money(a.setScale(org.tradedesk.shared.CurrencyCode.of(currency).isoFractionDigits(), java.math.RoundingMode.HALF_UP), currency);
        } catch (RuntimeException unknownCurrency) {
            return Arg.money(a, currency);
        }
    }

    /** The channel in the reader's language (OUTBOX → 傳輸目錄 / outbox directory); an unknown one by its code. */
    private static Arg channelName(String channel) {
        return Arg.message(MessageText.of("clearance.channel." + channel, Arg.literal(channel)));
    }

    // The history and the document set go to clients: an outbox file is named by its file name, never by the
    // server's directory (review: "/tmp/.../data/clearance-outbox/TD1R2.xml" was printed); an HTTP endpoint is the
    // customs address the desk was configured with and is shown as it is.
    private static String shownEndpoint(LodgementChannel.Receipt receipt) {
        String endpoint = receipt.endpoint();
        if (endpoint == null || !"OUTBOX".equals(receipt.channel())) {
            return endpoint == null ? "" : endpoint;
        }
        java.nio.file.Path name = java.nio.file.Path.of(endpoint).getFileName();
        return name == null ? endpoint : name.toString();
    }

    private static final java.util.Set<String> NAMED_SOURCES = java.util.Set.of("CUSRES_D99B", "TW_NX901", "TW_N5107", "TW_N5108",
            "TW_N5109", "TW_N5110", "TW_N5111", "TW_N5116");

    /** A customs message named by its sender and number ("臺灣 N5110"), for a line that then says what it is. */
    /** Errors shown in a history line: a rejection lists a few, the response file keeps them all. */
    static final int HISTORY_ERRORS = 20;

    /**
     * The history line of a customs response: who sent it and what it says, the declaration version, the channel, the error or
     * query codes each with the administration's text and the goods item where the message gives them (CUSRES ERC/FTX+AAO),
     * and for an N5107 the 補辦期限 (documents to supply by) — acceptance review of issue 8: an AU rejection gave its codes
     * without their text, an N5107 line had no deadline. Lines written before carry five arguments ({@link HistoryEntry}).
     */
    static MessageText responseLine(CustomsResponse response, int version) {
        return responseLine(response, version, null);
    }

    /**
     * The line with customs' own 補辦期限 said too when the product moved it off a rest day (re-review F7: customs'
     * {@code LimitDateTime 20261212}, a Saturday, was shown only as "documents to supply by 14 Dec 2026"; the move is
     * 行政程序法 第48條 第4項 — N5107 is Taiwan's).
     */
    static MessageText responseLine(CustomsResponse response, int version, LocalDate customsDeadline) {
        List<Arg> errors = new java.util.ArrayList<>();
        java.util.Set<CustomsResponse.ResponseError> seen = new java.util.LinkedHashSet<>(response.errors());
        for (CustomsResponse.ResponseError e : seen) {
            if (errors.size() == HISTORY_ERRORS) {
                break;
            }
            String text = e.text() == null || e.text().isBlank() ? null : e.text().strip();
            String code = e.code() == null ? "-" : e.code();
            if (text == null) {
                errors.add(e.item() == null ? Arg.literal(code)
                        : Arg.message(MessageText.of("clearance.history.response.code-item", Arg.literal(code), Arg.number(e.item()))));
            } else {
                errors.add(Arg.message(e.item() == null ? MessageText.of("clearance.history.response.code-text", Arg.literal(code), Arg.literal(text))
                        : MessageText.of("clearance.history.response.code-item-text", Arg.literal(code), Arg.number(e.item()), Arg.literal(text))));
            }
        }
        Arg codes = errors.isEmpty() ? Arg.literal("") : errors.get(errors.size() - 1);
        for (int i = errors.size() - 2; i >= 0; i--) {
            codes = Arg.message(MessageText.of("clearance.history.response.code-list", errors.get(i), codes));
        }
        boolean rolled = customsDeadline != null && response.deadline() != null && !customsDeadline.equals(response.deadline());
        Arg deadline = response.kind() == CustomsResponse.Kind.CHANNEL_ASSIGNED && response.deadline() != null
                ? Arg.message(rolled ? MessageText.of("clearance.history.response.supply-by-rolled", Arg.date(response.deadline()),
                        Arg.date(customsDeadline))
                        : MessageText.of("clearance.history.response.supply-by", Arg.date(response.deadline()))) : Arg.literal("");
        return MessageText.of("clearance.history.response", responseSender(response.source()),
                Arg.code("clearance.response.kind." + response.kind()), Arg.number(version),
                HistoryEntry.channelPart(response.channel() == null ? null : Arg.literal(response.channel())),
                HistoryEntry.codesPart(errors.isEmpty() ? null : codes), deadline);
    }

    static Arg responseSender(String source) {
        return source != null && NAMED_SOURCES.contains(source) ? Arg.code(HistoryEntry.SENDER + source) : Arg.literal(source);
    }


    /**
     * The tax engine's refusal of a preference the line has no option for, in the reader's words (t4fixZ2: it listed the
     * engine's codes, 「可選：GENERAL」): the preference typed and the choices there are, each as {@link
     * org.tradedesk.clearance.domain.SchemeLabels} says it, at the draft item's preference field. Empty for another refusal.
     */
    static java.util.Optional<ClearanceInputInvalid> schemeNotOffered(org.tradedesk.taxes.TaxInputInvalid e, CapturedInvoice invoice,
            DeclarationDraft draft) {
        MessageText reason = e.reason();
        if (reason == null || !"taxes.reason.scheme.unknown".equals(reason.code()) || reason.args().size() < 2) {
            return java.util.Optional.empty();
        }
        String typed = String.valueOf(reason.args().get(0).value());
        List<String> choices = java.util.Arrays.stream(String.valueOf(reason.args().get(1).value()).split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
        String field = "items";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^lines\\[(\\d+)]").matcher(e.field() == null ? "" : e.field());
        if (m.find() && invoice != null && draft.items() != null) {
            int i = Integer.parseInt(m.group(1));
            if (i < invoice.lines().size()) {
                int lineNumber = invoice.lines().get(i).lineNumber();
                for (int k = 0; k < draft.items().size(); k++) {
                    if (draft.items().get(k).line() == lineNumber) {
                        field = "items[" + k + "].preference";
                    }
                }
            }
        }
        return java.util.Optional.of(new ClearanceInputInvalid(field, "clearance.declaration.preference-not-a-choice",
                MessageText.of("clearance.declaration.preference-not-a-choice", org.tradedesk.clearance.domain.SchemeLabels.of(typed),
                        org.tradedesk.clearance.domain.SchemeLabels.list(choices)),
                "preference " + typed + " is not offered for the line; offered: " + choices));
    }
}
