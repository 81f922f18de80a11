package org.tradedesk.marketing.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tradedesk.marketing.ActivityView;
import org.tradedesk.marketing.BudgetVersion;
import org.tradedesk.marketing.CampaignId;
import org.tradedesk.marketing.CampaignView;
import org.tradedesk.marketing.Campaigns;
import org.tradedesk.marketing.CorrectiveActionView;
import org.tradedesk.marketing.Feedback;
import org.tradedesk.marketing.IdeaView;
import org.tradedesk.marketing.KpiActualView;
import org.tradedesk.marketing.KpiMonitoring;
import org.tradedesk.marketing.KpiView;
import org.tradedesk.marketing.ResultsNote;
import org.tradedesk.marketing.SurveyResults;
import org.tradedesk.marketing.SurveyView;
import org.tradedesk.marketing.domain.BudgetStatus;
import org.tradedesk.marketing.domain.NetPromoterScore;
import org.tradedesk.marketing.domain.ThemeCounts;
import org.tradedesk.platform.Formats;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;

/**
 * The marketing results report of a campaign (O3.3.1), as PDF (fonts embedded, Chinese text extractable) and
 * XLSX, in the reader's language: objectives; each KPI target against its latest actual with the gap (and a bar of
 * actual / target); corrective actions; the budget (the latest approved version, else the latest, and its
 * status); every survey with its NPS, answer count and margin of error or "too few answers"; the themes found in
 * the feedback; the staff ideas with votes and decisions; lessons and next targets; the actual spend against the latest
 * approved budget (variance per line and in total, contingency used, the over-budget warning), as {@link
 * org.tradedesk.marketing.BudgetSpending} computes it for the spend page.
 */
@Component
public class ResultsReport {

    /** One KPI target with its latest actual (null when none yet) and the bar's length in % (0–150). */
    public record KpiRow(KpiView kpi, String activity, KpiActualView latest, BigDecimal barPercent) {
    }

    /** A survey with its results. */
    public record SurveyRow(SurveyView survey, NetPromoterScore nps) {
    }

    private final Campaigns campaigns;
    private final KpiMonitoring monitoring;
    private final Feedback feedback;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Formats fmt;
    private final org.tradedesk.marketing.BudgetSpending spending;
    private final org.tradedesk.marketing.ProductLabels products;

    ResultsReport(Campaigns campaigns, KpiMonitoring monitoring, Feedback feedback, PdfRenderer pdf, MessageSource messages, Formats fmt,
            org.tradedesk.marketing.BudgetSpending spending, org.tradedesk.marketing.ProductLabels products) {
        this.products = products;
        this.spending = spending;
        this.campaigns = campaigns;
        this.monitoring = monitoring;
        this.feedback = feedback;
        this.pdf = pdf;
        this.messages = messages;
        this.fmt = fmt;
    }

    public byte[] pdf(CampaignId id, Locale locale) {
        return pdf.render("marketing/documents/results", model(id, locale), locale);
    }

    Map<String, Object> model(CampaignId id, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        CampaignView shown = campaigns.campaign(id);
        m.put("campaign", shown);
        m.put("productLabel", products.label(shown.market(), shown.product(), locale));
        m.put("marketName", org.tradedesk.marketing.ProductLabels.market(shown.market(), locale));
        m.put("kpis", kpiRows(id));
        List<KpiView> kpis = campaigns.kpis(id);
        Map<Long, KpiView> kpiById = new HashMap<>();
        kpis.forEach(k -> kpiById.put(k.id(), k));
        m.put("kpiById", kpiById);
        m.put("actions", monitoring.actions(id));
        m.put("budget", budget(id));
        m.put("variance", spending.spending(id).variance());
        m.put("surveys", surveyRows(id));
        m.put("themes", feedback.themes(id));
        m.put("ideas", feedback.ideas(id));
        m.put("activityNames", activityNames(id));
        m.put("note", feedback.note(id));
        m.put("minAnswers", NetPromoterScore.MIN_ANSWERS);
        m.put("fmt", fmt);
        m.put("locale", locale);
        m.put("lang", locale.toLanguageTag());
        return m;
    }

