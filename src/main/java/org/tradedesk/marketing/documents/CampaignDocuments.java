package org.tradedesk.marketing.documents;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignNotFound;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.SelectionRun;
import org.tradedesk.marketing.domain.BudgetLine;
import org.tradedesk.marketing.domain.BudgetTotals;
import org.tradedesk.platform.Formats;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxFormulas;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import org.tradedesk.shared.CurrencyCode;

/**
 * The outputs of T3.1: the activity plan (O3.1.1) and the activity cost budget (O3.1.2), as PDF and
 * XLSX, in the reader's language. The XLSX budget computes its converted lines, subtotal, contingency
 * and total as live formulas with the same rounding as {@link BudgetTotals} (ROUND, half up, to the
 * company currency's minor units).
 */
@Component
public class CampaignDocuments {

    private final Campaigns campaigns;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Formats fmt;

    private final org.tradedesk.marketing.BudgetSpending spending;
    private final org.tradedesk.marketing.ProductLabels products;

    CampaignDocuments(Campaigns campaigns, PdfRenderer pdf, MessageSource messages, Formats fmt,
            org.tradedesk.marketing.BudgetSpending spending, org.tradedesk.marketing.ProductLabels products) {
        this.products = products;
        this.spending = spending;
        this.campaigns = campaigns;
        this.pdf = pdf;
        this.messages = messages;
        this.fmt = fmt;
    }

    public byte[] planPdf(CampaignId id, Locale locale) {
        return pdf.render("marketing/documents/plan", planModel(id, locale), locale);
    }

    public byte[] budgetPdf(CampaignId id, Integer number, Locale locale) {
        Map<String, Object> model = planModel(id, locale);
        model.put("budget", budget(id, number));
        Map<Long, String> names = new HashMap<>();
        campaigns.activities(id).forEach(a -> names.put(a.id(), a.name()));
        model.put("activityNames", names);
        model.put("variance", spending.spending(id).variance());
        return pdf.render("marketing/documents/budget", model, locale);
    }

    /** One row of the plan's selection table. */
    public record PlanRow(int rank, String name, List<String> scores, double result) {
    }

    private Map<String, Object> planModel(CampaignId id, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        CampaignView c = campaigns.campaign(id);
        model.put("campaign", c);
        model.put("productLabel", products.label(c.market(), c.product(), locale));
        model.put("marketName", org.tradedesk.marketing.ProductLabels.market(c.market(), locale));
        model.put("activities", campaigns.activities(id));
        List<SelectionRun> runs = campaigns.selections(id);
        model.put("run", runs.isEmpty() ? null : runs.get(0));
        // the selection table in rank order (1, 2, 3), not in the order the activities were added
        // and the scores as typed (8, 9 — not 8.0, 9.0)
        model.put("scoredByRank", runs.isEmpty() ? List.of() : runs.get(0).scored().stream()
                .sorted(java.util.Comparator.comparingInt(SelectionRun.Scored::rank))
                .map(r -> new PlanRow(r.rank(), r.name(), r.scores().stream()
                        .map(v -> fmt.number(org.tradedesk.marketing.domain.Decimals.plain(BigDecimal.valueOf(v)))).toList(), r.result()))
                .toList());
        model.put("fmt", fmt);
        model.put("locale", locale);
        model.put("lang", locale.toLanguageTag());
        return model;
    }

