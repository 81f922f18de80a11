package org.tradedesk.tariff;

import java.time.Instant;
import java.util.List;

/**
 * An import job and its report: file, checksum, encoding, counts, the rejected rows with reasons. A
 * failed job has a {@code message} (the detail) and a {@code messageCode} naming the kind of failure,
 * which the page words in the reader's language.
 */
public record ImportJobView(long id, Jurisdiction jurisdiction, String fileName, String sha256, String encoding,
                            String status, int progress, Integer rowsRead, Integer rowsImported, Integer rowsRejected,
                            Integer ratesRead, Integer ratesParsed, String message, String startedBy, Instant createdAt,
                            Instant finishedAt, Long dataVersion, List<Issue> issues, String messageCode) {

    public ImportJobView {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }

    /**
     * A rejected row: {@link #reasonText()} is its reason as a message for the reader's language; a report stored before
     * reasons were messages has none and prints {@code reason} as it was stored.
     */
    public record Issue(String row, String text, String reason, String reasonCode, List<String> reasonArgs) {
        public Issue {
            reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        }

        public Issue(String row, String text, String reason) {
            this(row, text, reason, null, List.of());
        }

        public org.tradedesk.shared.MessageText reasonText() {
            return reasonCode == null ? org.tradedesk.shared.MessageText.of("tariff.import.reject.as-stored",
                    org.tradedesk.shared.MessageText.Arg.literal(reason == null ? "" : reason))
                    : new org.tradedesk.shared.MessageText(reasonCode,
                            reasonArgs.stream().map(org.tradedesk.shared.MessageText.Arg::literal).toList());
        }
    }

    public boolean running() {
        return "QUEUED".equals(status) || "RUNNING".equals(status);
    }

    /** Share of rate texts read into measures, in percent, or null before the job finished. */
    public Double parsedShare() {
        return ratesRead == null || ratesRead == 0 ? null : 100.0 * ratesParsed / ratesRead;
    }
}
