package org.tradedesk.markets;

import org.tradedesk.shared.MessageText;

/**
 * The one line that names where a figure comes from, used by every page, export, API answer and report of the markets
 * module (acceptance review of issue 9: concentration, indicators, series exports and the report's trends and analyses
 * printed figures without naming their data): the source (the format as the dataset page words it, with the file's own
 * detail), the file name, the first 12 hex digits of its SHA-256, the valuation basis (or that the file does not state
 * it), the import date (in the desk's zone) and the data version (the dataset's id: each import is a version of its own).
 */
public final class Provenance {

    public static final String LINE = "markets.provenance.line";
    /** The SHA-256 digits printed (the full one is on the dataset page and in the API's {@code sha256}). */
    public static final int SHA_DIGITS = 12;

    private Provenance() {
    }

    public static MessageText of(DatasetView d) {
        if (d == null) {
            return null;
        }
        MessageText.Arg source = d.format() == null ? MessageText.Arg.literal(d.source() == null ? "—" : d.source())
                : d.sourceDetail() == null ? MessageText.Arg.code("markets.format." + d.format().name())
                : MessageText.Arg.message(MessageText.of("markets.provenance.source-detail",
                MessageText.Arg.code("markets.format." + d.format().name()), MessageText.Arg.literal(d.sourceDetail())));
        String sha = d.sha256() == null ? "—" : d.sha256().substring(0, Math.min(SHA_DIGITS, d.sha256().length()));
        MessageText.Arg basis = d.valuationBasis() == null || d.valuationBasis().isBlank()
                ? MessageText.Arg.code("markets.report.basis.not-stated") : MessageText.Arg.literal(d.valuationBasis());
        java.time.Instant at = d.finishedAt() != null ? d.finishedAt() : d.createdAt();
        MessageText.Arg imported = at == null ? MessageText.Arg.literal("—")
                : MessageText.Arg.date(at.atZone(org.tradedesk.platform.BusinessCalendar.DEFAULT_ZONE).toLocalDate());
        return MessageText.of(LINE, source, MessageText.Arg.literal(d.fileName() == null ? "—" : d.fileName()),
                MessageText.Arg.literal(sha), basis, imported, MessageText.Arg.literal(String.valueOf(d.id())));
    }
}
