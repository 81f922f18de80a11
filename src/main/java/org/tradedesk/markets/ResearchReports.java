package org.tradedesk.markets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.persistence.AnalysisStore;
import org.tradedesk.markets.reports.AnalysisPresenter;
import org.tradedesk.platform.MessageTexts;
import org.tradedesk.reporting.PdfRenderer;
import org.tradedesk.reporting.XlsxFormat;
import org.tradedesk.reporting.XlsxRow;
import org.tradedesk.reporting.XlsxSheet;
import org.tradedesk.reporting.XlsxWorkbook;
import org.tradedesk.shared.TradedeskException;

/**
 * The data analysis report of a research project (O2.3.1, P2.3.2) as PDF and XLSX in zh-TW or en: the questions, the
 * data sources with their provenance and data versions (file, SHA-256, import time, rows), each candidate market's
 * trend (chart with its bands), the shared analyses with comments, the cause-and-effect findings with their caveats,
 * the scoring with weights and sensitivity, the decision with its reasons and the decision check. Everything is
 * computed again from the datasets when the report is made. P2.3.3: sent by e-mail to named recipients, each in their
 * own language, and recorded on the project.
 */
@Service
public class ResearchReports {

    public static final int MAX_RECIPIENTS = 20;
    public static final List<Locale> LANGUAGES = List.of(Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private final ResearchProjects projects;
    private final ProjectAnalyses shared;
    private final MarketAnalyses analyses;
    private final MarketDatasets datasets;
    private final AnalysisPresenter presenter;
    private final MessageTexts texts;
    private final PdfRenderer pdf;
    private final AnalysisStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String from;

    public ResearchReports(ResearchProjects projects, ProjectAnalyses shared, MarketAnalyses analyses, MarketDatasets datasets,
                           AnalysisPresenter presenter, MessageTexts texts, PdfRenderer pdf, AnalysisStore store,
                           ObjectProvider<JavaMailSender> mail, Clock clock, @Value("${tradedesk.mail.from:tradedesk@localhost}") String from) {
        this.projects = projects;
        this.shared = shared;
        this.analyses = analyses;
        this.datasets = datasets;
        this.presenter = presenter;
        this.texts = texts;
        this.pdf = pdf;
        this.store = store;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** One market's trend in the report, or why there is none. */
    public record MarketTrend(String market, AnalysisPresenter.Shown shown, String problem) {
    }

    public record SharedShown(ProjectAnalyses.SharedAnalysis analysis, AnalysisPresenter.Shown shown, String problem) {
    }

    public record FindingShown(String severity, String market, String text) {
    }

    /** Everything the report prints, in one language. */
    public record Report(ResearchProjects.Project project, Locale locale, String generatedAt, List<DatasetView> sources,
                         String flow, String product, List<MarketTrend> trends, List<SharedShown> analyses,
                         List<SharedShown> causeAndEffect, ResearchProjects.Decision decision, List<FindingShown> findings,
                         List<String> scoringNotes) {

        /** A time of the report (import, comment) as the reader reads it: minutes, in the zone the report states (UTC). */
        public String time(java.time.Instant t) {
            return t == null ? "" : TIME.format(t.atZone(ZoneId.of("UTC")));
        }
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public record Recipient(String name, String email, String language) {
    }

    public Report report(long projectId, Locale locale) {
        Locale lang = language(locale);
        ResearchProjects.Project p = projects.project(projectId);
        // review M3: a dataset whose import failed (or is not finished) has no provenance to print; it is left out
        List<DatasetView> sources = p.datasets().stream().map(datasets::dataset).filter(d -> d.status() == DatasetStatus.SUCCEEDED)
                .toList();
        List<ResearchProjects.Decision> decisions = projects.decisions(projectId);
        ResearchProjects.Decision decision = decisions.isEmpty() ? null : decisions.get(0);
        long dataset = decision != null ? decision.dataset() : sources.isEmpty() ? p.datasets().get(0) : sources.get(0).id();
        String flow = decision == null ? "M" : decision.figures().flow();
        String product = decision == null ? p.hsCodes().get(0) : decision.figures().product();
        Integer fromYear = decision == null ? null : decision.figures().from();
        Integer toYear = decision == null ? null : decision.figures().to();
        List<MarketTrend> trends = new ArrayList<>();
        for (String market : p.markets()) {
            try {
                Analysis a = analyses.analyse(dataset, new AnalysisRequest("TREND", market, "0", flow, product, "A", fromYear, toYear,
                        null, null, null, null, 2, null, null, null));
                trends.add(new MarketTrend(market, presenter.show(a, lang), null));
            } catch (TradedeskException e) {
                trends.add(new MarketTrend(market, null, problem(e, lang)));
            }
        }
        List<SharedShown> others = new ArrayList<>();
        List<SharedShown> causal = new ArrayList<>();
        for (ProjectAnalyses.SharedAnalysis s : shared.shared(projectId)) {
            SharedShown shown;
            try {
                shown = new SharedShown(s, presenter.show(shared.compute(s), lang), null);
            } catch (TradedeskException e) {
                shown = new SharedShown(s, null, problem(e, lang));
            }
            (s.method().causeAndEffect() ? causal : others).add(shown);
        }
        List<FindingShown> findings = decision == null ? List.of() : decision.findings().stream()
                .map(f -> new FindingShown(f.severity(), f.market(), texts.render(f.text(), lang))).toList();
        List<String> notes = decision == null ? List.of() : texts.renderAll(decision.figures().notes(), lang);
        String generated = TIME.format(clock.instant().atZone(ZoneId.of("UTC")));
        return new Report(p, lang, generated, sources, flow, product, trends, others, causal, decision, findings, notes);
    }

    public byte[] pdf(long projectId, Locale locale) {
        Report r = report(projectId, locale);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("r", r);
        model.put("lang", r.locale().toLanguageTag());
        return pdf.render("markets/report", model, r.locale());
    }

    public byte[] xlsx(long projectId, Locale locale) {
        Report r = report(projectId, locale);
        Locale l = r.locale();
        XlsxWorkbook w = XlsxWorkbook.create().properties(msg("markets.report.title", l) + " " + r.project().name(), l);
        XlsxSheet project = w.sheet(msg("markets.report.sheet.project", l));
        project.title(msg("markets.report.title", l) + ": " + r.project().name());
        project.row().text(msg("markets.project.hs-codes", l)).text(String.join(", ", r.project().hsCodes()));
        project.row().text(msg("markets.project.markets", l)).text(String.join(", ", r.project().markets()));
        project.row().text(msg("markets.report.generated", l)).text(r.generatedAt());
        project.skip();
        project.header(msg("markets.project.questions", l));
        r.project().questions().forEach(q -> project.row().wrappedText(q));
        project.columnWidths(28, 80);

        XlsxSheet sources = w.sheet(msg("markets.report.sheet.sources", l));
        sources.header(msg("markets.report.dataset", l), msg("markets.report.file", l), msg("markets.report.source", l), "SHA-256",
                msg("markets.report.imported", l), msg("markets.report.rows-read", l), msg("markets.report.rows-kept", l),
                msg("markets.report.rows-rejected", l), msg("markets.report.units", l), msg("markets.report.basis", l),
                msg("markets.report.years", l));
        for (DatasetView d : r.sources()) {
            sources.row().number(BigDecimal.valueOf(d.id()), XlsxFormat.number(0)).text(d.fileName()).text(d.source()).text(d.sha256())
                    .text(r.time(d.finishedAt()))
                    .number(d.rowsRead() == null ? null : BigDecimal.valueOf(d.rowsRead()), XlsxFormat.number(0))
                    .number(d.rowsKept() == null ? null : BigDecimal.valueOf(d.rowsKept()), XlsxFormat.number(0))
                    .number(d.rowsRejected() == null ? null : BigDecimal.valueOf(d.rowsRejected()), XlsxFormat.number(0))
                    .text(d.units()).text(d.valuationBasis()).text(d.firstYear() + "–" + d.lastYear());
        }
        sources.columnWidths(8, 40, 20, 66, 24, 10, 10, 10, 16, 10, 12);

        XlsxSheet trends = w.sheet(msg("markets.report.sheet.trends", l));
        trends.header(msg("markets.project.market", l), msg("markets.series.trend", l), msg("markets.analysis.growth-low", l),
                msg("markets.analysis.growth-high", l), msg("markets.analysis.p-value", l), msg("markets.analysis.points", l));
        for (MarketTrend t : r.trends()) {
            XlsxRow row = trends.row().text(t.market());
            if (t.shown() == null) {
                row.text(t.problem());
                continue;
            }
            for (String code : List.of("markets.series.trend", "markets.analysis.growth-low", "markets.analysis.growth-high")) {
                row.number(summary(t.shown().analysis(), code), XlsxFormat.percent(2));
            }
            row.number(summary(t.shown().analysis(), "markets.analysis.p-value"), XlsxFormat.number(6));
            row.number(summary(t.shown().analysis(), "markets.analysis.points"), XlsxFormat.number(0));
        }
        trends.columnWidths(10, 16, 16, 16, 12, 10);
        int n = 1;
        for (MarketTrend t : r.trends()) {
            if (t.shown() != null) {
                presenter.sheet(w, msg("markets.report.sheet.trend", l) + " " + t.market(), t.shown(), l);
            }
        }
        for (SharedShown s : concat(r.causeAndEffect(), r.analyses())) {
            if (s.shown() != null) {
                presenter.sheet(w, msg("markets.report.sheet.analysis", l) + " " + n++, s.shown(), l);
            }
        }
        XlsxSheet comments = w.sheet(msg("markets.report.sheet.comments", l));
        comments.header(msg("markets.report.analysis", l), msg("markets.report.finding", l), msg("markets.report.author", l),
                msg("markets.report.time", l), msg("markets.report.comment", l));
        for (SharedShown s : concat(r.causeAndEffect(), r.analyses())) {
            comments.row().text(s.analysis().title()).wrappedText(s.analysis().finding()).text(s.analysis().sharedBy())
                    .text(r.time(s.analysis().sharedAt())).text("");
            for (ProjectAnalyses.Comment c : s.analysis().comments()) {
                comments.row().text(s.analysis().title()).text("").text(c.author()).text(r.time(c.createdAt())).wrappedText(c.body());
            }
        }
        comments.columnWidths(30, 40, 14, 24, 60);

        XlsxSheet scoring = w.sheet(msg("markets.report.sheet.scoring", l));
        XlsxSheet decision = w.sheet(msg("markets.report.sheet.decision", l));
        if (r.decision() == null) {
            scoring.row().text(msg("markets.project.no-decisions", l));
            decision.row().text(msg("markets.project.no-decisions", l));
        } else {
            ResearchProjects.Scoring f = r.decision().figures();
            scoring.row().text(msg("markets.project.figures-from", l).replace("{0}", String.valueOf(f.dataset())).replace("{1}", f.datasetSha256()));
            scoring.header(msg("markets.report.criterion", l), msg("markets.report.weight-stated", l), msg("markets.report.weight-used", l));
            for (Map.Entry<String, Double> e : f.weights().entrySet()) {
                scoring.row().text(criterion(e.getKey(), l)).number(big(f.statedWeights().get(e.getKey())), XlsxFormat.number(2))
                        .number(big(e.getValue()), XlsxFormat.number(4));
            }
            scoring.skip();
            scoring.header(msg("markets.project.rank", l), msg("markets.project.market", l), msg("markets.project.score-value", l),
                    msg("markets.stats.criterion.demand-size", l), msg("markets.stats.criterion.demand-growth", l),
                    msg("markets.stats.criterion.tariff", l), msg("markets.project.tariff-source", l));
            for (ResearchProjects.MarketLine m : f.ranking()) {
                scoring.row().number(BigDecimal.valueOf(m.rank()), XlsxFormat.number(0)).text(m.market())
                        .number(BigDecimal.valueOf(m.score()), XlsxFormat.number(6)).number(big(m.demandSize()), XlsxFormat.number(0))
                        .number(big(m.demandGrowth()), XlsxFormat.percent(2)).number(big(m.tariffPercent()), XlsxFormat.number(2))
                        .text(m.tariffSource() == null ? "" : tariffSource(m.tariffSource(), l));
            }
            scoring.skip();
            scoring.row().text(msg("markets.report.sensitivity", l)).number(BigDecimal.valueOf(f.sensitivityChange()), XlsxFormat.percent(0));
            if (f.reversals().isEmpty()) {
                scoring.row().text(msg("markets.project.no-reversals", l));
            }
            f.reversals().forEach(x -> scoring.row().text(x));
            r.scoringNotes().forEach(x -> scoring.row().wrappedText(x));
            scoring.columnWidths(30, 12, 16, 20, 14, 12, 26);

            decision.header(msg("markets.project.market", l), msg("markets.report.reason", l));
            for (ResearchProjects.Choice c : r.decision().choices()) {
                decision.row().text(c.market()).wrappedText(c.reason().isEmpty() ? msg("markets.project.no-reason", l) : c.reason());
            }
            decision.skip();
            decision.header(msg("markets.report.check", l), msg("markets.project.market", l), msg("markets.report.finding", l));
            for (FindingShown fs : r.findings()) {
                decision.row().text(msg("markets.project.severity." + fs.severity(), l)).text(fs.market()).wrappedText(fs.text());
            }
            decision.columnWidths(16, 12, 90);
        }
        return w.toBytes();
    }

    /** Sends the report to each recipient in their language (PDF and XLSX attached) and records each sending on the project. */
    public List<ProjectAnalyses.ReportSent> send(long projectId, List<Recipient> recipients, String user) {
        ResearchProjects.Project p = projects.project(projectId);
        if (recipients == null || recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            throw ProjectAnalyses.invalid("recipients", String.valueOf(recipients == null ? 0 : recipients.size()));
        }
        List<Recipient> checked = new ArrayList<>();
        for (Recipient r : recipients) {
            String name = r.name() == null ? "" : r.name().trim();
            String email = r.email() == null ? "" : r.email().trim();
            if (name.isEmpty() || name.length() > 200) {
                throw ProjectAnalyses.invalid("recipients.name", name);
            }
            try {
                InternetAddress a = new InternetAddress(email, true);
                if (!email.contains("@") || email.length() > 320 || a.getAddress().contains(" ")) {
                    throw new AddressException(email);
                }
            } catch (AddressException e) {
                throw ProjectAnalyses.invalid("recipients.email", email);
            }
            checked.add(new Recipient(name, email, language(r.language(), "recipients.language").toLanguageTag()));
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.report.mail-not-configured", "no mail server configured");
        }
        List<ProjectAnalyses.ReportSent> sent = new ArrayList<>();
        for (Recipient r : checked) {
            Locale l = Locale.forLanguageTag(r.language());
            byte[] pdfBytes = pdf(projectId, l);
            byte[] xlsxBytes = xlsx(projectId, l);
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(new InternetAddress(r.email(), r.name(), StandardCharsets.UTF_8.name()));
                helper.setSubject(msg("markets.report.mail.subject", l).replace("{0}", p.name()));
                helper.setText(msg("markets.report.mail.body", l).replace("{0}", r.name()).replace("{1}", p.name())
                        .replace("{2}", user == null ? "" : user), false);
                helper.addAttachment("research-" + p.id() + "-" + r.language() + ".pdf", new ByteArrayResource(pdfBytes), "application/pdf");
                helper.addAttachment("research-" + p.id() + "-" + r.language() + ".xlsx", new ByteArrayResource(xlsxBytes),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                sender.send(message);
            } catch (MessagingException | MailException | java.io.UnsupportedEncodingException e) {
                throw new TradedeskException(TradedeskException.Kind.CONFLICT, "markets.report.mail-failed", "mail failed: " + e.getMessage(),
                        r.email(), String.valueOf(e.getMessage()));
            }
            store.reportSent(projectId, r.name(), r.email(), r.language(), "pdf,xlsx", user, clock.instant());
            sent.add(new ProjectAnalyses.ReportSent(r.name(), r.email(), r.language(), "pdf,xlsx", user, clock.instant()));
        }
        return sent;
    }

    /** zh-TW or en; any other language the report falls back to English. */
    public static Locale language(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? Locale.TRADITIONAL_CHINESE : Locale.ENGLISH;
    }

    /** A language named in a request: zh-TW or en, else 400. */
    public static Locale language(String tag, String field) {
        if (tag == null || tag.isBlank()) {
            throw ProjectAnalyses.invalid(field, "");
        }
        String t = tag.trim().replace('_', '-');
        if (t.equalsIgnoreCase("zh-TW")) {
            return Locale.TRADITIONAL_CHINESE;
        }
        if (t.equalsIgnoreCase("en")) {
            return Locale.ENGLISH;
        }
        throw ProjectAnalyses.invalid(field, tag);
    }

    private String problem(TradedeskException e, Locale l) {
        List<org.tradedesk.shared.MessageText.Arg> args = new ArrayList<>();
        for (Object a : e.arguments()) {
            args.add(org.tradedesk.shared.MessageText.Arg.literal(a));
        }
        return texts.render(new org.tradedesk.shared.MessageText(e.messageCode(), args), l);
    }

    private static BigDecimal summary(Analysis a, String code) {
        return a.summary().stream().filter(s -> s.code().equals(code) && s.value() != null).findFirst()
                .map(s -> BigDecimal.valueOf(s.value())).orElse(null);
    }

    private static BigDecimal big(Double d) {
        return d == null || !Double.isFinite(d) ? null : BigDecimal.valueOf(d);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    public String criterion(String name, Locale l) {
        return msg("markets.stats.criterion." + name.toLowerCase(Locale.ROOT).replace('_', '-'), l);
    }

    public String tariffSource(String name, Locale l) {
        return msg("markets.stats.tariff-source." + name.toLowerCase(Locale.ROOT).replace('_', '-'), l);
    }

    private String msg(String code, Locale l) {
        return presenter.msg(code, l);
    }
}
