package org.tradedesk.tariff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.tariff.importing.ImportFile;
import org.tradedesk.tariff.importing.TariffImporter;
import org.tradedesk.tariff.persistence.TariffStore;
import org.tradedesk.tariff.search.TariffSearchIndex;

/**
 * The tariff catalogue (稅則資料庫) other modules use: find a line and the duty measures in force on a
 * date, with the data version it comes from; search by code prefix or words in Chinese and English;
 * run imports of official schedules as background jobs.
 */
@Service
public class TariffCatalogue {

    private final TariffStore store;
    private final TariffSearchIndex index;
    private final TariffImporter importer;

    TariffCatalogue(TariffStore store, TariffSearchIndex index, TariffImporter importer) {
        this.store = store;
        this.index = index;
        this.importer = importer;
    }

    /**
     * The line {@code code} of the active schedule and the measures in force on {@code date}. The
     * measures are those of the line itself or, for a statistical line, of the nearest ancestor that
     * carries rates (Australian rates sit on the 8-digit item).
     */
    public TariffLookup lookup(Jurisdiction jurisdiction, String code, LocalDate date) {
        Resolved r = resolve(jurisdiction, code);
        List<TariffMeasure> inForce = r.measures.stream().filter(m -> m.inForceOn(date)).toList();
        return new TariffLookup(jurisdiction, r.node.line(), date, inForce, r.version);
    }

