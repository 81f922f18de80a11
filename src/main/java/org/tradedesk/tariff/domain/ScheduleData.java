package org.tradedesk.tariff.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole schedule read from its files, before it is stored: the nomenclature lines, the measures,
 * and every row or text that was rejected with its reason. Built by an importer, written in one
 * transaction.
 */
public final class ScheduleData {

    /** A line of the nomenclature; {@code code} is digits only. */
    public record Node(String code, NodeLevel level, String statisticalCode, String unit, String descriptionEn,
                       String descriptionZh, String rateText, String levyCodes, String importRegulations,
                       String exportRegulations) {
        public Node {
            Objects.requireNonNull(code, "code");
            if (!code.matches("\\d{2,11}|S\\d{2}")) {
                throw new IllegalArgumentException("not a tariff code: " + code);
            }
        }
    }

    /**
     * A measure attached to the line with code {@code itemCode}. {@code originalText} is the published
     * text as printed ({@link PublishedText#decode}); {@code publishedRaw} the file's characters when they
     * differ (an HTML reference, a zero-width space), kept so the import can be checked against the file.
     */
    public record Measure(String itemCode, MeasureType type, String scheme, String partner, LocalDate validFrom,
                          LocalDate validTo, String expression, String originalText, String source, String publishedRaw,
                          PublishedParties parties) {
        public Measure {
            Objects.requireNonNull(itemCode, "item code");
            Objects.requireNonNull(validFrom, "valid from");
            parties = parties == null ? PublishedParties.ALL : parties;
        }

        /** A measure for every party of its scheme. */
        public Measure(String itemCode, MeasureType type, String scheme, String partner, LocalDate validFrom,
                       LocalDate validTo, String expression, String originalText, String source, String publishedRaw) {
            this(itemCode, type, scheme, partner, validFrom, validTo, expression, originalText, source, publishedRaw, PublishedParties.ALL);
        }

        /** A measure whose published text is taken from the file, for the parties the schedule names. */
        public Measure(String itemCode, MeasureType type, String scheme, String partner, LocalDate validFrom,
                       LocalDate validTo, String expression, String originalText, String source, PublishedParties parties) {
            this(itemCode, type, scheme, partner, validFrom, validTo, expression, PublishedText.decode(originalText), source,
                    PublishedText.rawIfChanged(originalText), parties);
        }

        /** A measure whose published text is taken from the file: decoded for display, the raw kept if it differs. */
        public Measure(String itemCode, MeasureType type, String scheme, String partner, LocalDate validFrom,
                       LocalDate validTo, String expression, String originalText, String source) {
            this(itemCode, type, scheme, partner, validFrom, validTo, expression, PublishedText.decode(originalText), source,
                    PublishedText.rawIfChanged(originalText));
        }
    }

    /**
     * A row or rate text that was not imported, and why: {@code reasonCode} and {@code reasonArgs} (literals: a code, the
     * reader's technical detail) are the message the report prints in the reader's language; {@code reason} is the same in
     * English for the log (and what reports stored before the reasons were messages print).
     */
    public record Issue(String row, String text, String reason, String reasonCode, List<String> reasonArgs) {
        public Issue {
            reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
        }

        public Issue(String row, String text, String reason) {
            this(row, text, reason, null, List.of());
        }
    }

    /** Measures in force before the first staged date of a text are stored from this day ("since before this schedule"). */
    public static final LocalDate OPEN_START = LocalDate.of(1900, 1, 1);

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Measure> measures = new ArrayList<>();
    private final java.util.Set<List<Object>> measureKeys = new java.util.HashSet<>();
    private final List<Issue> issues = new ArrayList<>();
    private int rowsRead;
    private int rowsImported;
    private int ratesRead;
    private int ratesParsed;

    public void addNode(Node node) {
        nodes.putIfAbsent(node.code(), node);
    }

    public boolean hasNode(String code) {
        return nodes.containsKey(code);
    }

    public Node node(String code) {
        return nodes.get(code);
    }

    /**
     * Adds a measure unless the line already has the same one (same type, scheme, partner, period, expression and
     * source): the published files repeat a line once per statistical code or page row, and a measure shown twice
     * reads as two duties. The first published text is kept.
     */
    public void addMeasure(Measure measure) {
        if (measureKeys.add(List.of(measure.itemCode(), measure.type(), String.valueOf(measure.scheme()),
                String.valueOf(measure.partner()), String.valueOf(measure.parties().stored()), measure.validFrom(), String.valueOf(measure.validTo()),
                String.valueOf(measure.expression()), String.valueOf(measure.source())))) {
            measures.add(measure);
        }
    }

    public void reject(String row, String text, String reason) {
        // the report shows the text as published (From 30 December 2018: …), not the file's &#58;
        issues.add(new Issue(row, PublishedText.decode(text), reason));
    }

    /** A rejection whose reason is the message {@code code} with literal {@code args}; {@code english} for the log. */
    public void reject(String row, String text, String code, String english, String... args) {
        issues.add(new Issue(row, PublishedText.decode(text), english, code, List.of(args)));
    }

    public void rowRead() {
        rowsRead++;
    }

    public void rowImported() {
        rowsImported++;
    }

    public void rateRead(boolean parsed) {
        ratesRead++;
        if (parsed) {
            ratesParsed++;
        }
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public List<Issue> issues() {
        return List.copyOf(issues);
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsImported() {
        return rowsImported;
    }

    public int ratesRead() {
        return ratesRead;
    }

    public int ratesParsed() {
        return ratesParsed;
    }
}
