package org.tradedesk.markets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tradedesk.markets.importing.DatasetImporter;
import org.tradedesk.markets.importing.MappedTableReader;
import org.tradedesk.markets.persistence.MappingStore;
import org.tradedesk.shared.TradedeskException;

/**
 * The generic CSV/XLSX import: a preview of an uploaded table, column mappings saved by name and used again, and the
 * import of a table with a mapping into a dataset (a background job like any file; rows with a bad cell are rejected
 * naming the row and the column, a header without a mapped column refuses the file and stores no row).
 */
@Service
public class ColumnMappings {

    public static final int PREVIEW_ROWS = 10;
    private static final Set<String> THOUSANDS = Set.of("", "none", ",", ".", "space", "'");

    private final MappingStore store;
    private final DatasetImporter importer;
    private final MarketDatasets datasets;

    public ColumnMappings(MappingStore store, DatasetImporter importer, MarketDatasets datasets) {
        this.store = store;
        this.importer = importer;
        this.datasets = datasets;
    }

    /** The header row's cells and the first rows after it, as text, with the kind (CSV, XLSX) and the encoding found. */
    public record TablePreview(String kind, String encoding, List<String> headers, List<List<String>> rows) {

        /** The encoding and the delimiter detected, worded ({@link FileEncoding}). */
        public org.tradedesk.shared.MessageText encodingWorded() {
            return FileEncoding.worded(encoding);
        }
    }

    public List<ColumnMapping> mappings() {
        return store.list(200);
    }

    public Optional<ColumnMapping> mapping(String name) {
        return name == null || name.isBlank() ? Optional.empty() : store.find(name.strip());
    }

    public TablePreview preview(Path file, int headerRow) {
        return preview(file, headerRow, null);
    }

    /** As {@link #preview(Path, int)}, with the CSV delimiter chosen ({@code ,} {@code ;} {@code |} {@code tab}; else counted). */
    public TablePreview preview(Path file, int headerRow, String delimiter) {
        if (headerRow < 1 || headerRow > ColumnMapping.MAX_HEADER_ROW) {
            throw invalid("headerRow", String.valueOf(headerRow));
        }
        try (InputStream in = Files.newInputStream(file)) {
            MappedTableReader.Preview p = MappedTableReader.preview(in, headerRow, PREVIEW_ROWS, ColumnMapping.delimiterOf(delimiter));
            return new TablePreview(p.kind(), p.encoding(), p.headers(), p.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports a table with the mapping: in the request for a small file when {@code inRequest} (a refusal throws and
     * stores nothing), else as a background job. The same file imported before gives that dataset, marked duplicate.
     */
    public DatasetView importFile(String fileName, InputStream content, ColumnMapping m, String user, boolean inRequest) {
        check(m);
        DatasetImporter.Upload upload = DatasetImporter.spool(fileName, content);
        DatasetImporter.Submitted submitted = importer.submitMapped(upload, m, user, inRequest);
        DatasetView view = datasets.dataset(submitted.id());
        return submitted.duplicate() ? view.asDuplicate() : view;
    }

    static void check(ColumnMapping m) {
        if (m == null) {
            throw invalid("name", "");
        }
        if (m.name() == null || m.name().isBlank() || m.name().strip().length() > 80) {
            throw invalid("name", m.name());
        }
        if (m.headerRow() < 1 || m.headerRow() > ColumnMapping.MAX_HEADER_ROW) {
            throw invalid("headerRow", String.valueOf(m.headerRow()));
        }
        for (String required : List.of("reporter", "product", "period", "flow", "value")) {
            if (!m.columns().containsKey(required)) {
                throw invalid(required, "");
            }
        }
        if (m.columns().values().stream().anyMatch(h -> h.length() > 200)) {
            throw invalid("columns", "…");
        }
        if (!".".equals(m.decimalSeparator()) && !",".equals(m.decimalSeparator())) {
            throw invalid("decimalSeparator", m.decimalSeparator());
        }
        String t = m.thousandsSeparator() == null ? "" : m.thousandsSeparator();
        if (!THOUSANDS.contains(t) || t.equals(m.decimalSeparator())) {
            throw invalid("thousandsSeparator", t);
        }
    }

    private static TradedeskException invalid(String field, String value) {
        return new TradedeskException("markets.mapping.invalid", field + " = \"" + value + "\" is not valid", field, value);
    }
}
