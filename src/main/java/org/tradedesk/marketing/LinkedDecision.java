package org.tradedesk.marketing;

import java.time.Instant;
import java.util.List;

/**
 * The recorded market decision (markets module, P2.3.1) a campaign comes from, read live through the
 * markets module's API: the research project, the markets chosen with their reasons, the dataset the
 * figures came from (file and SHA-256), who decided and when, and who linked it to the campaign.
 */
public record LinkedDecision(long projectId, String projectName, long decisionId, List<Choice> choices, String datasetFile,
        String datasetSha256, String decidedBy, Instant decidedAt, String linkedBy, Instant linkedAt) {

    /** A chosen market: ISO alpha-3 as the markets module keeps it, alpha-2 as campaigns use it, and the reason. */
    public record Choice(String market, String marketAlpha2, String reason) {
    }

    /** The dataset's SHA-256, first 12 hex digits (enough to tell files apart on a page). */
    public String shortSha() {
        return datasetSha256 == null ? "" : datasetSha256.substring(0, Math.min(12, datasetSha256.length()));
    }

    /** The reference kept on the campaign itself ({@code CampaignView.decisionId}). */
    public static String reference(long projectId, long decisionId) {
        return "P" + projectId + "-D" + decisionId;
    }
}
