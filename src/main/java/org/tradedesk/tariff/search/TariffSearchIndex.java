package org.tradedesk.tariff.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffSearchPage;
import org.tradedesk.tariff.domain.HsTitles;
import org.tradedesk.tariff.persistence.TariffStore;

/**
 * In-memory search of each jurisdiction's active schedule. A code prefix ({@code 8703.23},
 * {@code 870323}) is a range of the code-ordered line table. Words go to a Lucene index of the
 * English text (English analyzer, stemmed), the Chinese text (smartcn word segmentation), and the
 * text of the ancestors with a low weight so that "- Other" lines are found under "passenger motor
 * vehicles". Rebuilt after each import.
 */
@Component
public class TariffSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(TariffSearchIndex.class);

    /**
     * One jurisdiction's searchable schedule. {@code lines[doc]} is the line of Lucene document
     * {@code doc}; documents are added in code order, so the same array, binary-searched, answers a
     * code prefix without Lucene, and a word hit becomes a line without decoding stored fields.
     */
    private record Snapshot(long version, IndexSearcher searcher, TariffLine[] lines, boolean hasChinese) {
    }

    private final HsTitles hsTitles = HsTitles.bundled();

    private final TariffStore store;
    private final Map<Jurisdiction, Snapshot> snapshots = new EnumMap<>(Jurisdiction.class);
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(english,
            Map.of("zh", chinese, "zhContext", chinese));

    public TariffSearchIndex(TariffStore store) {
        this.store = store;
    }

    /** Reads the active schedule of {@code jurisdiction} into a fresh index and swaps it in. */
    public void rebuild(Jurisdiction jurisdiction) {
        synchronized (rebuilding(jurisdiction)) {
            rebuildNow(jurisdiction);
        }
    }

    private void rebuildNow(Jurisdiction jurisdiction) {
        // as the database has it now, not the lookups' cached answer: the version switched a moment ago
        var active = store.activeVersionNow(jurisdiction);
        if (active.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<TariffStore.NodeRow> nodes = new ArrayList<>(store.allNodes(active.get().id()));
        nodes.sort(Comparator.comparing(n -> n.line().code()));
        TariffLine[] lines = new TariffLine[nodes.size()];
        Map<String, TariffStore.NodeRow> byCode = new HashMap<>();
        nodes.forEach(n -> byCode.put(n.line().code(), n));
        boolean hasChinese = nodes.stream().anyMatch(n -> n.line().descriptionZh() != null);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < nodes.size(); i++) {
                lines[i] = nodes.get(i).line();
                writer.addDocument(document(lines[i], byCode, hasChinese ? null : hsTitles));
            }
            // One segment keeps document numbers equal to the positions in lines[].
            writer.forceMerge(1);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            if (searcher.getIndexReader().maxDoc() != lines.length) {
                throw new IllegalStateException("search index and line table differ in size");
            }
            synchronized (snapshots) {
                snapshots.put(jurisdiction, new Snapshot(active.get().id(), searcher, lines, hasChinese));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Tariff search index {} (version {}): {} lines in {} ms", jurisdiction, active.get().id(), nodes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The data version the search of {@code jurisdiction} answers from, if it has an index. */
    public java.util.Optional<Long> indexedVersion(Jurisdiction jurisdiction) {
        synchronized (snapshots) {
            Snapshot snap = snapshots.get(jurisdiction);
            return snap == null ? java.util.Optional.empty() : java.util.Optional.of(snap.version());
        }
    }

    /**
     * Rebuilds the index if the database's active version is not the one indexed: an import on
     * another instance switched it. True if it rebuilt. One rebuild at a time per index.
     */
    public boolean refreshIfStale(Jurisdiction jurisdiction) {
        synchronized (rebuilding(jurisdiction)) {
            java.util.Optional<Long> active = store.activeVersionNow(jurisdiction).map(v -> v.id());
            if (active.isEmpty() || active.equals(indexedVersion(jurisdiction))) {
                return false;
            }
            rebuild(jurisdiction);
            return true;
        }
    }

    private final Map<Jurisdiction, Object> rebuildLocks = new java.util.concurrent.ConcurrentHashMap<>();

    private Object rebuilding(Jurisdiction jurisdiction) {
        return rebuildLocks.computeIfAbsent(jurisdiction, j -> new Object());
    }

    public boolean ready(Jurisdiction jurisdiction) {
        synchronized (snapshots) {
            return snapshots.containsKey(jurisdiction);
        }
    }

    /**
     * {@code crosswalk} is given for a schedule published without Chinese: its lines get the Chinese HS
     * titles of their chapter, heading and subheading as context, so 啤酒 finds Australia's 2203 lines.
     */
    private static Document document(TariffLine line, Map<String, TariffStore.NodeRow> byCode, HsTitles crosswalk) {
        Document d = new Document();
        String code = line.code();
        if (line.descriptionEn() != null) {
            d.add(new TextField("en", line.descriptionEn(), Field.Store.NO));
        }
        if (line.descriptionZh() != null) {
            d.add(new TextField("zh", line.descriptionZh(), Field.Store.NO));
        }
        if (repeatsItsParent(line, byCode)) {
            d.add(new org.apache.lucene.document.StringField("repeat", "1", Field.Store.NO));
        }
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (int len = code.length() - 1; len >= 2; len--) {
            TariffStore.NodeRow parent = byCode.get(code.substring(0, len));
            if (parent != null) {
                if (parent.line().descriptionEn() != null) {
                    en.append(parent.line().descriptionEn()).append(' ');
                }
                if (parent.line().descriptionZh() != null) {
                    zh.append(parent.line().descriptionZh()).append(' ');
                }
            }
        }
        if (crosswalk != null) {
            zh.append(crosswalk.chineseAbove(code));
        }
        d.add(new TextField("enContext", en.toString(), Field.Store.NO));
        d.add(new TextField("zhContext", zh.toString(), Field.Store.NO));
        return d;
    }

    /**
     * A statistical line that only repeats its item's description (Australia: "2307.00.00.21 WINE LEES
     * ARGOL" under "2307.00.00 WINE LEES ARGOL") would take a second place in a word search for the
     * same thing; the item is shown, and its page lists the statistical lines.
     */
    private static boolean repeatsItsParent(TariffLine line, Map<String, TariffStore.NodeRow> byCode) {
        String code = line.code();
        for (int len = code.length() - 1; len >= 2; len--) {
            TariffStore.NodeRow parent = byCode.get(code.substring(0, len));
            if (parent != null) {
                return plain(line.descriptionEn()).equals(plain(parent.line().descriptionEn()))
                        && plain(line.descriptionZh()).equals(plain(parent.line().descriptionZh()));
            }
        }
        return false;
    }

    private static String plain(String description) {
        return description == null ? "" : description.replaceFirst("^[-\\s]+", "").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Ranked hits: a code prefix gives the lines under it in code order; words give BM25 relevance. */
    public TariffSearchPage search(Jurisdiction jurisdiction, String query, int page, int size) {
        String q = query == null ? "" : query.trim();
        Snapshot snap;
        synchronized (snapshots) {
            snap = snapshots.get(jurisdiction);
        }
        if (q.isEmpty()) {
            return new TariffSearchPage(jurisdiction, q, page, size, 0, List.of(), null);
        }
        if (snap == null) {
            // imported but not indexed yet (the index is built just after an import and at start-up)
            String why = store.activeVersion(jurisdiction).isPresent() ? TariffSearchPage.INDEXING : TariffSearchPage.NO_DATA;
            return new TariffSearchPage(jurisdiction, q, page, size, 0, List.of(), why);
        }
        if (CODE_QUERY.matcher(q).matches()) {
            TariffSearchPage found = byCodePrefix(snap, jurisdiction, q, page, size);
            String digits = org.tradedesk.shared.HsCode.digitsOf(q);
            if (found.total() == 0 && digits.length() == 11) {
                // Taiwan's printed 0902.10.00.00-4 with another last digit: the line of the first ten, and the right digit
                TariffSearchPage line = byCodePrefix(snap, jurisdiction, digits.substring(0, 10), page, size);
                if (line.total() == 1 && line.hits().get(0).line().code().length() == 11) {
                    return new TariffSearchPage(jurisdiction, q, page, size, 1, line.hits(), null)
                            .withCheckDigitOf(line.hits().get(0).line().code());
                }
            }
            return found;
        }
        if (!snap.hasChinese() && CJK.matcher(q).find() && !LATIN.matcher(q).find()) {
            TariffSearchPage found = chineseWithoutChineseText(snap, jurisdiction, q, page, size);
            return found.total() > 0 ? found
                    : new TariffSearchPage(jurisdiction, q, page, size, 0, List.of(), TariffSearchPage.NO_CHINESE_TEXT);
        }
        return byWords(snap, jurisdiction, q, page, size);
    }

    /**
     * A schedule without Chinese text searched in Chinese: first the lines under the HS subheadings that
     * Taiwan's lines matching the words name (the most specific answer), then the lines whose chapter,
     * heading or subheading title in the bundled HS titles has the words, each line once.
     */
    private TariffSearchPage chineseWithoutChineseText(Snapshot snap, Jurisdiction jurisdiction, String q, int page, int size) {
        java.util.LinkedHashMap<String, TariffSearchPage.Hit> all = new java.util.LinkedHashMap<>();
        viaTaiwanChinese(snap, q).forEach(h -> all.putIfAbsent(h.line().code(), h));
        try {
            TopScoreDocCollector collector = TopScoreDocCollector.create(Math.max(1, Math.min(snap.lines().length, 5000)), Integer.MAX_VALUE);
            snap.searcher().search(wordQuery(q), collector);
            for (ScoreDoc d : collector.topDocs().scoreDocs) {
                TariffLine line = snap.lines()[d.doc];
                all.putIfAbsent(line.code(), new TariffSearchPage.Hit(line, d.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TariffSearchPage.Hit> hits = new ArrayList<>(all.values());
        int from = Math.min(hits.size(), page * size);
        return new TariffSearchPage(jurisdiction, q, page, size, hits.size(), hits.subList(from, Math.min(hits.size(), from + size)));
    }

    private static final int CROSSWALK_HITS = 50;

    /**
     * A schedule without Chinese descriptions (Australia's) is searched in Chinese through Taiwan's:
     * the first six digits of a code are the Harmonized System's, the same in both schedules, so the
     * Taiwan lines that match the words name the HS subheadings, and this schedule's lines under those
     * subheadings are the answer, in the order of the Taiwan ranking, then by code. Only a Taiwan line's own words
     * count here, not its chapter's: chapter 9 is 「咖啡、茶、馬黛茶及香辛料」, and a tea line found for 咖啡 through that
     * title would put tea before coffee (the HS titles below find coffee by its own heading).
     */
    private List<TariffSearchPage.Hit> viaTaiwanChinese(Snapshot snap, String q) {
        Snapshot taiwan;
        synchronized (snapshots) {
            taiwan = snapshots.get(Jurisdiction.TW);
        }
        if (taiwan == null || taiwan == snap) {
            return List.of();
        }
        try {
            TopScoreDocCollector collector = TopScoreDocCollector.create(CROSSWALK_HITS, CROSSWALK_HITS);
            taiwan.searcher().search(ownChineseWords(q), collector);
            java.util.LinkedHashMap<String, Float> subheadings = new java.util.LinkedHashMap<>();
            for (ScoreDoc d : collector.topDocs().scoreDocs) {
                String code = taiwan.lines()[d.doc].code();
                if (code.length() >= 6) {
                    subheadings.putIfAbsent(code.substring(0, 6), d.score);
                }
            }
            List<TariffSearchPage.Hit> all = new ArrayList<>();
            subheadings.forEach((hs6, score) -> {
                int[] range = range(snap.lines(), hs6);
                for (int i = range[0]; i < range[1]; i++) {
                    all.add(new TariffSearchPage.Hit(snap.lines()[i], score));
                }
            });
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A code as typed or printed: digits (also full-width), dots, spaces, dashes (Taiwan's 0902.10.00.00-4). */
    private static final Pattern CODE_QUERY = Pattern.compile("[0-9\\uFF10-\\uFF19][0-9\\uFF10-\\uFF19.\\uFF0E\\s\\u3000\\u00A0\\-\\u2010\\u2011\\u2013\\u2212\\uFF0D]*");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    /** The lines whose code starts with the digits: a range of the code-ordered table (two binary searches). */
    private static TariffSearchPage byCodePrefix(Snapshot snap, Jurisdiction jurisdiction, String q, int page, int size) {
        String prefix = org.tradedesk.shared.HsCode.digitsOf(q);
        TariffLine[] lines = snap.lines();
        int[] range = range(lines, prefix);
        int from = range[0];
        int to = range[1];
        List<TariffSearchPage.Hit> hits = new ArrayList<>();
        for (int i = from + page * size; i < Math.min(to, from + (page + 1) * size); i++) {
            hits.add(new TariffSearchPage.Hit(lines[i], 0f));
        }
        return new TariffSearchPage(jurisdiction, q, page, size, to - from, hits);
    }

    /** [first, end) of the lines whose code starts with {@code prefix} in the code-ordered table. */
    private static int[] range(TariffLine[] lines, String prefix) {
        // '\uffff' sorts after every digit, so the end is the first code that no longer starts with the prefix
        return new int[] {firstAtOrAfter(lines, prefix), firstAtOrAfter(lines, prefix + '\uffff')};
    }

    private static int firstAtOrAfter(TariffLine[] lines, String code) {
        int low = 0;
        int high = lines.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lines[mid].code().compareTo(code) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private TariffSearchPage byWords(Snapshot snap, Jurisdiction jurisdiction, String q, int page, int size) {
        try {
            int wanted = (page + 1) * size;
            // One pass that both ranks and counts every hit (no second count query).
            TopScoreDocCollector collector = TopScoreDocCollector.create(wanted, Integer.MAX_VALUE);
            snap.searcher().search(wordQuery(q), collector);
            TopDocs top = collector.topDocs();
            List<TariffSearchPage.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = page * size; i < docs.length; i++) {
                hits.add(new TariffSearchPage.Hit(snap.lines()[docs[i].doc], Float.isNaN(docs[i].score) ? 0f : docs[i].score));
            }
            return new TariffSearchPage(jurisdiction, q, page, size, top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query wordQuery(String q) {
        String escaped = QueryParser.escape(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // Chinese word segmentation of a Latin-only query finds nothing the English fields would not,
        // and the other way round; skipping the other script's fields halves the work of a query.
        boolean han = CJK.matcher(q).find();
        boolean latinOrDigits = !han || LATIN.matcher(q).find() || q.chars().anyMatch(Character::isDigit);
        if (latinOrDigits) {
            add(b, "en", english, escaped, 3f);
            // the ancestors' words count for two thirds of the line's own: "Grape wine" under "Wine of fresh
            // grapes" is what a search for wine means, more than "Wine lees" under food-industry residues
            add(b, "enContext", english, escaped, 2f);
        }
        if (han) {
            add(b, "zh", chinese, escaped, 3f);
            add(b, "zhContext", chinese, escaped, 2f);
        }
        BooleanQuery.Builder withoutRepeats = new BooleanQuery.Builder();
        withoutRepeats.add(b.build(), BooleanClause.Occur.MUST);
        withoutRepeats.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("repeat", "1")),
                BooleanClause.Occur.MUST_NOT);
        return withoutRepeats.build();
    }

    /** The Chinese words in a line's own description only (its ancestors' titles left out). */
    private Query ownChineseWords(String q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, "zh", chinese, QueryParser.escape(q), 1f);
        BooleanQuery.Builder withoutRepeats = new BooleanQuery.Builder();
        withoutRepeats.add(b.build(), BooleanClause.Occur.MUST);
        withoutRepeats.add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("repeat", "1")),
                BooleanClause.Occur.MUST_NOT);
        return withoutRepeats.build();
    }

    private static void add(BooleanQuery.Builder b, String field, Analyzer analyzer, String text, float boost) {
        try {
            Query q = new QueryParser(field, analyzer).parse(text);
            b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        } catch (ParseException e) {
            // An escaped query that still fails to parse (e.g. only stop words) contributes nothing.
        }
    }
}
