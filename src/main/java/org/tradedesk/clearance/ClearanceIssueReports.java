package org.tradedesk.clearance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.reporting.XlsxEmphasis;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;

/**
 * The two documents of an issue, in the reader's language (zh-TW or en), as PDF and XLSX through {@code reporting}:
 * the alternative-solutions evaluation (O4.3.1: every alternative with benefits, cost, legal requirements, risks and
 * their management, ranked by cost then risk score) and the solution report (O4.4.1: the alternative chosen, the
 * reasons, the regulation references and the client's confirmation; only once the issue is resolved).
 */
@Service
public class ClearanceIssueReports {

    public enum Report { EVALUATION, SOLUTION }

    static final String TEMPLATE = "clearance/reports/issue-report";

    private final ClearanceIssues issues;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final ClearanceTransactions transactions;
    private final org.tradedesk.platform.Formats formats;
    private final org.tradedesk.platform.MessageTexts texts;

    ClearanceIssueReports(ClearanceIssues issues, PdfRenderer pdf, MessageSource messages, ClearanceTransactions transactions,
            org.tradedesk.platform.Formats formats, org.tradedesk.platform.MessageTexts texts) {
        this.texts = texts;
        this.issues = issues;
        this.transactions = transactions;
        this.formats = formats;
        this.pdf = pdf;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(TransactionId id, long issueId, Report report, Locale language) {
        IssueView issue = load(id, issueId, report);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.toLanguageTag());
        model.put("issue", issue);
        // every amount by the one rule of clearance's figures (t4fixW: TWD 36,000.00 in the alternatives' table)
        model.put("figures", new ClearanceFigures());
        // an issue from a finding reads in the report's language (its texts are message codes with arguments)
        model.put("issueDescription", texts.render(issue.descriptionText(), language));
        model.put("issueImplications", texts.render(issue.implicationsText(), language));
        model.put("transactionId", transactions.transaction(id).fileReference());
        model.put("solution", report == Report.SOLUTION);
        model.put("chosen", issue.chosen());
        model.put("rows", report == Report.SOLUTION ? List.of(issue.chosen()) : issue.alternatives());
        model.put("confirmedAt", issue.choice() == null ? "" : confirmedAt(id, issue, language));
        List<IssueView.Alternative> shown = report == Report.SOLUTION ? List.of(issue.chosen()) : issue.alternatives();
        model.put("costings", shown.stream().map(a -> costing(a, language)).toList());
        return pdf.render(TEMPLATE, model, language);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(TransactionId id, long issueId, Report report, Locale language) {
        IssueView issue = load(id, issueId, report);
        String title = text(report == Report.SOLUTION ? "clearance.report.solution.title" : "clearance.report.evaluation.title", language);
        XlsxWorkbook book = XlsxWorkbook.create().properties(title + " " + transactions.transaction(id).fileReference() + "-" + issueId, language);
        XlsxSheet sheet = book.sheet(text("clearance.report.sheet", language));
        sheet.columnWidths(8, 22, 16, 8, 40, 40, 40, 40, 10, 12);
        sheet.title(title);
        sheet.row().text(text("clearance.report.transaction", language)).text(transactions.transaction(id).fileReference());
        sheet.row().text(text("clearance.report.issue", language)).text(texts.render(issue.descriptionText(), language));
        sheet.row().text(text("clearance.report.implications", language)).text(texts.render(issue.implicationsText(), language));
        sheet.row().text(text("clearance.report.risk", language)).amount(java.math.BigDecimal.valueOf(issue.risk().score()), 0)
                .text(text("clearance.risk." + issue.risk().level(), language));
        sheet.row().text(text("clearance.report.owner", language)).text(issue.owner());
        sheet.row().text(text("clearance.report.status", language)).text(text("clearance.issue.status." + issue.status(), language));
        sheet.skip();
        sheet.row(XlsxEmphasis.NOTE).text(text("clearance.report.rule", language));
        XlsxRow header = sheet.header(text("clearance.report.rank", language), text("clearance.report.kind", language),
                text("clearance.report.cost", language), text("clearance.report.currency", language),
                text("clearance.report.benefits", language), text("clearance.report.legal", language),
                text("clearance.report.risks", language), text("clearance.report.riskManagement", language),
                text("clearance.report.riskScore", language), text("clearance.report.riskLevel", language));
        sheet.freezeRowsThrough(header.number());
        List<IssueView.Alternative> shown = report == Report.SOLUTION ? List.of(issue.chosen()) : issue.alternatives();
        for (IssueView.Alternative a : shown) {
            boolean chosen = issue.choice() != null && issue.choice().alternativeId() == a.id();
            sheet.row(chosen ? XlsxEmphasis.TOTAL : XlsxEmphasis.NORMAL)
                    .amount(java.math.BigDecimal.valueOf(a.rank()), 0)
                    .text(text("clearance.alternative.kind." + a.kind(), language))
                    .amount(a.cost().amount(), ClearanceFigures.decimals(a.cost().amount(), a.cost().currency().value()))
                    .text(a.cost().currency().value())
                    .wrappedText(a.benefits()).wrappedText(a.legalRequirements()).wrappedText(a.risks())
                    .wrappedText(a.riskManagement())
                    .amount(java.math.BigDecimal.valueOf(a.risk().score()), 0)
                    .text(text("clearance.risk." + a.risk().level(), language));
        }
        // how each cost was reached: the engine's figures per tax (base, rate, amount) with its data, the hand costs apart
        sheet.skip();
        sheet.row(XlsxEmphasis.NOTE).text(text("clearance.report.costing", language));
        for (IssueView.Alternative a : shown) {
            CostingRow c = costing(a, language);
            AlternativeCosting k = a.costing();
            // the costing's currency column by the one rule of clearance's figures (t4fixW: TWD whole, AUD to the cent)
            int cells = ClearanceFigures.decimals(java.math.BigDecimal.ZERO, k.currency());
            sheet.skip();
            sheet.row(XlsxEmphasis.TOTAL).text(a.rank() + ". " + c.kind());
            if (c.treatment() != null) {
                sheet.row().text(text("clearance.report.treatment", language)).wrappedText(c.treatment());
            }
            if (c.engineSource() != null) {
                sheet.row().text(text("clearance.report.engineSource", language)).wrappedText(c.engineSource());
            }
            if (!k.taxes().isEmpty()) {
                sheet.header(text("clearance.report.tax", language), text("clearance.report.base", language),
                        text("clearance.report.rate", language), text("clearance.report.amount", language));
                for (AlternativeCosting.TaxLine t : k.taxes()) {
                    XlsxRow row = sheet.row().text(taxName(t, language));
                    row = t.base() == null ? row.text("") : row.amount(t.shownBase(k.jurisdiction()), cells);
                    row.text(rate(t, language)).amount(t.amount(), cells);
                }
            }
            if (k.computed()) {
                sheet.row().text(text("clearance.report.engineTotal", language)).amount(k.engineTotal(), cells).text(k.currency());
            }
            for (AlternativeCosting.HandCost h : k.handCosts()) {
                sheet.row().text(c.handSource()).amount(h.amount(), Math.max(cells, ClearanceFigures.decimals(h.amount(), k.currency()))).text(k.currency())
                        .wrappedText(h.description() == null ? "" : h.description());
            }
            sheet.row().text(text("clearance.report.totalCost", language)).amount(k.total(), Math.max(cells, ClearanceFigures.decimals(k.total(), k.currency()))).text(k.currency());
        }
        if (issue.choice() != null) {
            sheet.skip();
            sheet.row().text(text("clearance.report.chosen", language))
                    .text(text("clearance.alternative.kind." + issue.chosen().kind(), language));
            sheet.row().text(text("clearance.report.reasons", language)).wrappedText(issue.choice().reasons());
            sheet.row().text(text("clearance.report.references", language)).wrappedText(issue.choice().regulationReferences());
            sheet.row().text(text("clearance.report.confirmedBy", language)).text(issue.choice().confirmedBy());
            sheet.row().text(text("clearance.report.confirmedAt", language))
                    .text(confirmedAt(id, issue, language));
        }
        return book.toBytes();
    }

    /** One alternative's costing as the PDF prints it, every text in the report's language. */
    public record CostingRow(int rank, String kind, String treatment, String engineSource, List<TaxRow> taxes, String engineTotal,
            String handSource, List<HandRow> handCosts, String handTotal, String total) {
    }

    public record TaxRow(String label, String base, String rate, String amount) {
    }

    public record HandRow(String description, String amount) {
    }

    /** A tax's rate in the report's language ("Free" → 免稅). */
    private String rate(AlternativeCosting.TaxLine t, Locale language) {
        return t.rate() == null ? "" : texts.render(t.rateText(), language);
    }

    private CostingRow costing(IssueView.Alternative a, Locale language) {
        AlternativeCosting c = a.costing();
        String cur = c.currency();
        return new CostingRow(a.rank(), text("clearance.alternative.kind." + a.kind(), language),
                c.treatment() == null ? null : texts.render(c.treatment(), language),
                c.engineSource() == null ? null : texts.render(c.engineSource(), language),
                c.taxes().stream().map(t -> new TaxRow(taxName(t, language),
                        t.base() == null ? "" : amount(t.shownBase(c.jurisdiction()), cur, language), rate(t, language),
                        amount(t.amount(), cur, language))).toList(),
                c.computed() ? amount(c.engineTotal(), cur, language) : null,
                texts.render(org.tradedesk.shared.MessageText.of("clearance.alternative.source.hand"), language),
                c.handCosts().stream().map(h -> new HandRow(h.description() == null ? "" : h.description(), amount(h.amount(), cur, language))).toList(),
                c.handCosts().isEmpty() ? null : amount(c.handTotal(), cur, language), amount(c.total(), cur, language));
    }

    /** An amount by the one rule of clearance's figures ({@link ClearanceFigures}: TWD 1,234, AUD 1,234.50). */
    private static String amount(java.math.BigDecimal value, String currency, Locale language) {
        return ClearanceFigures.text(value, currency);
    }

    /** A tax by its name in the report's language; one the engine did not name by its type's name (關稅, not DUTY). */
    private String taxName(AlternativeCosting.TaxLine t, Locale language) {
        // one name for one tax in every option (t4fixAF 3: 「進口稅」 from the engine's label beside 「關稅」)
        if (t.typeName() != null) {
            return text(t.typeName(), language);
        }
        if (t.label() != null) {
            return t.label().in(language);
        }
        org.tradedesk.shared.MessageText.Arg named = org.tradedesk.clearance.messages.DutyNoticeCheck.taxType(t.code());
        return named.kind() == org.tradedesk.shared.MessageText.Kind.CODE ? text(named.value(), language) : named.value();
    }

    /** When the client confirmed, in the file's zone, named (臺北時間 / Sydney time) — not a bare clock time. */
    private String confirmedAt(TransactionId id, IssueView issue, Locale language) {
        TransactionView file = transactions.transaction(id);
        // Formats speaks the language of the current request: the report's may differ (e.g. an English report asked from a Chinese page)
        return withLocale(language, () -> formats.dateTime(issue.choice().confirmedAt(), file.clockZone(), text(file.clockZoneName(), language)));
    }

    private static String withLocale(Locale language, java.util.function.Supplier<String> body) {
        Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(language);
        try {
            return body.get();
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    private IssueView load(TransactionId id, long issueId, Report report) {
        IssueView issue = issues.issue(id, issueId);
        if (report == Report.SOLUTION && issue.choice() == null) {
            throw new ClearanceInputInvalid("choice", "clearance.report.no-choice",
                    "issue " + issueId + " has no chosen solution yet", String.valueOf(issueId));
        }
        return issue;
    }

    private String text(String code, Locale language) {
        return messages.getMessage(code, null, code, language);
    }
}
