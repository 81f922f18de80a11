package org.tradedesk.clearance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.messages.DeclarationMessage;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.PdfRenderer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clearance document set (O4.6.1, P4.6.3–P4.6.5): one ZIP with every document of the transaction (the files as
 * uploaded; an invoice typed by hand as its captured data in JSON), every declaration message lodged, every customs
 * response as received, and {@code index.pdf} — a cover in the reader's language (zh-TW or en, fonts embedded) that
 * lists each file with its SHA-256 and date, the file's status and history, and how long the record is kept
 * (retention period, its legal reference and the date it ends).
 */
@Service
public class ClearanceDocumentSet {

    static final String TEMPLATE = "clearance/reports/document-set";
    static final String SUMMARY_TEMPLATE = "clearance/reports/document-summary";
    /** The reader's format (review M7): 2026/12/07 09:30 in Chinese, 7 Dec 2026 09:30 in English. */
    private static final DateTimeFormatter ZH_AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final DateTimeFormatter EN_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ClearanceTransactions transactions;
    private final ClearanceDeclarations declarations;
    private final PdfRenderer pdf;
    private final MessageTexts texts;
    private final MessageSource messages;
    private final JsonMapper json;
    private final org.tradedesk.platform.Formats formats;
    private final ClearanceChecks checks;
    private final ClearanceIssues issues;
    private final ClearanceIssueReports issueReports;
    private final ClearanceDisputes disputes;
    private final ClearanceDisputeLetters letters;

    ClearanceDocumentSet(ClearanceTransactions transactions, ClearanceDeclarations declarations, PdfRenderer pdf, MessageTexts texts,
            MessageSource messages, JsonMapper json, org.tradedesk.platform.Formats formats, ClearanceChecks checks,
            ClearanceIssues issues, ClearanceIssueReports issueReports, ClearanceDisputes disputes, ClearanceDisputeLetters letters) {
        this.formats = formats;
        this.checks = checks;
        this.issues = issues;
        this.issueReports = issueReports;
        this.disputes = disputes;
        this.letters = letters;
        this.transactions = transactions;
        this.declarations = declarations;
        this.pdf = pdf;
        this.texts = texts;
        this.messages = messages;
        this.json = json;
    }

    /** One file of the set as the index lists it: path in the ZIP, what it is, its SHA-256 and date. */
    public record Entry(String path, String what, String sha256, long size, String date) {
    }

    /**
     * What the ZIP and its PDF summary both show, read once for the two (review of issue 8: the ZIP read the file's
     * declarations, findings, issues and responses, then the summary read them all again).
     */
    private record Loaded(TransactionView view, List<DeclarationView> declarations, List<org.tradedesk.clearance.domain.Finding> findings,
            List<IssueView> issues, List<ResponseView> responses,
            Map<org.tradedesk.clearance.domain.DocumentId, org.tradedesk.clearance.domain.CheckedFile.Document> documents, List<DisputeView> disputes) {
    }

    private Loaded load(TransactionId id) {
        TransactionView view = transactions.transaction(id);
        return new Loaded(view, declarations.declarations(id), checks.findings(view), issues.issues(id), declarations.responses(id),
                checks.documents(view), disputes.disputes(id));
    }

