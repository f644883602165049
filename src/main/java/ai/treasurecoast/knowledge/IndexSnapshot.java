package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable, searchable view of one workspace's knowledge at one version. Safe to share
 * between threads: it is never changed after it is built.
 */
final class IndexSnapshot {

    private static final float TITLE_BOOST = 2.5f;
    private static final float SYNONYM_BOOST = 0.5f;
    private static final int CANDIDATES = 10;

    record Entry(String type, String id, String title, String text, Set<String> terms) {}

    final long version;
    final List<Entry> entries;
    final Map<String, Integer> docFreq = new HashMap<>();
    private final IndexSearcher searcher;

    IndexSnapshot(long version, List<Entry> entries, List<String[]> titleAndBody) {
        this.version = version;
        this.entries = entries;
        entries.forEach(e -> e.terms().forEach(t -> docFreq.merge(t, 1, Integer::sum)));
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Terms.ANALYZER))) {
                for (int i = 0; i < entries.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField("ord", i));
                    doc.add(new TextField("title", titleAndBody.get(i)[0], Field.Store.NO));
                    doc.add(new TextField("body", titleAndBody.get(i)[1], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<KnowledgeHit> search(String query, int limit) {
        Map<String, Double> queryTerms = Concepts.subjectTerms(query);
        if (queryTerms.isEmpty() || entries.isEmpty() || limit <= 0) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        queryTerms.forEach((t, weight) -> {
            float w = weight.floatValue();
            q.add(new BoostQuery(new TermQuery(new Term("title", t)), TITLE_BOOST * w), BooleanClause.Occur.SHOULD);
            q.add(new BoostQuery(new TermQuery(new Term("body", t)), w), BooleanClause.Occur.SHOULD);
            for (String alt : Synonyms.of(t)) {
                q.add(
                        new BoostQuery(new TermQuery(new Term("body", alt)), SYNONYM_BOOST * w),
                        BooleanClause.Occur.SHOULD);
                q.add(
                        new BoostQuery(new TermQuery(new Term("title", alt)), SYNONYM_BOOST * w),
                        BooleanClause.Occur.SHOULD);
            }
        });
        try {
            ScoreDoc[] docs = searcher.search(q.build(), Math.max(limit, CANDIDATES)).scoreDocs;
            if (docs.length == 0) {
                return List.of();
            }
            double top = docs[0].score;
            double totalIdf = queryTerms.entrySet().stream()
                    .mapToDouble(t -> idf(t.getKey()) * t.getValue())
                    .sum();
            List<KnowledgeHit> hits = new ArrayList<>();
            for (ScoreDoc d : docs) {
                Entry e = entries.get(searcher.storedFields()
                        .document(d.doc)
                        .getField("ord")
                        .numericValue()
                        .intValue());
                double covered = queryTerms.entrySet().stream()
                        .filter(t -> covers(e.terms(), t.getKey()))
                        .mapToDouble(t -> idf(t.getKey()) * t.getValue())
                        .sum();
                double coverage = totalIdf == 0 ? 0 : covered / totalIdf;
                double confidence = Math.min(1.0, coverage * (0.9 + 0.1 * d.score / top));
                hits.add(new KnowledgeHit(e.type(), e.id(), e.title(), e.text(), d.score, coverage, confidence));
            }
            hits.sort(Comparator.comparingDouble(KnowledgeHit::confidence)
                    .thenComparingDouble(KnowledgeHit::score)
                    .reversed());
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean covers(Set<String> itemTerms, String term) {
        if (itemTerms.contains(term)) {
            return true;
        }
        for (String alt : Synonyms.of(term)) {
            if (itemTerms.contains(alt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * BM25's idf; a term no item contains weighs the most, so unknown subjects pull coverage down. A
     * term with a synonym the items do contain weighs as that synonym.
     */
    double idf(String term) {
        int n = entries.size();
        int df = docFreq.getOrDefault(term, 0);
        for (String alt : Synonyms.of(term)) {
            df = Math.max(df, docFreq.getOrDefault(alt, 0));
        }
        if (df == 0) {
            return EverydayWords.share(term) * Math.log(1 + (n + 0.5) / 0.5);
        }
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
