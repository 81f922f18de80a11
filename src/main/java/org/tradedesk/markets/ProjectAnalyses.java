package org.tradedesk.markets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.markets.persistence.AnalysisStore;
import org.tradedesk.shared.TradedeskException;

/**
 * Analyses shared on a research project (P2.2.3) with colleagues' comments, and the cause-and-effect section (P2.2.4):
 * a shared analysis keeps its method and parameters, not its figures, so the page and the report compute it again from
 * the dataset (whose SHA-256 they show). Sharing computes it once first, so an analysis that cannot be computed is
 * refused with the statistics' own message.
 */
@Service
public class ProjectAnalyses {

    public static final int MAX_TITLE = 200;
    public static final int MAX_FINDING = 2000;
    public static final int MAX_COMMENT = 2000;
    public static final int MAX_SHARED = 50;

    private final ResearchProjects projects;
    private final MarketAnalyses analyses;
    private final AnalysisStore store;
    private final Clock clock;

    public ProjectAnalyses(ResearchProjects projects, MarketAnalyses analyses, AnalysisStore store, Clock clock) {
        this.projects = projects;
        this.analyses = analyses;
        this.store = store;
        this.clock = clock;
    }

    public record Comment(long id, String author, String body, Instant createdAt) {
    }

    public record SharedAnalysis(long id, long project, long dataset, AnalysisMethod method, AnalysisRequest request, String title,
                                 String finding, String sharedBy, Instant sharedAt, List<Comment> comments) {
    }

    /** A report sent by e-mail: to whom, in which language and formats, by whom and when. */
    public record ReportSent(String recipientName, String recipientEmail, String language, String formats, String sentBy,
                             Instant sentAt) {
    }

    @Transactional
    public SharedAnalysis share(long projectId, long dataset, AnalysisRequest request, String title, String finding, String user) {
        ResearchProjects.Project p = projects.project(projectId);
        if (!p.datasets().contains(dataset)) {
            throw invalid("dataset", String.valueOf(dataset));
        }
        String t = title == null ? "" : title.trim();
        if (t.isEmpty()) {
            throw new ParameterInvalid("title", "", "markets.query.reason.required");
        }
        if (t.length() > MAX_TITLE) {
            throw new ParameterInvalid("title", t.substring(0, 40) + "…", "markets.query.reason.too-long", String.valueOf(MAX_TITLE));
        }
        String f = finding == null || finding.isBlank() ? null : finding.trim();
        if (f != null && f.length() > MAX_FINDING) {
            throw invalid("finding", f.substring(0, 40) + "…");
        }
        if (store.analyses(projectId, MAX_SHARED + 1).size() >= MAX_SHARED) {
            throw invalid("analyses", String.valueOf(MAX_SHARED));
        }
        Analysis a = analyses.analyse(dataset, request);
        long id = store.share(projectId, dataset, a.method(), request, t, f, user, clock.instant());
        return store.analysis(id).orElseThrow();
    }

    public List<SharedAnalysis> shared(long projectId) {
        projects.project(projectId);
        return store.analyses(projectId, MAX_SHARED);
    }

    public SharedAnalysis analysis(long projectId, long analysisId) {
        return store.analysis(analysisId).filter(a -> a.project() == projectId).orElseThrow(() -> new TradedeskException(
                TradedeskException.Kind.NOT_FOUND, "markets.analysis.not-found", "no shared analysis " + analysisId, String.valueOf(analysisId)));
    }

    /** Computes a shared analysis again from its dataset (as stored: one shared before a rule was added still computes). */
    public Analysis compute(SharedAnalysis a) {
        return analyses.analyseStored(a.dataset(), a.request());
    }

    @Transactional
    public Comment comment(long projectId, long analysisId, String body, String user) {
        analysis(projectId, analysisId);
        String b = body == null ? "" : body.trim();
        // t2fixS (review MINOR 5): the field by its label and what is wrong (blank, too long), not 「欄位 comment 不正確：「」」
        if (b.isEmpty()) {
            throw new ParameterInvalid("comment", "", "markets.query.reason.required");
        }
        if (b.length() > MAX_COMMENT) {
            throw new ParameterInvalid("comment", b.substring(0, 40) + "…", "markets.query.reason.too-long", String.valueOf(MAX_COMMENT));
        }
        long id = store.comment(analysisId, user == null ? "?" : user, b, clock.instant());
        return store.comments(analysisId).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    public List<ReportSent> reportsSent(long projectId) {
        projects.project(projectId);
        return store.reportsSent(projectId, 100);
    }

    static TradedeskException invalid(String field, String value) {
        return new TradedeskException("markets.project.invalid", field + " = \"" + value + "\" is not valid", field, value);
    }
}