    private BudgetVersion budget(CampaignId id, Integer number) {
        List<BudgetVersion> versions = campaigns.budgets(id);
        if (versions.isEmpty()) {
            throw CampaignNotFound.budget(0);
        }
        if (number == null) {
            return versions.get(0);
        }
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> CampaignNotFound.budget(number));
    }

    public byte[] planXlsx(CampaignId id, Locale locale) {
        CampaignView c = campaigns.campaign(id);
        List<ActivityView> activities = campaigns.activities(id);
        List<SelectionRun> runs = campaigns.selections(id);
        SelectionRun run = runs.isEmpty() ? null : runs.get(0);
        XlsxWorkbook book = XlsxWorkbook.create().properties(t("marketing.documents.plan", locale) + " " + c.name(), locale);
        XlsxSheet sheet = book.sheet(t("marketing.documents.sheet.plan", locale)).columnWidths(36, 24, 18, 12, 14, 10, 10);
        sheet.title(t("marketing.documents.plan", locale) + " — " + c.name());
        head(sheet, c, locale);
        sheet.skip();
        sheet.header(t("marketing.field.activityName", locale), t("marketing.field.kind", locale), t("marketing.field.cost", locale),
                t("marketing.field.currency", locale), t("marketing.field.effortDays", locale), t("marketing.selection.rank", locale),
                t("marketing.activity.chosen", locale));
        for (ActivityView a : activities) {
            SelectionRun.Scored s = run == null ? null
                    : run.scored().stream().filter(x -> x.activityId() == a.id()).findFirst().orElse(null);
            sheet.row().text(a.name()).text(t("marketing.activity.kind." + a.kind(), locale))
                    .amount(a.estimatedCost().amount(), a.estimatedCost().currency().isoFractionDigits())
                    .text(a.estimatedCost().currency().value()).number(a.effortDays(), XlsxFormat.number(2))
                    .number(s == null ? null : BigDecimal.valueOf(s.rank()), XlsxFormat.number(0))
                    .text(a.chosen() ? t("marketing.activity.chosen.yes", locale) : "");
        }
        if (run != null) {
            sheet.skip();
            sheet.row().text(t("marketing.selection.method", locale)).text(t("marketing.selection.method." + run.method(), locale));
            for (int i = 0; i < run.criteria().size(); i++) {
                sheet.row().text(t("marketing.criterion." + run.criteria().get(i), locale))
                        .number(BigDecimal.valueOf(run.weights().get(i)), XlsxFormat.number(4));
            }
            if (run.consistencyRatio() != null) {
                sheet.row().text(t("marketing.documents.cr", locale)).number(BigDecimal.valueOf(run.consistencyRatio()), XlsxFormat.number(3));
            }
            sheet.row().text(t("marketing.selection.reasons.label", locale)).wrappedText(run.reasons());
        }
        return book.toBytes();
    }

    public byte[] budgetXlsx(CampaignId id, Integer number, Locale locale) {
        CampaignView c = campaigns.campaign(id);
        BudgetVersion b = budget(id, number);
        List<ActivityView> activities = campaigns.activities(id);
        CurrencyCode company = CurrencyCode.of(b.companyCurrency());
        int d = company.isoFractionDigits();
        XlsxWorkbook book = XlsxWorkbook.create().properties(t("marketing.documents.budget", locale) + " " + c.name(), locale);
        XlsxSheet sheet = book.sheet(t("marketing.documents.sheet.budget", locale)).columnWidths(28, 20, 30, 14, 10, 14, 12, 20, 16);
        sheet.title(t("marketing.documents.budget", locale) + " — " + c.name());
        head(sheet, c, locale);
        sheet.row().text(t("marketing.budget.version.number", locale)).number(BigDecimal.valueOf(b.number()), XlsxFormat.number(0))
                .text(t("marketing.budget.status." + b.status(), locale));
        sheet.skip();
        sheet.header(t("marketing.budget.line.activity", locale), t("marketing.budget.line.category", locale),
                t("marketing.budget.line.description", locale), t("marketing.budget.line.amount", locale),
                t("marketing.field.currency", locale), t("marketing.budget.line.rate", locale, b.companyCurrency()),
                t("marketing.budget.line.rate-date", locale), t("marketing.budget.line.rate-source", locale),
                t("marketing.documents.converted", locale, b.companyCurrency()));
        int first = sheet.nextRowNumber();
        for (BudgetLine l : b.lines()) {
            XlsxRow row = sheet.row();
            row.text(activityName(activities, l.activityId(), locale)).text(t("marketing.budget.category." + l.category(), locale))
                    .text(l.description()).amount(l.amount().amount(), l.amount().currency().isoFractionDigits())
                    .text(l.amount().currency().value()).number(l.rate(), XlsxFormat.number(6)).date(l.rateDate()).text(l.rateSource())
                    .formula(XlsxFormulas.rounded(row.ref(3) + "*" + row.ref(5), BudgetTotals.ruleFor(company)), XlsxFormat.amount(d));
        }
        int last = sheet.nextRowNumber() - 1;
        String sum = last < first ? "0" : "SUM(" + XlsxSheet.range(8, first, last) + ")";
        XlsxRow subtotal = sheet.row().text(t("marketing.budget.subtotal", locale)).at(8).formula(sum, XlsxFormat.amount(d));
        XlsxRow pct = sheet.row().text(t("marketing.budget.contingency-percent", locale)).at(7)
                .number(b.contingencyPercent(), XlsxFormat.number(4));
        XlsxRow contingency = sheet.row().text(t("marketing.budget.contingency", locale, fmt.number(b.contingencyPercent().stripTrailingZeros()))).at(8)
                .formula(XlsxFormulas.rounded(subtotal.ref(8) + "*" + pct.ref(7) + "/100", BudgetTotals.ruleFor(company)),
                        XlsxFormat.amount(d));
        sheet.row().text(t("marketing.budget.total", locale) + " (" + b.companyCurrency() + ")").at(8)
                .formula(subtotal.ref(8) + "+" + contingency.ref(8), XlsxFormat.amount(d));
        sheet.skip();
        sheet.row().wrappedText(t("marketing.budget.rounding", locale));
        varianceSheet(book, spending.spending(id).variance(), activities, d, locale);
        return book.toBytes();
    }

    /**
     * P3.2.2, P3.2.3: budget vs actual against the latest approved version, a sheet of its own. Budget and actual are
     * values; variance and variance % are live formulas (actual − budget; ROUND(variance / budget × 100, 1), blank
     * for a zero budget), as the page computes them.
     */
    private void varianceSheet(XlsxWorkbook book, org.tradedesk.marketing.domain.BudgetVariance v, List<ActivityView> activities, int d,
            Locale locale) {
        if (v == null) {
            return;
        }
        XlsxSheet sheet = book.sheet(t("marketing.documents.sheet.variance", locale)).columnWidths(6, 28, 20, 30, 16, 16, 16, 12);
        sheet.title(t("marketing.spend.heading", locale) + " — " + t("marketing.spend.against", locale, v.budgetNumber()));
        if (v.overBudget()) {
            sheet.row().wrappedText(t("marketing.spend.over-budget", locale, fmt.money(v.actual()), fmt.money(v.approvedTotal()),
                    fmt.money(v.contingency())));
        }
        sheet.skip();
        sheet.header("#", t("marketing.budget.line.activity", locale), t("marketing.budget.line.category", locale),
                t("marketing.budget.line.description", locale), t("marketing.spend.budget", locale), t("marketing.spend.actual", locale),
                t("marketing.spend.variance", locale), t("marketing.spend.variance-percent", locale));
        int first = sheet.nextRowNumber();
        for (org.tradedesk.marketing.domain.BudgetVariance.Line l : v.lines()) {
            XlsxRow row = sheet.row();
            row.number(BigDecimal.valueOf(l.number()), XlsxFormat.number(0)).text(activityName(activities, l.line().activityId(), locale))
                    .text(t("marketing.budget.category." + l.line().category(), locale)).text(l.line().description())
                    .amount(l.budget().amount(), d).amount(l.actual().amount(), d)
                    .formula(row.ref(5) + "-" + row.ref(4), XlsxFormat.amount(d))
                    .formula("IF(" + row.ref(4) + "=0,\"\",ROUND(" + row.ref(6) + "/" + row.ref(4) + "*100,1))", XlsxFormat.number(1));
        }
        int last = sheet.nextRowNumber() - 1;
        if (!v.outside().isEmpty()) {
            BigDecimal outside = v.outside().stream().map(e -> e.converted().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            sheet.row().blank().text(t("marketing.spend.outside", locale, v.outside().size())).at(4).amount(BigDecimal.ZERO, d).amount(outside, d);
            last = sheet.nextRowNumber() - 1;
        }
        String budgets = last < first ? "0" : "SUM(" + XlsxSheet.range(4, first, last) + ")";
        String actuals = last < first ? "0" : "SUM(" + XlsxSheet.range(5, first, last) + ")";
        XlsxRow total = sheet.row().blank().text(t("marketing.spend.total", locale)).at(4).formula(budgets, XlsxFormat.amount(d))
                .formula(actuals, XlsxFormat.amount(d));
        total.formula(total.ref(5) + "-" + total.ref(4), XlsxFormat.amount(d))
                .formula("IF(" + total.ref(4) + "=0,\"\",ROUND(" + total.ref(6) + "/" + total.ref(4) + "*100,1))", XlsxFormat.number(1));
        sheet.row().blank().text(t("marketing.spend.contingency", locale)).at(4).amount(v.contingency().amount(), d);
        sheet.row().blank().text(t("marketing.spend.contingency-used", locale)).at(4).blank().amount(v.contingencyUsed().amount(), d);
        sheet.row().blank().text(t("marketing.spend.approved-total", locale)).at(4).amount(v.approvedTotal().amount(), d);
        if (v.overBudget()) {
            sheet.row().blank().text(t("marketing.spend.over-approved", locale)).at(4).blank().blank().amount(v.overApproved().amount(), d);
        }
        sheet.skip();
        sheet.row().wrappedText(t("marketing.spend.rules", locale));
    }

    private void head(XlsxSheet sheet, CampaignView c, Locale locale) {
        sheet.row().text(t("marketing.field.market", locale)).text(org.tradedesk.marketing.ProductLabels.market(c.market(), locale));
        sheet.row().text(t("marketing.field.product", locale)).text(products.label(c.market(), c.product(), locale));
        sheet.row().text(t("marketing.field.period", locale)).text(fmt.date(c.start(), locale) + " – " + fmt.date(c.end(), locale));
        sheet.row().text(t("marketing.field.owner", locale)).text(c.owner());
        sheet.row().text(t("marketing.field.objectives", locale)).wrappedText(c.objectives());
    }

    private String activityName(List<ActivityView> activities, Long id, Locale locale) {
        if (id == null) {
            return t("marketing.budget.line.campaign-wide", locale);
        }
        return activities.stream().filter(a -> a.id() == id).map(ActivityView::name).findFirst().orElse(String.valueOf(id));
    }

    private String t(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