    private List<KpiRow> kpiRows(CampaignId id) {
        Map<Long, KpiActualView> latest = monitoring.latest(id);
        Map<Long, String> names = activityNames(id);
        List<KpiRow> rows = new ArrayList<>();
        for (KpiView k : campaigns.kpis(id)) {
            KpiActualView a = latest.get(k.id());
            BigDecimal bar = null;
            if (a != null && k.target().signum() > 0 && a.gap().actual().signum() >= 0) {
                bar = a.gap().actual().multiply(BigDecimal.valueOf(100)).divide(k.target(), 0, RoundingMode.HALF_UP)
                        .min(BigDecimal.valueOf(150));
            }
            rows.add(new KpiRow(k, k.activityId() == null ? null : names.get(k.activityId()), a, bar));
        }
        return rows;
    }

    private List<SurveyRow> surveyRows(CampaignId id) {
        return feedback.surveys(id).stream().map(s -> {
            SurveyResults r = feedback.results(id, s.id());
            return new SurveyRow(s, r.nps());
        }).toList();
    }

    /** The latest approved budget version, else the latest one; null without a budget. */
    private BudgetVersion budget(CampaignId id) {
        List<BudgetVersion> versions = campaigns.budgets(id);
        return versions.stream().filter(v -> v.status() == BudgetStatus.APPROVED).findFirst()
                .orElse(versions.isEmpty() ? null : versions.get(0));
    }

    private Map<Long, String> activityNames(CampaignId id) {
        Map<Long, String> names = new HashMap<>();
        for (ActivityView a : campaigns.activities(id)) {
            names.put(a.id(), a.name());
        }
        return names;
    }