    @Transactional(readOnly = true)
    public byte[] zip(TransactionId id, Locale language) {
        Loaded loaded = load(id);
        TransactionView view = loaded.view();
        // times in the transaction's jurisdiction (review m15: an Australian set said "Taipei time")
        ZoneId zone = view.clockZone();
        DateTimeFormatter at = ("zh".equals(language.getLanguage()) ? ZH_AT : EN_AT).withZone(zone);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (DocumentView d : view.documents()) {
            String what = text("clearance.document.type." + d.type(), language);
            // named by the document's place in the file, as the findings name it ("2nd document of the file"), not its id
            String place = String.format(Locale.ROOT, "%02d", view.positionOf(d.id()));
            if (d.hasFile()) {
                StoredFile f = transactions.file(id, d.id());
                add(at, files, entries, "documents/" + place + "-" + safe(f.fileName()), f.content(), what, d.uploadedAt());
            } else if (d.captured() != null) {
                add(at, files, entries, "documents/" + place + "-captured-invoice.json",
                        json.writeValueAsString(d.captured()).getBytes(StandardCharsets.UTF_8),
                        texts.render(org.tradedesk.shared.MessageText.of("clearance.docset.typed-document",
                                org.tradedesk.shared.MessageText.Arg.literal(what)), language), d.uploadedAt());
            }
        }
        List<DeclarationView> newestFirst = new ArrayList<>(loaded.declarations());
        java.util.Collections.reverse(newestFirst);
        for (DeclarationView d : newestFirst) {
            if (d.lodgedAt() == null) {
                continue;
            }
            StoredFile m = declarations.message(id, d.id());
            add(at, files, entries, "declarations/v" + d.version() + "-" + m.fileName(), m.content(),
                    // the function code by its meaning (T4 review F7: the index printed the raw EDIFACT code "9")
                    texts.render(org.tradedesk.shared.MessageText.of("clearance.docset.declaration.function", org.tradedesk.shared.MessageText.Arg.number(d.version()),
                            org.tradedesk.shared.MessageText.Arg.code(functionName(d.declaration().functionCode())),
                            org.tradedesk.shared.MessageText.Arg.literal(d.confirmedBy())), language), d.lodgedAt());
        }
        for (ResponseView r : loaded.responses()) {
            StoredFile f = declarations.responseFile(id, r.id());
            // named by its kind, customs' date and reference (released-2026-03-05-AA14-0001.edi), not response-<id>
            add(at, files, entries, "responses/" + safe(f.fileName()), f.content(),
                    // named as the declaration page names it (臺灣 N5110 稅費繳納通知, not TW_N5110)
                    messages.getMessage("clearance.response.source." + r.response().source(), null, r.response().source(), language) + " · "
                    + text("clearance.response.kind." + r.response().kind(), language), r.receivedAt());
        }
        Instant now = Instant.now();
        // the worksheets: the tax engine's figures of each lodged declaration version, named by its version and where it stands
        // (review r-t4c F2: only the first lodged version's was kept, a rejected one, not the released amendment); with none
        // lodged, the newest draft's
        List<DeclarationView> worksheets = newestFirst.stream().filter(d -> d.lodgedAt() != null && d.declaration() != null).toList();
        if (worksheets.isEmpty()) {
            worksheets = newestFirst.stream().filter(d -> d.declaration() != null).limit(1).toList();
        }
        for (DeclarationView worksheetOf : worksheets) {
            add(at, files, entries, "worksheet/declaration-v" + worksheetOf.version() + "-r" + worksheetOf.revision() + "-worksheet.xlsx",
                    ClearanceSummaryDocuments.worksheet(worksheetOf, language, this::text),
                    texts.render(org.tradedesk.shared.MessageText.of("clearance.docset.worksheet",
                            org.tradedesk.shared.MessageText.Arg.number(worksheetOf.version()),
                            org.tradedesk.shared.MessageText.Arg.number(worksheetOf.revision()),
                            org.tradedesk.shared.MessageText.Arg.code("clearance.declaration.status." + worksheetOf.status())), language),
                    worksheetOf.createdAt());
        }
        List<org.tradedesk.clearance.domain.Finding> findings = loaded.findings();
        add(at, files, entries, "findings/findings.xlsx", ClearanceSummaryDocuments.findings(view.id(), findings, loaded.documents(), language, this::text,
                m -> texts.render(m, language)), text("clearance.docset.findings", language), now);
        List<IssueView> fileIssues = loaded.issues();
        int issuePlace = 0;
        for (IssueView issue : fileIssues) {
            // by its number among the file's issues (as listed), not its id
            String issueName = "issues/issue-" + (++issuePlace);
            add(at, files, entries, issueName + "-evaluation.pdf",
                    issueReports.pdf(id, issue.id(), ClearanceIssueReports.Report.EVALUATION, language),
                    text("clearance.report.evaluation.title", language) + " · " + texts.render(issue.descriptionText(), language), now);
            if (issue.choice() != null) {
                add(at, files, entries, issueName + "-solution.pdf",
                        issueReports.pdf(id, issue.id(), ClearanceIssueReports.Report.SOLUTION, language),
                        text("clearance.report.solution.title", language) + " · " + texts.render(issue.descriptionText(), language), issue.choice().confirmedAt());
            }
        }
        List<DisputeView> fileDisputes = loaded.disputes();
        int disputePlace = 0;
        for (DisputeView d : fileDisputes) {
            // by its kind and customs' decision reference (duty-assessment-112-AB-0042-letter.pdf), not dispute-<id>
            add(at, files, entries, "disputes/" + d.letterFileName(++disputePlace), letters.pdf(id, d.id(), language),
                    text("clearance.docset.dispute-letter", language) + " · " + texts.render(d.named(), language), now);
        }
        byte[] summary = summary(loaded, language);
        add(at, files, entries, "summary.pdf", summary, text("clearance.docset.summary", language), now);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.toLanguageTag());
        model.put("tx", view);
        model.put("entries", entries);
        model.put("history", transactions.history(id).stream().limit(200)
                .map(h -> new String[] {at.format(h.at()), h.username(), texts.render(h.what(), language)}).toList());
        model.put("keepUntil", formats.date(view.retention().keepUntil(), language));
        model.put("retentionYears", view.retention().rule().years());
        model.put("retentionFrom", formats.date(view.retention().from(), language));
        model.put("legalReference", texts.render(view.retention().rule().legalText(), language));
        model.put("status", text("clearance.status." + view.status(), language));
        model.put("madeAt", at.format(now));
        model.put("zoneName", text(view.clockZoneName(), language));
        byte[] index = pdf.render(TEMPLATE, model, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("index.pdf"));
            zip.write(index);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The PDF summary of the file (O4.6.1) in the reader's language, fonts embedded: the file and its parties, the
     * declaration totals (the tax engine's), the findings, the issues with the solutions chosen, the customs responses
     * in order and how long the record is kept.
     */
    @Transactional(readOnly = true)
    public byte[] summary(TransactionId id, Locale language) {
        return summary(load(id), language);
    }

    private byte[] summary(Loaded loaded, Locale language) {
        TransactionView view = loaded.view();
        ZoneId zone = view.clockZone();
        DateTimeFormatter at = ("zh".equals(language.getLanguage()) ? ZH_AT : EN_AT).withZone(zone);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.toLanguageTag());
        model.put("tx", view);
        model.put("parties", view.details().parties());
        model.put("status", text("clearance.status." + view.status(), language));
        List<String[]> declarationRows = new ArrayList<>();
        for (DeclarationView d : loaded.declarations()) {
            if (d.declaration() == null) {
                continue;
            }
            DeclarationMessage m = d.declaration();
            declarationRows.add(new String[] {String.valueOf(d.version()), String.valueOf(d.revision()), text(functionName(m.functionCode()), language),
                    text("clearance.declaration.status." + d.status(), language),
                    money(m.customsValueTotal(), m.localCurrency()), money(m.dutiesAndTaxesTotal(), m.localCurrency()),
                    d.lodgedAt() == null ? "" : at.format(d.lodgedAt())});
        }
        model.put("declarations", declarationRows);
        // an export file's declarations carry the FOB value and the export fee, not a customs value and duties (t4fixZ2 5)
        model.put("exportDeclarations", loaded.declarations().stream().anyMatch(d -> d.declaration() != null && d.declaration().export() != null));
        // the rule, documents and fields named as the reader knows them (issue 8: cross.figures, COMMERCIAL_INVOICE#6, grossMassKg)
        model.put("findings", loaded.findings().stream().map(f -> new String[] {text("clearance.finding.severity." + f.severity(), language),
                texts.render(org.tradedesk.clearance.domain.FindingNames.rule(f.rule()), language),
                texts.render(org.tradedesk.clearance.domain.FindingNames.where(f, loaded.documents()), language), texts.render(f.message(), language),
                f.regulationText() == null ? "" : texts.render(f.regulationText(), language)}).toList());
        List<String[]> issueRows = new ArrayList<>();
        for (IssueView i : loaded.issues()) {
            IssueView.Alternative chosen = i.choice() == null ? null : i.chosen();
            issueRows.add(new String[] {texts.render(i.descriptionText(), language), text("clearance.risk." + i.risk().level(), language),
                    text("clearance.issue.status." + i.status(), language),
                    chosen == null ? "" : texts.render(org.tradedesk.shared.MessageText.of("clearance.docset.chosen-cost",
                            org.tradedesk.shared.MessageText.Arg.code("clearance.alternative.kind." + chosen.kind()),
                            org.tradedesk.shared.MessageText.Arg.literal(money(chosen.cost().amount(), chosen.cost().currency().value()))), language),
                    i.choice() == null ? "" : i.choice().reasons()});
        }
        model.put("issues", issueRows);
        // the response's own date (CUSRES DTM+137, N5107/NX901 IssueDateTime, N5116 ReleaseDateTime: local to its customs
        // administration, shown as written), then when we received it (issue 8: the summary gave the receipt as the date)
        DateTimeFormatter written = "zh".equals(language.getLanguage()) ? ZH_AT : EN_AT;
        model.put("responses", loaded.responses().stream().map(r -> new String[] {
                r.response().issuedAt() == null ? text("clearance.summary.date-not-given", language) : written.format(r.response().issuedAt()),
                at.format(r.receivedAt()),
                messages.getMessage("clearance.response.source." + r.response().source(), null, r.response().source(), language),
                text("clearance.response.kind." + r.response().kind(), language),
                r.response().reference() == null ? "" : r.response().reference()}).toList());
        model.put("file", fileHeader(view, language));
        java.time.LocalDate today = disputes.today(view.details().jurisdiction());
        model.put("deadlines", openDeadlines(view, loaded.responses(), today, language));
        model.put("disputes", disputeRows(loaded.disputes(), language));
        model.put("differences", differences(loaded.responses(), written, language));
        model.put("channel", channel(loaded.responses(), language));
        model.put("assessed", loaded.responses().stream().anyMatch(r -> r.response().kind() == org.tradedesk.clearance.messages.CustomsResponse.Kind.DUTY_NOTICE));
        model.put("keepUntil", formats.date(view.retention().keepUntil(), language));
        model.put("retentionYears", view.retention().rule().years());
        model.put("retentionFrom", formats.date(view.retention().from(), language));
        model.put("legalReference", texts.render(view.retention().rule().legalText(), language));
        model.put("madeAt", at.format(Instant.now()));
        model.put("zoneName", text(view.clockZoneName(), language));
        return pdf.render(SUMMARY_TEMPLATE, model, language);
    }

