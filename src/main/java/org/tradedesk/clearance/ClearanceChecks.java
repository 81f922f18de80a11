package org.tradedesk.clearance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradedesk.clearance.domain.CheckedFile;
import org.tradedesk.clearance.domain.DocumentChecks;
import org.tradedesk.clearance.domain.Finding;
import org.tradedesk.clearance.domain.TariffValidity;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffCatalogue;
import org.tradedesk.tariff.TariffCodeInvalid;
import org.tradedesk.tariff.TariffItemNotFound;
import org.tradedesk.tariff.TariffLookup;

/**
 * The document checks of a file (P4.1.2): the rules of {@code clearance/checks.tsv} for its jurisdiction, run on its
 * documents and captured invoices; tariff codes are looked up in the tariff catalogue on the arrival date (as the tax
 * engine does). Who may open the file may see its findings.
 *
 * <p>The findings are kept per file version: the file's version and details, its documents (id, version, captured data), the figures captured
 * of its documents and the tariff version in force make the key, so any change to the file, a document, its figures or
 * the active tariff runs the checks again, and viewing a page (declaration, file, query) does not. At most
 * {@link #CACHED_FILES} files are kept, the least recently viewed dropped first.
 */
@Service
public class ClearanceChecks {

    private final ClearanceTransactions transactions;
    private final DocumentChecks checks;
    private final TariffCatalogue tariff;
    private final ClearanceDocumentFigures figures;
    private final org.tradedesk.clearance.persistence.TransactionStore files;
    private final org.tradedesk.clearance.persistence.DeclarationStore declarations;

    static final int CACHED_FILES = 500;

    /**
     * What the checks of a file depend on; equal keys give equal findings. {@code declaration}: the id of the file's newest
     * declaration, whose data (the claimed preferences) is never changed once stored; {@code otherFiles}: the invoices of
     * the client's other open files as the duplicate check compares them.
     */
    private record FileKey(long version, TransactionDetails details, List<DocumentView> documents, java.util.Map<Long, ?> figures,
            Long tariffVersion, java.time.LocalDate today, Long declaration, List<CheckedFile.OtherInvoice> otherFiles, Long lodged,
            java.util.Set<Long> marketDatasets) {
    }

    private record Cached(FileKey key, List<Finding> findings) {
    }