    public byte[] xlsx(CampaignId id, Locale locale) {
        CampaignView c = campaigns.campaign(id);
        XlsxWorkbook book = XlsxWorkbook.create().properties(t("marketing.results.report", locale) + " " + c.name(), locale);
        XlsxSheet s = book.sheet(t("marketing.results.sheet.results", locale)).columnWidths(28, 22, 14, 14, 14, 12, 16, 30);
        s.title(t("marketing.results.report", locale) + " — " + c.name());
        s.row().text(t("marketing.field.market", locale)).text(org.tradedesk.marketing.ProductLabels.market(c.market(), locale));
        s.row().text(t("marketing.field.product", locale)).text(products.label(c.market(), c.product(), locale));
        s.row().text(t("marketing.field.period", locale)).text(fmt.date(c.start(), locale) + " – " + fmt.date(c.end(), locale));
        s.row().text(t("marketing.field.status", locale)).text(t("marketing.campaign.status." + c.status(), locale));
        s.row().text(t("marketing.field.objectives", locale)).wrappedText(c.objectives());
        s.skip();
        s.row().text(t("marketing.results.kpis", locale));
        s.header(t("marketing.kpi.kind", locale), t("marketing.budget.line.activity", locale), t("marketing.kpi.target", locale),
                t("marketing.actual.actual", locale), t("marketing.actual.gap", locale), t("marketing.actual.gap-percent", locale),
                t("marketing.actual.period-end", locale), t("marketing.actual.state", locale));
        for (KpiRow r : kpiRows(id)) {
            KpiActualView a = r.latest();
            s.row().text(t("marketing.kpi.kind." + r.kpi().kind(), locale))
                    .text(r.activity() == null ? t("marketing.budget.line.campaign-wide", locale) : r.activity())
                    .number(r.kpi().target(), XlsxFormat.number(2))
                    .number(a == null ? null : a.gap().actual(), XlsxFormat.number(2))
                    .number(a == null ? null : a.gap().gap(), XlsxFormat.number(2))
                    .number(a == null ? null : a.gap().percent(), XlsxFormat.number(1))
                    .date(a == null ? null : a.periodEnd())
                    .text(a == null ? t("marketing.actual.none-yet", locale)
                            : t(a.gap().overAchieved() ? "marketing.actual.over" : a.gap().met() ? "marketing.actual.met" : "marketing.actual.below",
                                    locale));
        }
        List<CorrectiveActionView> actions = monitoring.actions(id);
        s.skip();
        s.row().text(t("marketing.action.heading", locale));
        s.header(t("marketing.kpi.kind", locale), t("marketing.action.action", locale), t("marketing.action.owner", locale),
                t("marketing.action.due", locale), t("marketing.action.status", locale));
        Map<Long, KpiView> kpiById = new HashMap<>();
        campaigns.kpis(id).forEach(k -> kpiById.put(k.id(), k));
        for (CorrectiveActionView a : actions) {
            KpiView k = kpiById.get(a.kpiId());
            s.row().text(k == null ? String.valueOf(a.kpiId()) : t("marketing.kpi.kind." + k.kind(), locale)).wrappedText(a.action())
                    .text(a.owner()).date(a.due()).text(t("marketing.action.status." + a.status(), locale));
        }
        BudgetVersion b = budget(id);
        s.skip();
        s.row().text(t("marketing.results.budget", locale));
        if (b == null) {
            s.row().text(t("marketing.results.no-budget", locale));
        } else {
            int d = b.totals().total().currency().isoFractionDigits();
            s.row().text(t("marketing.budget.version.number", locale)).number(BigDecimal.valueOf(b.number()), XlsxFormat.number(0))
                    .text(t("marketing.budget.status." + b.status(), locale));
            s.row().text(t("marketing.budget.subtotal", locale)).amount(b.totals().subtotal().amount(), d).text(b.companyCurrency());
            s.row().text(t("marketing.budget.contingency", locale, fmt.number(b.contingencyPercent().stripTrailingZeros()))).amount(b.totals().contingency().amount(), d)
                    .text(b.companyCurrency());
            s.row().text(t("marketing.budget.total", locale)).amount(b.totals().total().amount(), d).text(b.companyCurrency());
        }
        org.tradedesk.marketing.domain.BudgetVariance v = spending.spending(id).variance();
        s.skip();
        if (v == null) {
            s.row().wrappedText(t("marketing.results.no-approved-spend", locale));
        } else {
            int d = v.actual().currency().isoFractionDigits();
            Map<Long, String> lineNames = activityNames(id);
            s.row().text(t("marketing.spend.heading", locale) + " — " + t("marketing.spend.against", locale, v.budgetNumber()));
            if (v.overBudget()) {
                s.row().wrappedText(t("marketing.spend.over-budget", locale, fmt.money(v.actual()), fmt.money(v.approvedTotal()),
                        fmt.money(v.contingency())));
            }
            s.header("#", t("marketing.budget.line.activity", locale), t("marketing.budget.line.description", locale),
                    t("marketing.spend.budget", locale), t("marketing.spend.actual", locale), t("marketing.spend.variance", locale),
                    t("marketing.spend.variance-percent", locale));
            for (org.tradedesk.marketing.domain.BudgetVariance.Line l : v.lines()) {
                s.row().number(BigDecimal.valueOf(l.number()), XlsxFormat.number(0))
                        .text(l.line().activityId() == null ? t("marketing.budget.line.campaign-wide", locale) : lineNames.get(l.line().activityId()))
                        .text(l.line().description()).amount(l.budget().amount(), d).amount(l.actual().amount(), d)
                        .amount(l.variance().amount(), d).number(l.variancePercent(), XlsxFormat.number(1));
            }
            if (!v.outside().isEmpty()) {
                BigDecimal outside = v.outside().stream().map(e -> e.converted().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                s.row().blank().text(t("marketing.spend.outside", locale, v.outside().size())).at(3).amount(BigDecimal.ZERO, d).amount(outside, d);
            }
            s.row().blank().text(t("marketing.spend.total", locale)).at(3).amount(v.budget().amount(), d).amount(v.actual().amount(), d)
                    .amount(v.variance().amount(), d).number(v.variancePercent(), XlsxFormat.number(1));
            s.row().blank().text(t("marketing.spend.contingency", locale)).at(3).amount(v.contingency().amount(), d);
            s.row().blank().text(t("marketing.spend.contingency-used", locale)).at(3).blank().amount(v.contingencyUsed().amount(), d);
            s.row().blank().text(t("marketing.spend.approved-total", locale)).at(3).amount(v.approvedTotal().amount(), d);
            if (v.overBudget()) {
                s.row().blank().text(t("marketing.spend.over-approved", locale)).at(3).blank().blank().amount(v.overApproved().amount(), d);
            }
        }
        s.skip();
        s.row().text(t("marketing.results.feedback", locale));
        s.header(t("marketing.survey.title", locale), t("marketing.survey.responses", locale), t("marketing.survey.nps", locale),
                t("marketing.survey.promoters", locale), t("marketing.survey.passives", locale), t("marketing.survey.detractors", locale),
                t("marketing.survey.margin", locale), t("marketing.survey.note", locale));
        for (SurveyRow r : surveyRows(id)) {
            NetPromoterScore n = r.nps();
            s.row().text(r.survey().title(locale)).number(BigDecimal.valueOf(n.answers()), XlsxFormat.number(0))
                    .number(n.score(), XlsxFormat.number(1)).number(BigDecimal.valueOf(n.promoters()), XlsxFormat.number(0))
                    .number(BigDecimal.valueOf(n.passives()), XlsxFormat.number(0)).number(BigDecimal.valueOf(n.detractors()), XlsxFormat.number(0))
                    .number(n.marginOfError(), XlsxFormat.number(1))
                    .text(n.tooFewAnswers() ? t("marketing.survey.too-few", locale, NetPromoterScore.MIN_ANSWERS) : "");
        }
        s.row().wrappedText(t("marketing.survey.nps-definition", locale));
        s.skip();
        s.row().text(t("marketing.results.themes", locale));
        s.header(t("marketing.survey.theme-kind", locale), t("marketing.survey.theme", locale), t("marketing.survey.count", locale),
                t("marketing.survey.share", locale));
        for (ThemeCounts.Count tc : feedback.themes(id)) {
            s.row().text(t("marketing.survey.theme-kind." + tc.kind(), locale)).text(tc.label())
                    .number(BigDecimal.valueOf(tc.count()), XlsxFormat.number(0)).number(tc.percent(), XlsxFormat.number(1));
        }
        s.skip();
        s.row().text(t("marketing.results.ideas", locale));
        s.header(t("marketing.idea.idea", locale), t("marketing.idea.author", locale), t("marketing.budget.line.activity", locale),
                t("marketing.field.market", locale), t("marketing.idea.votes", locale), t("marketing.idea.status", locale),
                t("marketing.idea.decision", locale));
        Map<Long, String> names = activityNames(id);
        for (IdeaView i : feedback.ideas(id)) {
            s.row().wrappedText(i.idea()).text(i.author()).text(i.activityId() == null ? "" : names.get(i.activityId())).text(i.market())
                    .number(BigDecimal.valueOf(i.votes()), XlsxFormat.number(0)).text(t("marketing.idea.status." + i.status(), locale))
                    .wrappedText(i.decision());
        }
        ResultsNote note = feedback.note(id);
        s.skip();
        s.row().text(t("marketing.results.lessons", locale)).wrappedText(note.lessons());
        s.row().text(t("marketing.results.next-targets", locale)).wrappedText(note.nextTargets());
        return book.toBytes();
    }

    private String t(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