    /** The message naming a declaration's function: original (9) or amendment (4). */
    private static String functionName(DeclarationMessage.FunctionCode code) {
        return "clearance.summary.function." + code.name();
    }

    private static final String NONE = "—";

    /**
     * The file's header as its page gives it (T4 review F7): direction, mode, ports, Incoterm and the file's dates, each
     * labelled as the file form labels it; what the file does not give is a dash.
     */
    private List<String[]> fileHeader(TransactionView view, Locale language) {
        TransactionDetails d = view.details();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("clearance.field.direction", language), text("clearance.direction." + d.direction(), language)});
        rows.add(new String[] {text("clearance.field.mode", language), text("clearance.mode." + d.mode(), language)});
        rows.add(new String[] {text("clearance.field.portOfLoading", language), orNone(d.portOfLoading())});
        rows.add(new String[] {text("clearance.field.portOfDischarge", language), orNone(d.portOfDischarge())});
        rows.add(new String[] {text("clearance.field.incoterm", language), d.incoterm() == null ? NONE : d.incoterm().name()});
        rows.add(new String[] {text("clearance.field.arrivalDate", language), date(d.arrivalDate(), language)});
        rows.add(new String[] {text("clearance.field.declarationDate", language), date(d.declarationDate(), language)});
        rows.add(new String[] {text("clearance.field.dutyNoticeDate", language), date(d.dutyNoticeDate(), language)});
        rows.add(new String[] {text("clearance.field.releaseDate", language), date(d.releaseDate(), language)});
        return rows;
    }

    /**
     * The deadlines still open (T4 review F7): the file's own, as its page computes them ({@link TransactionView#deadlines}:
     * open or overdue), with their legal basis — among them customs' N5107 補辦期限 (documents to supply by); then those a
     * customs response set — an N5107 recorded before the file kept the request, and a duty notice's
     * payment deadline when the file's payment rule has not counted it (the notice's date not on the file) — with the
     * response as their basis. Each: name, basis, last day, days left or overdue on the file's today.
     */
    private List<String[]> openDeadlines(TransactionView view, List<ResponseView> responses, java.time.LocalDate today, Locale language) {
        List<String[]> rows = new ArrayList<>();
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (org.tradedesk.clearance.domain.Deadline d : view.deadlines()) {
            if (d.state() == org.tradedesk.clearance.domain.Deadline.State.OPEN || d.state() == org.tradedesk.clearance.domain.Deadline.State.OVERDUE
                    && d.metOn() == null) {
                rows.add(new String[] {text("clearance.deadline." + d.rule().id(), language), texts.render(d.rule().legalText(), language),
                        date(d.lastDay(), language), left(d.lastDay(), today, language)});
            }
            if (d.state() != org.tradedesk.clearance.domain.Deadline.State.NOT_STARTED
                    && d.rule().from() == org.tradedesk.clearance.domain.DateAnchor.DUTY_NOTICE) {
                counted.add(d.rule().metBy() == null ? "" : d.rule().metBy().name());
            }
        }
        boolean paid = view.details().dutyPaidDate() != null;
        for (ResponseView r : responses) {
            org.tradedesk.clearance.messages.CustomsResponse c = r.response();
            if (c.deadline() == null || c.deadline().isBefore(today.minusYears(1))) {
                continue;
            }
            String source = messages.getMessage("clearance.response.source." + c.source(), null, c.source(), language);
            // the N5107 補辦期限 is one of the file's deadlines (above, with its legal basis) once the file records customs'
            // request; only a notice recorded before the file kept requests is listed from the response itself
            if (c.kind() == org.tradedesk.clearance.messages.CustomsResponse.Kind.CHANNEL_ASSIGNED && view.details().releaseDate() == null
                    && view.transaction().documentsRequestedOn() == null) {
                rows.add(new String[] {text("clearance.summary.deadline.documents", language), source, date(c.deadline(), language),
                        left(c.deadline(), today, language)});
            } else if (c.kind() == org.tradedesk.clearance.messages.CustomsResponse.Kind.DUTY_NOTICE && !paid && !counted.contains("DUTY_PAID")) {
                rows.add(new String[] {text("clearance.summary.deadline.pay", language), source, date(c.deadline(), language),
                        left(c.deadline(), today, language)});
            }
        }
        return rows;
    }

    /** Days left, due today or days overdue, as the file's page says it. */
    private String left(java.time.LocalDate lastDay, java.time.LocalDate today, Locale language) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, lastDay);
        return days > 0 ? messages.getMessage("clearance.deadline.days-left", new Object[] {days}, language)
                : days == 0 ? text("clearance.deadline.due-today", language)
                : messages.getMessage("clearance.deadline.overdue", new Object[] {-days}, language);
    }

    /**
     * The file's disputes (T4 review F7): the decision disputed, the stage reached (the last step filed, else none yet; the
     * outcome once decided), the next deadline of its review route with its legal basis and state, as the dispute page
     * computes them ({@link DisputeView#deadlines}).
     */
    private List<String[]> disputeRows(List<DisputeView> disputes, Locale language) {
        List<String[]> rows = new ArrayList<>();
        for (DisputeView d : disputes) {
            String decision = text("clearance.dispute.kind." + d.details().decisionKind(), language)
                    + (d.details().decisionReference() == null || d.details().decisionReference().isBlank() ? "" : " " + d.details().decisionReference().strip());
            DisputeView.Step last = d.steps().stream().filter(s -> s.filedOn() != null)
                    .max(java.util.Comparator.comparing(DisputeView.Step::filedOn)).orElse(null);
            String stage = d.closed() ? text("clearance.dispute.outcome." + d.outcome().outcome(), language)
                    : last == null ? text("clearance.summary.dispute.no-step", language)
                    : messages.getMessage("clearance.summary.dispute.step-filed", new Object[] {
                            text("clearance.dispute.step." + last.stepId(), language), formats.date(last.filedOn(), language)}, language);
            org.tradedesk.clearance.domain.DisputeDeadline next = d.closed() ? null : d.nextDeadline();
            rows.add(new String[] {decision, stage,
                    next == null ? NONE : text("clearance.dispute.step." + next.step().id(), language),
                    next == null ? NONE : date(next.lastDay(), language),
                    next == null ? NONE : messages.getMessage("clearance.dispute.state." + next.state(),
                            new Object[] {next.daysLeft() == null ? 0 : Math.abs(next.daysLeft())}, language),
                    next == null ? "" : texts.render(next.step().legalText(), language)});
        }
        return rows;
    }

    /**
     * Customs' assessment against ours (T4 review F7): every difference the duty notice check found on a response
     * ({@link ResponseView#findings}, computed when the response was read), with the response it came in.
     */
    private List<String[]> differences(List<ResponseView> responses, DateTimeFormatter written, Locale language) {
        List<String[]> rows = new ArrayList<>();
        for (ResponseView r : responses) {
            for (org.tradedesk.clearance.messages.DeclarationFinding f : r.findings()) {
                rows.add(new String[] {messages.getMessage("clearance.response.source." + r.response().source(), null, r.response().source(), language)
                        + (r.response().issuedAt() == null ? "" : " " + written.format(r.response().issuedAt())),
                        texts.render(f.text(), language)});
            }
        }
        return rows;
    }

    /** The clearance channel customs assigned (the newest response naming one), with the response; null when none did. */
    private String channel(List<ResponseView> responses, Locale language) {
        String out = null;
        for (ResponseView r : responses) {
            String c = r.response().channel();
            if (c != null && !c.isBlank()) {
                out = messages.getMessage("clearance.response.channel." + c.strip(), null, c.strip(), language) + " · "
                        + messages.getMessage("clearance.response.source." + r.response().source(), null, r.response().source(), language);
            }
        }
        return out;
    }

    private String date(java.time.LocalDate day, Locale language) {
        return day == null ? NONE : formats.date(day, language);
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s.strip();
    }

    /**
     * An amount as printed in the summary: the currency code, then the figure by {@link ClearanceFigures} (AUD 1,904.64,
     * TWD 48,619).
     */
    private String money(java.math.BigDecimal amount, String currency) {
        // the one rule of clearance's figures (t4fixW: the summary printed 48,619.00 TWD where the declaration says TWD 48,619)
        return amount == null ? "" : ClearanceFigures.text(amount, currency);
    }

    private static void add(DateTimeFormatter at, Map<String, byte[]> files, List<Entry> entries, String path, byte[] content, String what, Instant when) {
        // two files of one name (two responses of one kind, date and reference) told apart before the extension: x-2.edi
        int dot = path.lastIndexOf('.');
        String stem = dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
        String extension = path.substring(stem.length());
        String unique = path;
        for (int n = 2; files.containsKey(unique); n++) {
            unique = stem + "-" + n + extension;
        }
        files.put(unique, content);
        entries.add(new Entry(unique, what, ClearanceTransactions.sha256(content), content.length,
                when == null ? "" : at.format(when)));
    }

    /** A file name safe inside a ZIP: no directories, no control characters. */
    static String safe(String name) {
        String base = name == null ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        return base.isBlank() || base.equals("..") || base.equals(".") ? "file" : base;
    }

    private String text(String code, Locale language) {
        return messages.getMessage(code, null, code, language);
    }
}