    private final java.util.Map<Long, Cached> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, Cached> eldest) {
                    return size() > CACHED_FILES;
                }
            });
    private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();

    private final java.time.Clock clock;
    private final org.tradedesk.markets.MarketDatasets markets;
    private final org.tradedesk.taxes.TaxCalculations taxes;

    ClearanceChecks(ClearanceTransactions transactions, DocumentChecks checks, TariffCatalogue tariff,
            ClearanceDocumentFigures figures, org.tradedesk.clearance.persistence.TransactionStore files,
            org.tradedesk.clearance.persistence.DeclarationStore declarations, java.time.Clock clock,
            org.tradedesk.markets.MarketDatasets markets, org.tradedesk.taxes.TaxCalculations taxes) {
        this.markets = markets;
        this.taxes = taxes;
        this.clock = clock;
        this.files = files;
        this.declarations = declarations;
        this.transactions = transactions;
        this.checks = checks;
        this.tariff = tariff;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(TransactionId id) {
        return findings(transactions.transaction(id));
    }

    /**
     * {@link #findings}, or empty when a declaration of the file cannot be read back (review R10: the file's page flags
     * it instead of failing with 500; logged for whoever keeps the data).
     */
    public java.util.Optional<List<Finding>> readableFindings(TransactionView view) {
        try {
            return java.util.Optional.of(findings(view));
        } catch (org.tradedesk.clearance.persistence.StoredDeclarationUnreadable e) {
            LOG.warn("clearance: the checks of transaction {} cannot run: {}", view.id(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    public List<Finding> findings(TransactionView view) {
        java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> captured = withPackingLists(view, figures.figuresOf(view.id()));
        // by value, not only by version numbers: a change rolled back and another one made leave no stale findings.
        // What other rows feed the checks is keyed by what the database holds now (any instance may have changed it):
        // the newest declaration's id, and the other files' invoices read without their lines (their number and seller
        // kept per document version); the declaration itself is read only when the checks run.
        Long declaration = declarations.newestIds(List.of(view.id())).get(view.id());
        List<CheckedFile.OtherInvoice> others = otherFiles(view.id(), files.invoicesOfOpenFiles(List.of(view.details().clientId().value())));
        // the newest lodged declaration (review r-t4c F1): its data never changes once stored, its id stands for it
        Long lodgedId = declarations.newestLodgedId(view.id());
        FileKey key = new FileKey(view.transaction().version(), view.details(), view.documents(), captured,
                tariff.activeVersion(view.details().jurisdiction()).map(org.tradedesk.tariff.DataVersion::id).orElse(null),
                FileTime.today(clock, view.details().jurisdiction()), // the date rules compare with the file's today
                declaration, others, lodgedId,
                // the trade statistics the reference unit values come from: a dataset imported or deleted runs the checks again
                java.util.Set.copyOf(markets.importedDatasets()));
        Cached hit = cache.get(view.id());
        if (hit != null && hit.key().equals(key)) {
            return hit.findings();
        }
        // the newest declaration read and parsed once for both (T4 R12: twice on a cache miss)
        java.util.Optional<org.tradedesk.clearance.persistence.DeclarationStore.Row> newest = declaration == null
                ? java.util.Optional.empty() : declarations.find(view.id(), declaration);
        boolean preference = preferenceClaimed(newest);
        // the day the key holds: a run at midnight checks the day it is cached under
        java.util.Set<Long> declared = declaredInvoices(newest);
        java.util.Set<Long> corrected = correctedSince(view, declaration);
        // after lodging, the newest declaration is usually the lodged one: read and parsed once
        java.util.Optional<org.tradedesk.clearance.persistence.DeclarationStore.Row> lodgedRow = lodgedId == null
                ? java.util.Optional.empty() : lodgedId.equals(declaration) ? newest : declarations.find(view.id(), lodgedId);
        org.tradedesk.clearance.domain.LodgedDeclarationCheck.Lodged lodged = lodgedRow.filter(r -> r.declaration() != null)
                .map(r -> new org.tradedesk.clearance.domain.LodgedDeclarationCheck.Lodged(r.version(), r.declaration().items()))
                .orElse(null);
        List<Finding> found = List.copyOf(run(view, captured, preference, others, key.today(), declared, corrected, lodged,
                !key.marketDatasets().isEmpty()));
        cache.put(view.id(), new Cached(key, found));
        return found;
    }

    /**
     * What a file's ERROR count depends on, read for many files at once: the file's version, its documents' stamp, the
     * tariff, its newest declaration and the invoices of the client's other open files (as {@link FileKey}).
     */
    private record QueueKey(long version, String documents, Long tariffVersion, java.time.LocalDate today, Long declaration,
            List<CheckedFile.OtherInvoice> otherFiles) {
    }

    private record Counted(QueueKey key, long errors) {
    }

    private final java.util.Map<Long, Counted> errorCounts = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, Counted> eldest) {
                    return size() > CACHED_FILES;
                }
            });

    /** The count of a file whose stored declaration cannot be read: its checks could not run. */
    public static final long UNREADABLE = -1L;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ClearanceChecks.class);

    /**
     * The number of ERROR findings of each file, for the home page's work queue: a view reads the stamps of all the files in
     * one statement (the files' versions come with them, the tariff version once per jurisdiction) and runs the checks only
     * for a file whose stamp changed since they last ran; so an unchanged queue costs the same few statements whatever the
     * number of files. A file whose stored declaration cannot be read counts {@link #UNREADABLE}.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> errorCounts(List<ClearanceTransaction> files) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (files.isEmpty()) {
            return out;
        }
        List<Long> ids = files.stream().map(f -> f.id().value()).toList();
        java.util.Map<Long, String> stamps = figures.checkStamps(ids);
        java.util.Map<Long, Long> newest = declarations.newestIds(ids);
        List<org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice> open = this.files.invoicesOfOpenFiles(
                files.stream().map(f -> f.details().clientId().value()).distinct().toList());
        java.util.Map<Long, List<org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice>> byClient = open.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice::clientId));
        heads(open); // the numbers and sellers of all the clients' invoices in one statement (those not known yet)
        java.util.Map<Jurisdiction, Long> tariffs = new java.util.EnumMap<>(Jurisdiction.class);
        for (ClearanceTransaction file : files) {
            Jurisdiction j = file.details().jurisdiction();
            Long tariffVersion = tariffs.computeIfAbsent(j,
                    x -> tariff.activeVersion(x).map(org.tradedesk.tariff.DataVersion::id).orElse(-1L));
            QueueKey key = new QueueKey(file.version(), stamps.getOrDefault(file.id().value(), "none"), tariffVersion,
                    FileTime.today(clock, j), newest.get(file.id().value()),
                    otherFiles(file.id().value(), byClient.getOrDefault(file.details().clientId().value(), List.of())));
            Counted hit = errorCounts.get(file.id().value());
            if (hit == null || !hit.key().equals(key)) {
                long errors;
                try {
                    errors = findings(file.id()).stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
                } catch (org.tradedesk.clearance.persistence.StoredDeclarationUnreadable e) {
                    // acceptance review of issue 8: one file's unreadable declaration made the whole home page fail; that file
                    // is flagged (and logged for whoever keeps the data), the others are counted
                    LOG.warn("clearance: the checks of transaction {} cannot run: {}", file.id().value(), e.getMessage());
                    errors = UNREADABLE;
                }
                hit = new Counted(key, errors);
                errorCounts.put(file.id().value(), hit);
            }
            out.put(file.id().value(), hit.errors());
        }
        return out;
    }

    /**
     * The statistical codes of the tariff catalogue, for the checks of {@code declaration} ({@code DeclarationValidation}):
     * on the first question the 8-digit items of all its lines are read at once (one statement, not one per item), and
     * each item is answered once per use of the returned function.
     */
    org.tradedesk.clearance.messages.DeclarationValidation.StatisticalCodes statisticalCodes(
            org.tradedesk.clearance.messages.DeclarationMessage declaration) {
        return statisticalCodes(declaration, null);
    }

    /**
     * {@link #statisticalCodes(org.tradedesk.clearance.messages.DeclarationMessage)} as the catalogue held them when the
     * draft was made ({@code drafted}; t4fixZ2: code 36 of 6911.10.00 was valid when drafted, and read back after a later
     * schedule was loaded the page warned that no statistical codes were held): the schedule in force then
     * ({@link #versionAt}); null for now.
     */
    org.tradedesk.clearance.messages.DeclarationValidation.StatisticalCodes statisticalCodes(
            org.tradedesk.clearance.messages.DeclarationMessage declaration, java.time.Instant drafted) {
        java.util.Map<String, java.util.Optional<org.tradedesk.tariff.DataVersion>> versions = new java.util.HashMap<>();
        java.util.function.Function<String, java.util.Optional<org.tradedesk.tariff.DataVersion>> versionOf = j -> versions.computeIfAbsent(j,
                k -> drafted == null ? java.util.Optional.empty() : versionAt(tariff.versions(Jurisdiction.valueOf(k)), drafted));
        java.util.Map<String, java.util.Set<String>> seen = new java.util.HashMap<>();
        java.util.Set<String> read = new java.util.HashSet<>();
        return (j, item) -> {
            String key = j + ":" + item;
            if (!seen.containsKey(key) && read.add(j)) {
                java.util.Set<String> items = new java.util.LinkedHashSet<>();
                declaration.items().forEach(it -> {
                    if (it.tariffCode() != null && it.tariffCode().matches("\\d{8}")) {
                        items.add(it.tariffCode());
                    }
                });
                java.util.Optional<org.tradedesk.tariff.DataVersion> then = versionOf.apply(j);
                (then.isPresent() ? tariff.statisticalCodes(then.get(), items) : tariff.statisticalCodes(Jurisdiction.valueOf(j), items))
                        .forEach((i, codes) -> seen.put(j + ":" + i, codes));
            }
            java.util.Optional<org.tradedesk.tariff.DataVersion> then = versionOf.apply(j);
            return seen.computeIfAbsent(key, k -> then.isPresent()
                    ? tariff.statisticalCodes(then.get(), java.util.List.of(item)).getOrDefault(item, java.util.Set.of())
                    : tariff.statisticalCodes(Jurisdiction.valueOf(j), item));
        };
    }

    /**
     * The schedule in force at {@code at}: the active one when it was loaded by then, else the newest loaded by then (the
     * one a later load replaced); empty (the active schedule) when none was loaded by then.
     */
    static java.util.Optional<org.tradedesk.tariff.DataVersion> versionAt(List<org.tradedesk.tariff.DataVersion> versions,
            java.time.Instant at) {
        java.util.Optional<org.tradedesk.tariff.DataVersion> active = versions.stream().filter(org.tradedesk.tariff.DataVersion::active).findFirst();
        if (active.isPresent() && active.get().importedAt() != null && !active.get().importedAt().isAfter(at)) {
            return java.util.Optional.empty();
        }
        return versions.stream().filter(v -> v.importedAt() != null && !v.importedAt().isAfter(at))
                .max(java.util.Comparator.comparing(org.tradedesk.tariff.DataVersion::importedAt));
    }

    /** How many times the checks ran (tests: a view of an unchanged file does not run them again). */
    long runs() {
        return runs.get();
    }

    /**
     * A preference is claimed on the file when a line of its newest declaration draft names a scheme (the draft drops
     * {@code GENERAL}, the MFN rate): only then is proof of origin required ({@code when} = {@code preference}).
     */
    private static boolean preferenceClaimed(java.util.Optional<org.tradedesk.clearance.persistence.DeclarationStore.Row> newest) {
        return newest.stream()
                .filter(r -> r.declaration() != null && r.declaration().items() != null)
                .flatMap(r -> r.declaration().items().stream())
                .anyMatch(it -> it.preferenceClaimed() != null && !it.preferenceClaimed().isBlank());
    }

    /**
     * The invoices the file's newest declaration has items from (each item's source, issue 8); null when there is none, or it
     * was built before items kept their source.
     */
    private static java.util.Set<Long> declaredInvoices(java.util.Optional<org.tradedesk.clearance.persistence.DeclarationStore.Row> newest) {
        if (newest.isEmpty()) {
            return null;
        }
        var items = newest.filter(r -> r.declaration() != null)
                .map(r -> r.declaration().items()).orElse(List.of());
        if (items.isEmpty() || items.stream().anyMatch(it -> it.source() == null || it.source().documentId() == null)) {
            return null;
        }
        return items.stream().map(it -> it.source().documentId()).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The invoices the newest declaration has items from whose version went up since it was built (corrected after the
     * draft; T4 code read R2); empty when there is no declaration or it was recorded without versions.
     */
    private java.util.Set<Long> correctedSince(TransactionView view, Long newest) {
        if (newest == null) {
            return java.util.Set.of();
        }
        java.util.Map<Long, Long> then = declarations.sourceVersions(newest);
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (DocumentView d : view.documents()) {
            Long version = then.get(d.id());
            if (version != null && version != d.version()) {
                out.add(d.id());
            }
        }
        return out;
    }

    /** A document at a version: its captured data never changes without the version going up. */
    private record DocumentVersion(long id, long version) {
    }

    /** The invoice number and seller of the invoices seen, per document version (at most {@link #KEPT_HEADS}). */
    private final java.util.Map<DocumentVersion, org.tradedesk.clearance.persistence.TransactionStore.InvoiceHead> heads =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        java.util.Map.Entry<DocumentVersion, org.tradedesk.clearance.persistence.TransactionStore.InvoiceHead> eldest) {
                    return size() > KEPT_HEADS;
                }
            });

    static final int KEPT_HEADS = 20_000;

    /**
     * The number and seller of each invoice, from those kept per document version, the others read in one statement.
     * Nothing read inside a transaction that writes is kept: a version seen there may be rolled back and given again.
     */
    private java.util.Map<Long, org.tradedesk.clearance.persistence.TransactionStore.InvoiceHead> heads(
            List<org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice> invoices) {
        java.util.Map<Long, org.tradedesk.clearance.persistence.TransactionStore.InvoiceHead> out = new java.util.HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (var o : invoices) {
            var h = heads.get(new DocumentVersion(o.documentId(), o.documentVersion()));
            if (h != null) {
                out.put(o.documentId(), h);
            } else {
                missing.add(o.documentId());
            }
        }
        if (!missing.isEmpty()) {
            boolean keep = !org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                    || org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly();
            files.invoiceHeads(missing).forEach((id, h) -> {
                out.put(id, h.head());
                if (keep) {
                    heads.put(new DocumentVersion(id, h.version()), h.head());
                }
            });
        }
        return out;
    }

    /** The commercial invoices of the client's other open files ({@code open}: the client's), named by those files' references. */
    private List<CheckedFile.OtherInvoice> otherFiles(long transactionId,
            List<org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice> open) {
        List<org.tradedesk.clearance.persistence.TransactionStore.OpenInvoice> others = open.stream()
                .filter(o -> o.transactionId() != transactionId).toList();
        java.util.Map<Long, org.tradedesk.clearance.persistence.TransactionStore.InvoiceHead> read = heads(others);
        List<CheckedFile.OtherInvoice> out = new java.util.ArrayList<>(others.size());
        for (var o : others) {
            var h = read.get(o.documentId());
            if (h == null) {
                continue; // removed since the list was read
            }
            out.add(new CheckedFile.OtherInvoice(TransactionView.fileReference(o.reference(), o.transactionId()), h.invoiceNumber(),
                    h.sellerName(), o.sha256()));
        }
        return List.copyOf(out);
    }

    private List<Finding> run(TransactionView view, java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> captured,
            boolean preference, List<CheckedFile.OtherInvoice> others, java.time.LocalDate today, java.util.Set<Long> declared,
            java.util.Set<Long> corrected, org.tradedesk.clearance.domain.LodgedDeclarationCheck.Lodged lodged, boolean tradeStatistics) {
        runs.incrementAndGet();
        TransactionDetails d = view.details();
        List<CheckedFile.Document> docs = view.documents().stream()
                .map(doc -> checked(doc, captured, view.positionOf(doc.id()))).toList();
        CheckedFile file = new CheckedFile(d.jurisdiction().name(), d.direction().name(), d.mode().name(),
                d.incoterm() == null ? null : d.incoterm().name(), d.arrivalDate(), docs, d.declarationDate(),
                today, preference, others, declared, corrected);
        List<Finding> out = new java.util.ArrayList<>(checks.check(file, tariffOf(tariff, file)));
        // cross-document checks on the figures captured of packing lists, B/L, AWB, certificates and permits
        out.addAll(org.tradedesk.clearance.domain.CrossDocumentChecks.check(checks.rules(file.jurisdiction()), file, captured,
                knownNames(view)));
        // the newest lodged declaration against the invoices as they are now (review r-t4c F1)
        out.addAll(org.tradedesk.clearance.domain.LodgedDeclarationCheck.check(checks.rules(file.jurisdiction()), file, lodged));
        // each import line's unit value against the reference of imported trade statistics (issue 8, Checks); none held: not run
        if (tradeStatistics) {
            out.addAll(org.tradedesk.clearance.domain.ReferenceValueCheck.check(checks.rules(file.jurisdiction()), file,
                    referenceSources(d.jurisdiction(), file)));
        }
        return out;
    }

    /** The Comtrade reporter code of imports into a jurisdiction (Australia 36; Taiwan as Comtrade numbers it, 490). */
    static String reporterOf(Jurisdiction j) {
        return switch (j) {
            case AU -> "36";
            case TW -> "490";
        };
    }

    /**
     * What the reference check reads: markets' reference unit value per HS6 (imports into the file's jurisdiction), the taxes
     * module's customs rate table, and the statistical unit of the tariff line from the catalogue (looked up for the file's
     * codes at once, only when a reference is found).
     */
    private org.tradedesk.clearance.domain.ReferenceValueCheck.Sources referenceSources(Jurisdiction j, CheckedFile file) {
        java.util.Map<String, java.util.Optional<TariffCatalogue.Lookups>> read = new java.util.HashMap<>();
        return new org.tradedesk.clearance.domain.ReferenceValueCheck.Sources() {
            @Override
            public java.util.Optional<org.tradedesk.clearance.domain.ReferenceValueCheck.Reference> reference(String hs6) {
                return markets.importUnitValue(hs6, reporterOf(j)).map(r -> new org.tradedesk.clearance.domain.ReferenceValueCheck.Reference(
                        r.unit(), r.median(), r.points(), r.fromYear(), r.toYear(), r.reporters(), r.ownReporter(), r.source(), r.fileName()));
            }

            @Override
            public java.util.Optional<java.math.BigDecimal> localPerForeign(String currency, LocalDate date) {
                return taxes.customsRate(j.name(), currency, date).map(org.tradedesk.taxes.CustomsRate::localPerForeign);
            }

            @Override
            public String localCurrency() {
                return j.localCurrency().value();
            }

            @Override
            public java.util.Optional<String> statisticalUnit(String code, LocalDate date) {
                java.util.Optional<TariffCatalogue.Lookups> lookups = read.computeIfAbsent(j.name(), x -> tariff.lookups(j, codes(file)));
                if (lookups.isEmpty()) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.ofNullable(lookups.get().lookup(code, date).line().unit()).filter(u -> !u.isBlank());
                } catch (TariffItemNotFound | TariffCodeInvalid e) {
                    return java.util.Optional.empty();
                }
            }
        };
    }

    /**
     * The names the file's own party is known by (acceptance review: a B/L consignee "FORMOSA MACHINERY LTD" against the
     * invoice's 福爾摩沙機械有限公司 when the file holds both): the client's name, the importer (consignee) or exporter typed on
     * the file and, on an import, the importer's English name of the customs particulars.
     */
    static org.tradedesk.clearance.domain.CrossDocumentChecks.KnownNames knownNames(TransactionView view) {
        TransactionDetails d = view.details();
        List<String> own = new java.util.ArrayList<>();
        own.add(view.clientName());
        if (d.direction() == Direction.IMPORT) {
            own.add(d.parties().importer());
            own.add(d.parties().consignee());
            own.add(d.customs().importerEnglishName());
            return new org.tradedesk.clearance.domain.CrossDocumentChecks.KnownNames(own, List.of());
        }
        own.add(d.parties().exporter());
        return new org.tradedesk.clearance.domain.CrossDocumentChecks.KnownNames(List.of(), own);
    }

    /** The figures of the file's documents as the checks read them (typed by hand; a packing list's read from its CSV). */
    java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> figures(TransactionView view) {
        return withPackingLists(view, figures.figuresOf(view.id()));
    }

    /**
     * The figures captured by hand, plus those of each packing list read from a CSV ({@code InvoiceFormats.readPackingList})
     * that has none typed: its packages and gross mass (the rows' sums), net mass and quantity (the lines' sums) — so the
     * invoice-vs-packing-list checks run on an uploaded list. Figures typed by hand win.
     */
    static java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> withPackingLists(TransactionView view,
            java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> typed) {
        java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> out = new java.util.HashMap<>(typed);
        for (DocumentView d : view.documents()) {
            if (d.type() == DocumentType.PACKING_LIST && d.captured() != null && !out.containsKey(d.id())) {
                org.tradedesk.clearance.messages.CapturedInvoice c = d.captured();
                out.put(d.id(), new org.tradedesk.clearance.domain.DocumentFigures(c.packages(), c.grossMassKg(),
                        sum(c, org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine::netMassKg),
                        sum(c, org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine::quantity), null, null, null, null, List.of(),
                        org.tradedesk.clearance.domain.CrossDocumentChecks.quantityByUnit(c.lines())));
            }
        }
        return out;
    }

    private static java.math.BigDecimal sum(org.tradedesk.clearance.messages.CapturedInvoice c,
            java.util.function.Function<org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine, java.math.BigDecimal> f) {
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (var l : c.lines()) {
            if (f.apply(l) == null) {
                return null; // a partial sum would mislead
            }
            total = total.add(f.apply(l));
        }
        return c.lines().isEmpty() ? null : total;
    }

    /** The file's documents as the checks see them, by the typed id findings name them with. */
    public java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> documents(TransactionView view) {
        java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> captured = figures.figuresOf(view.id());
        java.util.Map<org.tradedesk.clearance.domain.DocumentId, CheckedFile.Document> out = new java.util.LinkedHashMap<>();
        view.documents().forEach(d -> {
            CheckedFile.Document c = checked(d, captured, view.positionOf(d.id()));
            out.put(c.ref().id(), c);
        });
        return out;
    }

    /** A document as the checks see it, with what the client knows it by (its date, its file's name). */
    static CheckedFile.Document checked(DocumentView doc, java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> captured) {
        return checked(doc, captured, 0);
    }

    /** As above, with the document's place in the file ({@link TransactionView#positionOf}) that names it without a number. */
    static CheckedFile.Document checked(DocumentView doc, java.util.Map<Long, org.tradedesk.clearance.domain.DocumentFigures> captured,
            int position) {
        org.tradedesk.clearance.domain.DocumentFigures f = captured.get(doc.id());
        return new CheckedFile.Document(doc.id(), doc.type().name(), doc.captured(), f == null ? null : f.issuedOn(),
                doc.hasFile() ? doc.fileName() : null, doc.sha256(), position);
    }

    /**
     * The tariff answers of one run of the checks: on the first question the codes of all the file's invoice lines are
     * looked up at once ({@link TariffCatalogue#lookups}: a few statements whatever the number of lines), and each code
     * and date is answered once — not two statements per line as when each line asked the catalogue.
     */
    static TariffValidity tariffOf(TariffCatalogue tariff, CheckedFile file) {
        java.util.Map<String, java.util.Optional<TariffCatalogue.Lookups>> read = new java.util.HashMap<>();
        java.util.Map<String, TariffValidity.Answer> answers = new java.util.HashMap<>();
        return (jurisdiction, code, date) -> {
            String key = jurisdiction + "\t" + code + "\t" + date;
            TariffValidity.Answer known = answers.get(key);
            if (known == null) {
                java.util.Optional<TariffCatalogue.Lookups> lookups = read.computeIfAbsent(jurisdiction,
                        j -> tariff.lookups(Jurisdiction.valueOf(j), codes(file)));
                known = answer(lookups, code, date);
                answers.put(key, known);
            }
            return known;
        };
    }

    /** The tariff codes of the file's invoice lines, as the checks ask for them. */
    private static java.util.Set<String> codes(CheckedFile file) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (CheckedFile.Document d : file.documents()) {
            if (d.invoice() != null) {
                d.invoice().lines().stream().map(org.tradedesk.clearance.messages.CapturedInvoice.CapturedLine::tariffCode)
                        .filter(c -> c != null && !c.isBlank()).forEach(c -> out.add(c.strip()));
            }
        }
        return out;
    }

    private static TariffValidity.Answer answer(java.util.Optional<TariffCatalogue.Lookups> lookups, String code, LocalDate date) {
        if (lookups.isEmpty()) {
            return TariffValidity.Answer.NO_DATA;
        }
        try {
            // the catalogue's lookup, not item(): item() is transactional and its not-found would mark this transaction rollback-only
            TariffLookup found = lookups.get().lookup(code, date);
            return found.measures().isEmpty() ? TariffValidity.Answer.NOT_IN_FORCE : TariffValidity.Answer.CURRENT;
        } catch (TariffItemNotFound | TariffCodeInvalid e) {
            return TariffValidity.Answer.UNKNOWN;
        }
    }
}
