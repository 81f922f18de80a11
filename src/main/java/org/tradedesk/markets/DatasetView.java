package org.tradedesk.markets;

import java.time.Instant;
import java.util.List;

/**
 * A dataset with its provenance: the file (name, SHA-256, size, encoding), the source and format, when and by whom it
 * was imported, rows read / kept / rejected with the reasons, the units (and the rule that made thousands full
 * dollars), the valuation basis, the preliminary periods, the years covered, and the import job's state (owner
 * instance and heartbeat). {@code duplicate} is true when this upload was the same file as an earlier one.
 */
public record DatasetView(long id, String fileName, String sha256, long fileSize, SourceFormat format, String source,
                          String encoding, DatasetStatus status, int progress, Long rowsRead, Long rowsKept, Long rowsRejected,
                          String units, String valuationBasis, String preliminary, Integer firstYear, Integer lastYear,
                          String messageCode, String message, Long messageLine, String createdBy, Instant createdAt,
                          Instant finishedAt, String ownerInstance, Instant heartbeatAt, List<Rejection> rejections,
                          boolean duplicate, List<Object> messageArgs) {

    public DatasetView {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        messageArgs = messageArgs == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(messageArgs));
    }

    /**
     * Why the import failed, as a message code with its arguments to word in the reader's language ({@link ImportFailures});
     * null when it did not fail. {@code messageArgs} are stored since t2minor (the line and the file's detail, or the
     * arguments of the refusal); a row stored before has none, and is read as the line and the stored detail.
     */
    public List<Object> failureArguments() {
        if (messageCode == null) {
            return null;
        }
        if (messageArgs != null) {
            return messageArgs;
        }
        return java.util.Arrays.asList(messageLine == null ? 0L : messageLine, message == null ? "" : message);
    }

    /** The file's encoding worded, with the delimiter detected when the file is a mapped CSV ({@link FileEncoding}); null for none. */
    public org.tradedesk.shared.MessageText encodingWorded() {
        return FileEncoding.worded(encoding);
    }

    /** The preliminary periods worded ("2025 January–July (preliminary)"), null when there is none ({@link PeriodFlags}). */
    public org.tradedesk.shared.MessageText preliminaryWorded() {
        return PeriodFlags.stored(preliminary);
    }

    /**
     * What the source adds to the worded format, or null: a WITS dataflow id (the file's own), a mapped table's mapping name.
     * The readers' fixed English source names ("Taiwan customs GA30", "UN Comtrade") are never shown beside the worded format
     * (stray English on a zh-TW page).
     */
    public String sourceDetail() {
        if (source == null || format == null) {
            return null;
        }
        return switch (format) {
            case WITS_SDMX -> source.equals("WITS") ? null : source;
            case GENERIC_MAPPED -> source.startsWith("Mapped table (") && source.endsWith(")")
                    ? source.substring("Mapped table (".length(), source.length() - 1) : source;
            default -> null;
        };
    }

    public boolean running() {
        return status.running();
    }

    public DatasetView asDuplicate() {
        return new DatasetView(id, fileName, sha256, fileSize, format, source, encoding, status, progress, rowsRead, rowsKept,
                rowsRejected, units, valuationBasis, preliminary, firstYear, lastYear, messageCode, message, messageLine, createdBy,
                createdAt, finishedAt, ownerInstance, heartbeatAt, rejections, true, messageArgs);
    }
}
