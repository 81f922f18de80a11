package org.tradedesk.tariff.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tradedesk.tariff.Jurisdiction;
import org.tradedesk.tariff.TariffLine;
import org.tradedesk.tariff.TariffSearchPage;
import org.tradedesk.tariff.persistence.TariffStore;

/**
 * In-memory Lucene index of each jurisdiction's active schedule: the code and all its prefixes (so
 * {@code 8703.23} and {@code 870323} find the lines below), the English text (English analyzer,
 * stemmed), the Chinese text (smartcn word segmentation), and the text of the ancestors with a low
 * weight so that "- Other" lines are found under "passenger motor vehicles". Rebuilt after each import.
 */
@Component
public class TariffSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(TariffSearchIndex.class);

    private record Snapshot(long version, IndexSearcher searcher) {
    }

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
        var active = store.activeVersion(jurisdiction);
        if (active.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<TariffStore.NodeRow> nodes = store.allNodes(active.get().id());
        Map<String, TariffStore.NodeRow> byCode = new HashMap<>();
        nodes.forEach(n -> byCode.put(n.line().code(), n));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (TariffStore.NodeRow n : nodes) {
                writer.addDocument(document(n.line(), byCode));
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            synchronized (snapshots) {
                snapshots.put(jurisdiction, new Snapshot(active.get().id(), searcher));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Tariff search index {} (version {}): {} lines in {} ms", jurisdiction, active.get().id(), nodes.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public boolean ready(Jurisdiction jurisdiction) {
        synchronized (snapshots) {
            return snapshots.containsKey(jurisdiction);
        }
    }

    private static Document document(TariffLine line, Map<String, TariffStore.NodeRow> byCode) {
        Document d = new Document();
        String code = line.code();
        d.add(new StringField("code", code, Field.Store.YES));
        d.add(new SortedDocValuesField("codeSort", new BytesRef(code)));
        for (int i = 2; i <= code.length(); i++) {
            d.add(new StringField("prefix", code.substring(0, i), Field.Store.NO));
        }
        d.add(new StoredField("level", line.level()));
        if (line.unit() != null) {
            d.add(new StoredField("unit", line.unit()));
        }
        if (line.descriptionEn() != null) {
            d.add(new TextField("en", line.descriptionEn(), Field.Store.YES));
        }
        if (line.descriptionZh() != null) {
            d.add(new TextField("zh", line.descriptionZh(), Field.Store.YES));
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
        d.add(new TextField("enContext", en.toString(), Field.Store.NO));
        d.add(new TextField("zhContext", zh.toString(), Field.Store.NO));
        return d;
    }

    /** Ranked hits: a code prefix gives the lines under it in code order; words give BM25 relevance. */
    public TariffSearchPage search(Jurisdiction jurisdiction, String query, int page, int size) {
        String q = query == null ? "" : query.trim();
        Snapshot snap;
        synchronized (snapshots) {
            snap = snapshots.get(jurisdiction);
        }
        if (snap == null || q.isEmpty()) {
            return new TariffSearchPage(jurisdiction, q, page, size, 0, List.of());
        }
        try {
            boolean codeQuery = q.matches("[\\d.\\s]+");
            Query lucene = codeQuery
                    ? new TermQuery(new Term("prefix", q.replaceAll("[.\\s]", "")))
                    : wordQuery(q);
            int wanted = (page + 1) * size;
            // One pass that both ranks and counts every hit (no second count query).
            TopDocs top;
            if (codeQuery) {
                TopFieldCollector collector = TopFieldCollector.create(
                        new Sort(new SortField("codeSort", SortField.Type.STRING)), wanted, Integer.MAX_VALUE);
                snap.searcher.search(lucene, collector);
                top = collector.topDocs();
            } else {
                TopScoreDocCollector collector = TopScoreDocCollector.create(wanted, Integer.MAX_VALUE);
                snap.searcher.search(lucene, collector);
                top = collector.topDocs();
            }
            long total = top.totalHits.value;
            List<TariffSearchPage.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = page * size; i < docs.length; i++) {
                Document d = snap.searcher.storedFields().document(docs[i].doc);
                String code = d.get("code");
                hits.add(new TariffSearchPage.Hit(new TariffLine(code, TariffStore.dotted(code), d.get("level"), d.get("en"),
                        d.get("zh"), d.get("unit")), Float.isNaN(docs[i].score) ? 0f : docs[i].score));
            }
            return new TariffSearchPage(jurisdiction, q, page, size, total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query wordQuery(String q) {
        String escaped = QueryParser.escape(q);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        add(b, "en", english, escaped, 3f);
        add(b, "zh", chinese, escaped, 3f);
        add(b, "enContext", english, escaped, 1f);
        add(b, "zhContext", chinese, escaped, 1f);
        return b.build();
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