    /**
     * The statistical codes the active schedule holds under an item (Australia: the 2 digits after the 8-digit item,
     * e.g. {@code 10} of {@code 8507.60.00.10}); empty when no schedule is loaded, the item is not in it or the schedule
     * gives it none. Never throws, so a caller's transaction is not marked for rollback.
     */
    public java.util.Set<String> statisticalCodes(Jurisdiction jurisdiction, String item) {
        String digits = item == null ? "" : item.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return java.util.Set.of();
        }
        return store.activeVersion(jurisdiction).map(v -> store.nodesStartingWith(v.id(), digits, 200).stream()
                .filter(n -> n.statisticalCode() != null && n.line().code().length() == digits.length() + n.statisticalCode().length())
                .map(TariffStore.NodeRow::statisticalCode).collect(Collectors.toCollection(java.util.TreeSet::new)))
                .<java.util.Set<String>>map(java.util.Collections::unmodifiableSet).orElse(java.util.Set.of());
    }

    /**
     * {@link #statisticalCodes(Jurisdiction, String)} of many items at once (a declaration's): a statement per length of
     * item (one for 8-digit items) instead of one per item. Keyed by the item as given.
     */
    public Map<String, java.util.Set<String>> statisticalCodes(Jurisdiction jurisdiction, java.util.Collection<String> items) {
        return statisticalCodes(store.activeVersion(jurisdiction), items);
    }

    /**
     * {@link #statisticalCodes(Jurisdiction, java.util.Collection)} as the data version {@code version} holds them (a
     * declaration drafted on an earlier schedule is read back against that schedule, not one loaded since).
     */
    public Map<String, java.util.Set<String>> statisticalCodes(DataVersion version, java.util.Collection<String> items) {
        return statisticalCodes(Optional.ofNullable(version), items);
    }

    private Map<String, java.util.Set<String>> statisticalCodes(Optional<DataVersion> version, java.util.Collection<String> items) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        Map<String, List<String>> byDigits = new java.util.HashMap<>();
        for (String item : items) {
            String digits = item == null ? "" : item.replaceAll("\\D", "");
            if (digits.isEmpty() || version.isEmpty()) {
                out.put(item, java.util.Set.of());
            } else {
                byDigits.computeIfAbsent(digits, d -> new ArrayList<>()).add(item);
            }
        }
        Map<Integer, List<String>> byLength = byDigits.keySet().stream().collect(Collectors.groupingBy(String::length));
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            int length = e.getKey();
            Map<String, List<TariffStore.NodeRow>> under = new java.util.HashMap<>();
            for (List<String> chunk : chunks(e.getValue())) {
                store.nodesUnder(version.get().id(), chunk, length, 200).forEach(n ->
                        under.computeIfAbsent(n.line().code().substring(0, length), k -> new ArrayList<>()).add(n));
            }
            for (String digits : e.getValue()) {
                // as nodesStartingWith(…, 200): the first 200 lines in code order
                List<TariffStore.NodeRow> rows = under.getOrDefault(digits, List.of());
                java.util.Set<String> codes = rows.subList(0, Math.min(200, rows.size())).stream()
                        .filter(n -> n.statisticalCode() != null && n.line().code().length() == digits.length() + n.statisticalCode().length())
                        .map(TariffStore.NodeRow::statisticalCode).collect(Collectors.toCollection(java.util.TreeSet::new));
                java.util.Set<String> held = java.util.Collections.unmodifiableSet(codes);
                byDigits.get(digits).forEach(item -> out.put(item, held));
            }
        }
        return out;
    }

    /** Everything about a line: its ancestors, its children, every measure with its dates. */
    @Transactional(readOnly = true)
    public TariffItemDetail item(Jurisdiction jurisdiction, String code) {
        Resolved r = resolve(jurisdiction, code);
        String c = r.node.line().code();
        List<TariffLine> hierarchy = store.nodes(r.version.id(), prefixes(c, false)).stream().map(TariffStore.NodeRow::line)
                .map(TariffCatalogue::titled).sorted(Comparator.comparingInt(l -> l.code().length())).toList();
        List<TariffLine> below = store.nodesStartingWith(r.version.id(), c, 500).stream().map(TariffStore.NodeRow::line)
                .filter(l -> !l.code().equals(c)).map(TariffCatalogue::titled).toList();
        java.util.Set<String> codes = below.stream().map(TariffLine::code).collect(Collectors.toSet());
        // Direct children only: no other line of the list sits between this one and the child.
        List<TariffLine> children = below.stream().filter(l -> {
            for (int len = c.length() + 1; len < l.code().length(); len++) {
                if (codes.contains(l.code().substring(0, len))) {
                    return false;
                }
            }
            return true;
        }).toList();
        return new TariffItemDetail(jurisdiction, titled(r.node.line()), r.node.statisticalCode(), r.node.rateText(), r.node.levyCodes(),
                r.node.importRegulations(), r.node.exportRegulations(), hierarchy, children, r.measures, r.version);
    }

    /**
     * A chapter or heading as the reader knows it: Australia's scraped Schedule 3 names a chapter only
     * "Chapter 22" and leaves headings without text, so the HS title fills in what the file lacks (in
     * both languages); a title the schedule publishes is never replaced.
     */
    static TariffLine titled(TariffLine line) {
        String code = line.code();
        if (!code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return line;
        }
        var title = org.tradedesk.tariff.domain.HsTitles.bundled().title(code);
        if (title.isEmpty()) {
            // a chapter the titles do not hold yet: at least its number in Chinese (第 4 章), not the schedule's "Chapter 4"
            if (code.length() == 2 && (line.descriptionZh() == null || line.descriptionZh().isBlank())) {
                return new TariffLine(code, line.dottedCode(), line.level(), line.descriptionEn(),
                        "第 " + Integer.parseInt(code) + " 章", line.unit());
            }
            return line;
        }
        String en = line.descriptionEn();
        boolean enMissing = en == null || en.isBlank() || en.matches("(?i)chapter\\s*\\d+");
        String zh = line.descriptionZh();
        return new TariffLine(code, line.dottedCode(), line.level(), enMissing ? title.get().en() : en,
                zh == null || zh.isBlank() ? title.get().zh() : zh, line.unit());
    }

    /** An HS chapter's, heading's or subheading's title in English and Chinese (the bundled HS titles). */
    public record HsTitle(String code, String en, String zh) {
    }

    /** The title of a 2, 4 or 6-digit HS code in both languages, with no schedule loaded; empty when the titles do not hold it. */
    public static Optional<HsTitle> hsTitle(String code) {
        if (code == null || !code.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return Optional.empty();
        }
        return org.tradedesk.tariff.domain.HsTitles.bundled().title(code).map(t -> new HsTitle(t.code(), t.en(), t.zh()));
    }

    public TariffSearchPage search(Jurisdiction jurisdiction, String query, int page, int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new org.tradedesk.shared.TradedeskException("tariff.search.paging",
                    "page must be 0 or more and size between 1 and 200", page, size);
        }
        if ((long) page * size >= MAX_SEARCH_OFFSET) {
            // past every line a schedule holds: answer the count with an empty page at once instead of ranking
            // millions of places (page=200000&size=200 took 3 s and 0.9 GB; a page past an int was a 500)
            TariffSearchPage first = index.search(jurisdiction, query, 0, 1);
            return new TariffSearchPage(jurisdiction, first.query(), page, size, first.total(), List.of(), first.emptyReason());
        }
        return index.search(jurisdiction, query, page, size);
    }

    /** More than any national schedule has lines (AU about 11,000, TW about 17,000 with statistical lines). */
    static final long MAX_SEARCH_OFFSET = 50_000;

    /** A preference scheme of a schedule: an FTA schedule's name and the part of the tariff it is in. */
    public record Scheme(String scheme, String source) {
    }

    private final Map<Long, List<Scheme>> ftaSchemes = new ConcurrentHashMap<>();

    /**
     * The FTA schedules (Australia: Schedules 4A–16) the active schedule of {@code jurisdiction} holds, in
     * the order of the Act; empty where the jurisdiction has none. A schedule is kept per data version.
     */
    public List<Scheme> ftaSchemes(Jurisdiction jurisdiction) {
        return store.activeVersion(jurisdiction).map(v -> ftaSchemes.computeIfAbsent(v.id(),
                id -> store.ftaSchemes(id).stream().map(r -> new Scheme(r[0], r[1])).toList())).orElse(List.of());
    }

    public Optional<DataVersion> activeVersion(Jurisdiction jurisdiction) {
        return store.activeVersion(jurisdiction);
    }

    public List<DataVersion> versions(Jurisdiction jurisdiction) {
        return store.versions(jurisdiction);
    }

    public long startImport(Jurisdiction jurisdiction, String fileName, byte[] content, List<NamedFile> extras, String user) {
        List<ImportFile> others = new ArrayList<>();
        for (NamedFile f : extras) {
            if (f != null && f.content() != null && f.content().length > 0) {
                others.add(new ImportFile(f.name(), f.content()));
            }
        }
        return importer.submit(jurisdiction, new ImportFile(fileName, content), others, user);
    }

    /** An extra file of an import (the FTA schedules, the note_8 hierarchy files). */
    public record NamedFile(String name, byte[] content) {
    }

    public long startBundledImport(Jurisdiction jurisdiction, String user) {
        return importer.submitBundled(jurisdiction, user);
    }

    public List<ImportJobView> importJobs(int limit) {
        return store.jobs(limit);
    }

    public ImportJobView importJob(long id) {
        return store.job(id).orElseThrow(() -> new org.tradedesk.shared.TradedeskException(
                org.tradedesk.shared.TradedeskException.Kind.NOT_FOUND, "tariff.import.not-found", "no import job " + id, String.valueOf(id)));
    }

    private record Resolved(DataVersion version, TariffStore.NodeRow node, List<TariffMeasure> measures) {
    }

    /*
     * A published data version never changes, so what a code resolves to in it is kept: a calculation
     * asks for every invoice line, and the same codes come back all day. Bounded by clearing.
     */
    private static final int RESOLVED_KEPT = 50_000;

    private record VersionedCode(long version, String digits) {
    }

    private final Map<VersionedCode, Optional<Resolved>> resolved = new ConcurrentHashMap<>();

    private Resolved resolve(Jurisdiction jurisdiction, String code) {
        String digits = TariffCodeInvalid.digits(code);
        DataVersion version = store.activeVersion(jurisdiction).orElseThrow(() -> TariffItemNotFound.forCode(jurisdiction, code));
        return resolve(jurisdiction, version, code, digits, Map.of());
    }

    /** {@code code} in {@code version}, from {@code read} (a batch's lines) when it holds it, else kept or read alone. */
    private Resolved resolve(Jurisdiction jurisdiction, DataVersion version, String code, String digits,
            Map<String, Optional<Resolved>> read) {
        Optional<Resolved> known = read.get(digits);
        if (known == null) {
            known = kept(version, digits);
        }
        if (known.isEmpty()) {
            checkDigit(jurisdiction, version, digits, read);
        }
        return known.orElseThrow(() -> TariffItemNotFound.forCode(jurisdiction, code));
    }

    private Optional<Resolved> kept(DataVersion version, String digits) {
        VersionedCode key = new VersionedCode(version.id(), digits);
        Optional<Resolved> known = resolved.get(key);
        if (known == null) {
            known = read(version, digits);
            keep(key, known);
        }
        return known;
    }

    private void keep(VersionedCode key, Optional<Resolved> known) {
        if (resolved.size() >= RESOLVED_KEPT) {
            resolved.clear();
        }
        resolved.put(key, known);
    }

    /**
     * An 11-digit code the schedule does not hold whose first ten digits name exactly one 11-digit line: the typed
     * check digit is not the published one. Refused naming the digit the schedule prints.
     */
    private void checkDigit(Jurisdiction jurisdiction, DataVersion version, String digits, Map<String, Optional<Resolved>> read) {
        if (digits.length() != 11) {
            return;
        }
        Optional<TariffLine> line = checkedLine(jurisdiction, version, digits, read);
        if (line.isPresent() && line.get().code().length() == 11 && !line.get().code().equals(digits)) {
            throw TariffCheckDigitWrong.of(jurisdiction, digits, line.get().code());
        }
    }

    private Optional<TariffLine> checkedLine(Jurisdiction jurisdiction, DataVersion version, String digits,
            Map<String, Optional<Resolved>> read) {
        try {
            String ten = digits.substring(0, 10);
            return Optional.of(resolve(jurisdiction, version, ten, ten, read).node.line());
        } catch (TariffItemNotFound e) {
            return Optional.empty();
        }
    }

    /**
     * Many look-ups against one reading of the active schedule: what {@link #lookups} read for a set of codes, each
     * answered as {@link #lookup} answers it (the same line, measures and exceptions), without a statement per code.
     */
    public final class Lookups {

        private final Jurisdiction jurisdiction;
        private final DataVersion version;
        private final Map<String, Optional<Resolved>> read;

        private Lookups(Jurisdiction jurisdiction, DataVersion version, Map<String, Optional<Resolved>> read) {
            this.jurisdiction = jurisdiction;
            this.version = version;
            this.read = read;
        }

        public DataVersion version() {
            return version;
        }

        /** As {@link TariffCatalogue#lookup}, on the version read once; a code not in the batch is read alone. */
        public TariffLookup lookup(String code, LocalDate date) {
            Resolved r = resolve(jurisdiction, version, code, TariffCodeInvalid.digits(code), read);
            List<TariffMeasure> inForce = r.measures.stream().filter(m -> m.inForceOn(date)).toList();
            return new TariffLookup(jurisdiction, r.node.line(), date, inForce, version);
        }
    }

    /** Codes per statement: far below the bind-parameter limits of PostgreSQL and H2. */
    static final int CODES_PER_STATEMENT = 5_000;

    /**
     * Look-ups of {@code codes} (a document's lines) with the active schedule read once and every code not kept yet
     * read in a few statements whatever their number: the version, the lines (with the candidates of a code typed
     * without or with a wrong check digit), and the measures of the lines and their ancestors. Empty when no schedule
     * of the jurisdiction is loaded. A code that is not a tariff code is left to {@link Lookups#lookup}, which refuses
     * it as {@link #lookup} does.
     */
    public Optional<Lookups> lookups(Jurisdiction jurisdiction, java.util.Collection<String> codes) {
        Optional<DataVersion> active = store.activeVersion(jurisdiction);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        DataVersion version = active.get();
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        for (String code : codes) {
            try {
                wanted.add(TariffCodeInvalid.digits(code));
            } catch (TariffCodeInvalid e) {
                // refused when looked up
            }
        }
        Map<String, Optional<Resolved>> read = new java.util.HashMap<>();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        for (String d : wanted) {
            Optional<Resolved> known = resolved.get(new VersionedCode(version.id(), d));
            if (known != null) {
                read.put(d, known);
            } else {
                missing.add(d);
            }
        }
        if (missing.isEmpty()) {
            return Optional.of(new Lookups(jurisdiction, version, read));
        }
        Map<String, TariffStore.NodeRow> nodes = nodes(version, missing);
        // a code the schedule does not hold: a 10-digit Taiwan code names its one 11-digit line; an 11-digit one is
        // checked against the line its first ten digits name (read(), checkDigit()): their candidates in one statement
        // the tens whose candidates are read here: only they (and the missing codes) are resolved and kept below, so that a
        // cache cleared meanwhile (RESOLVED_KEPT) never makes a ten whose candidates were not read a kept "not found"
        java.util.Set<String> readTens = new java.util.HashSet<>();
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
        for (String d : missing) {
            if (!nodes.containsKey(d) && (d.length() == 10 || d.length() == 11)) {
                String ten = d.substring(0, 10);
                if (missing.contains(ten) || !resolved.containsKey(new VersionedCode(version.id(), ten))) {
                    readTens.add(ten);
                    candidates.add(ten);
                    for (char c = '0'; c <= '9'; c++) {
                        candidates.add(ten + c);
                    }
                }
            }
        }
        candidates.removeAll(nodes.keySet());
        nodes.putAll(nodes(version, candidates));
        Map<String, TariffStore.NodeRow> lines = new java.util.HashMap<>();
        java.util.Set<String> tens = new java.util.LinkedHashSet<>();
        for (String d : missing) {
            if (d.length() == 11 && !nodes.containsKey(d)) {
                tens.add(d.substring(0, 10));
            }
        }
        tens.addAll(missing);
        for (String d : tens) {
            TariffStore.NodeRow node = nodes.get(d);
            if (node == null && readTens.contains(d)) {
                List<TariffStore.NodeRow> below = new ArrayList<>();
                for (char c = '0'; c <= '9' && below.size() < 2; c++) {
                    TariffStore.NodeRow child = nodes.get(d + c);
                    if (child != null) {
                        below.add(child);
                    }
                }
                node = below.size() == 1 ? below.get(0) : null;
            }
            if (node != null) {
                lines.put(d, node);
            }
        }
        java.util.Set<String> prefixes = new java.util.LinkedHashSet<>();
        lines.values().forEach(n -> prefixes.addAll(prefixes(n.line().code(), true)));
        Map<String, List<TariffMeasure>> byCode = new java.util.HashMap<>();
        for (List<String> chunk : chunks(prefixes)) {
            store.measures(version.id(), chunk).forEach(m -> byCode.computeIfAbsent(m.itemCode(), k -> new ArrayList<>()).add(m.measure()));
        }
        for (String d : tens) {
            if (read.containsKey(d) || !(missing.contains(d) || readTens.contains(d))) {
                continue;
            }
            TariffStore.NodeRow node = lines.get(d);
            Optional<Resolved> r = Optional.empty();
            if (node != null) {
                List<TariffMeasure> measures = prefixes(node.line().code(), true).stream().filter(byCode::containsKey)
                        .max(Comparator.comparingInt(String::length)).map(byCode::get).orElse(List.of());
                r = Optional.of(new Resolved(version, node, measures));
            }
            read.put(d, r);
            keep(new VersionedCode(version.id(), d), r);
        }
        return Optional.of(new Lookups(jurisdiction, version, read));
    }

    private Map<String, TariffStore.NodeRow> nodes(DataVersion version, java.util.Collection<String> codes) {
        Map<String, TariffStore.NodeRow> out = new java.util.HashMap<>();
        for (List<String> chunk : chunks(codes)) {
            store.nodes(version.id(), chunk).forEach(n -> out.put(n.line().code(), n));
        }
        return out;
    }

    private static List<List<String>> chunks(java.util.Collection<String> codes) {
        List<String> all = List.copyOf(codes);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CODES_PER_STATEMENT) {
            out.add(all.subList(i, Math.min(all.size(), i + CODES_PER_STATEMENT)));
        }
        return out;
    }

    private Optional<Resolved> read(DataVersion version, String digits) {
        Optional<TariffStore.NodeRow> found = store.node(version.id(), digits).or(() -> {
            // A Taiwan code typed without its check digit (10 digits) names one 11-digit line.
            List<TariffStore.NodeRow> below = store.nodesStartingWith(version.id(), digits, 2);
            return digits.length() == 10 && below.size() == 1 ? Optional.of(below.get(0)) : Optional.empty();
        });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TariffStore.NodeRow node = found.get();
        String c = node.line().code();
        Map<String, List<TariffStore.CodedMeasure>> byCode = store.measures(version.id(), prefixes(c, true)).stream()
                .collect(Collectors.groupingBy(TariffStore.CodedMeasure::itemCode));
        List<TariffMeasure> measures = byCode.keySet().stream().max(Comparator.comparingInt(String::length))
                .map(k -> byCode.get(k).stream().map(TariffStore.CodedMeasure::measure).toList()).orElse(List.of());
        return Optional.of(new Resolved(version, node, measures));
    }

    private static List<String> prefixes(String code, boolean includeSelf) {
        List<String> out = new ArrayList<>();
        for (int len = 2; len < code.length() + (includeSelf ? 1 : 0); len++) {
            out.add(code.substring(0, len));
        }
        return out;
    }
}
