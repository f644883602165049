package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private static final int MEANING_CANDIDATES = 5;
    // Set on the development set: any pair between 0.4-0.6 and 0.7-1.0 did within a question or two.
    private static final double CLOSE_FROM = 0.5;
    private static final double CLOSE_TO = 0.9;
    // Close to answering, so a clarifying question still names the item, but never an answer.
    private static final double UNCONFIRMED_OFFER = 0.5;
    // An item that shares little in words or meaning with the question never answers it, however far
    // it leads the others ("how much is teeth whitening?" in a law firm's two items: "free" is a
    // price word). No right answer of the training sets was that weak on all three.
    private static final double WEAK = 0.3;
    private static final double WEAK_MATCH = 0.1;

    /**
     * One searchable item: its analysed terms, whether it is an FAQ asking how long something takes
     * (which answers only that: "How long does a divorce take?" is no answer to "do you do
     * divorces?"), whether its title tells what follows a treatment (downtime, recovery: no answer
     * to how long the visit takes), the vectors ({@link WordVectors}) of its whole text and of its
     * title, and those of its distinct words.
     */
    record Entry(
            String type,
            String id,
            String title,
            String text,
            Set<String> terms,
            Set<String> titleTerms,
            boolean titleAsksHowLong,
            boolean titleTellsWhatFollows,
            float[] meaning,
            float[] titleMeaning,
            List<float[]> wordMeanings) {}

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:am|pm|th|st|nd|rd|s)?");
    private static final String SELF_PAY =
            Terms.of(Concepts.SELF_PAY).iterator().next();
    private static final String URGENT = Terms.of(Concepts.URGENT).iterator().next();

    final long version;
    final List<Entry> entries;
    final Map<String, Integer> docFreq = new HashMap<>();
    private final IndexSearcher searcher;
    private final Spelling spelling;
    private final Set<String> offeringTerms;
    private final WorkspaceSynonyms synonyms;
    private final Set<String> titled;

    IndexSnapshot(long version, String industry, List<Entry> entries, List<String[]> titleAndBody) {
        this.version = version;
        this.synonyms = new WorkspaceSynonyms(industry);
        this.titled = entries.stream().flatMap(e -> e.titleTerms().stream()).collect(Collectors.toUnmodifiableSet());
        this.entries = entries;
        entries.forEach(e -> e.terms().forEach(t -> docFreq.merge(t, 1, Integer::sum)));
        offeringTerms = entries.stream()
                .filter(e -> "service".equals(e.type()))
                .flatMap(e -> Terms.of(e.title()).stream())
                // "Botox", "HydraFacial": not "emergency", "visit" or "system", which any item may say.
                .filter(t -> EverydayWords.share(t) == 1.0)
                .collect(Collectors.toUnmodifiableSet());
        spelling = new Spelling(
                entries.stream().map(e -> e.title() + " " + e.text()).toList(), this::known);
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

    /**
     * The best items for a question, by confidence: the probability {@link AnswerModel} gives that
     * the item answers it, from how well their words and meanings match ({@link AnswerFeatures}).
     * Callers compare it with {@link KnowledgeIndex#ANSWERABLE}.
     */
    List<KnowledgeHit> search(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Candidate> candidates = candidates(query);
        List<KnowledgeHit> hits = new ArrayList<>();
        for (Candidate c : candidates) {
            Entry e = entries.get(c.ord());
            double confidence = AnswerModel.probability(c.features());
            if (!c.offerNamed()) {
                confidence = Math.min(confidence, UNCONFIRMED_OFFER);
            }
            if (c.weak()) {
                confidence = Math.min(confidence, WEAK_MATCH);
            }
            if (c.tellsWhatFollows()) {
                confidence = Math.min(confidence, WEAK_MATCH);
            }
            if (c.answersHowLongOnly()) {
                confidence = Math.min(confidence, UNCONFIRMED_OFFER);
            }
            hits.add(new KnowledgeHit(e.type(), e.id(), e.title(), e.text(), c.score(), c.coverage(), confidence));
        }
        hits.sort(Comparator.comparingDouble(KnowledgeHit::confidence)
                .thenComparingDouble(KnowledgeHit::score)
                .reversed());
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    /** One item the search considered for a question, with what it saw of the match. */
    record Candidate(
            int ord,
            double score,
            double coverage,
            boolean offerNamed,
            boolean weak,
            boolean answersHowLongOnly,
            boolean tellsWhatFollows,
            double[] features) {}

    /** The items worth scoring for a question: the best word matches and the closest in meaning. */
    List<Candidate> candidates(String question) {
        if (question == null || question.isBlank() || entries.isEmpty()) {
            return List.of();
        }
        String query = corrected(question);
        Map<String, Double> queryTerms = queryTerms(query);
        if (Concepts.WORDS.containsAll(queryTerms.keySet())) {
            // Only filler or a bare concept ("ok", "how much is it?"): no subject to look for.
            return List.of();
        }
        Map<Integer, Float> bm25 = wordMatches(queryTerms);
        float[] meaning = WordVectors.of(Phrases.apply(query));
        Set<Integer> ordinals = new LinkedHashSet<>(bm25.keySet());
        ordinals.addAll(closestInMeaning(meaning));
        // Whether something is offered is judged on the visitor's own words, never on a correction.
        Set<String> offerObject = Concepts.offerObject(question);
        boolean asksHowLong = Concepts.asksDuration(query);
        // "How long does a HydraFacial take?" asks the length of the visit: "Is there downtime after a
        // HydraFacial?" tells what follows it, another length.
        boolean asksHowLongItTakes = Concepts.asksHowLongItTakes(query);
        Map<String, float[]> termMeanings = WordVectors.ofTerms(Concepts.question(query));
        Map<String, Double> shares = new LinkedHashMap<>();
        queryTerms.forEach((t, clause) -> shares.put(t, weight(t, clause)));
        double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        shares.replaceAll((t, w) -> total == 0 ? 0 : w / total);
        List<Integer> order = List.copyOf(ordinals);
        List<AnswerFeatures.Signals> signals = new ArrayList<>();
        // Items share words (the same vector instance per word): each pair is compared once.
        Map<float[], Map<float[], Double>> compared = new IdentityHashMap<>();
        for (int ord : order) {
            Entry e = entries.get(ord);
            // Offers are judged on the written synonyms alone: a learned pair ("diabetic" for a vet's
            // boarding) tells what an item is about, not that the business offers what was asked.
            boolean offerNamed = offerObject.stream().allMatch(t -> covers(e.terms(), t));
            signals.add(signals(e, shares, termMeanings, meaning, offerNamed, compared));
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            AnswerFeatures.Signals s = signals.get(i);
            int ord = order.get(i);
            Entry e = entries.get(ord);
            out.add(new Candidate(
                    ord,
                    bm25.getOrDefault(ord, 0f),
                    s.coverage(),
                    s.offerNamed(),
                    s.soft() < WEAK && s.similarity() < WEAK && s.titleSimilarity() < WEAK,
                    e.titleAsksHowLong() && !asksHowLong,
                    e.titleTellsWhatFollows() && asksHowLongItTakes,
                    AnswerFeatures.of(signals, i)));
        }
        return out;
    }

    /** The subject terms of a corrected question with their clause weights, less what tells no item apart. */
    Map<String, Double> queryTerms(String query) {
        Map<String, Double> queryTerms = Concepts.subjectTerms(query);
        // Self-pay or urgency where no item of this workspace says it ("I don't have insurance on my boat" at an
        // insurance agency) tells its items apart no better than silence.
        queryTerms.keySet().removeIf(t -> (t.equals(SELF_PAY) || t.equals(URGENT)) && !docFreq.containsKey(t));
        // So do numbers and times no item has: a car's year, a party of 10, "how much 4 an oil change",
        // "after the 6am class".
        queryTerms.keySet().removeIf(t -> NUMBER.matcher(t).matches() && !docFreq.containsKey(t));
        return queryTerms;
    }

    /** How one item matches a question whose terms hold these shares of its weight. */
    private AnswerFeatures.Signals signals(
            Entry e,
            Map<String, Double> shares,
            Map<String, float[]> termMeanings,
            float[] meaning,
            boolean offerNamed,
            Map<float[], Map<float[], Double>> compared) {
        double covered = 0, soft = 0, unknown = 0, uncoveredKnown = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            String term = share.getKey();
            if (synonyms.covers(e, term)) {
                covered += share.getValue();
                soft += share.getValue();
            } else {
                soft += share.getValue() * closeness(termMeanings.get(term), e, compared);
                if (known(term)) {
                    uncoveredKnown += share.getValue();
                } else {
                    unknown = Math.max(unknown, share.getValue());
                }
            }
        }
        return new AnswerFeatures.Signals(
                covered,
                soft,
                unknown,
                uncoveredKnown,
                WordVectors.similarity(meaning, e.meaning()),
                WordVectors.similarity(meaning, e.titleMeaning()),
                offerNamed,
                e.type(),
                shares.size());
    }

    /** The words of the services' names that name what the business offers, not everyday words. */
    Set<String> offeringTerms() {
        return offeringTerms;
    }

    /** The question with slips put right from this workspace's own words ({@link Spelling}). */
    String corrected(String question) {
        return spelling.correct(question);
    }

    /** Does some item of this workspace contain the term or one of its synonyms? */
    boolean known(String term) {
        return docFreq.containsKey(term)
                || Synonyms.of(term).stream().anyMatch(docFreq::containsKey)
                // A learned pair counts only in titles, so only a title makes its word known.
                || synonyms.learned(term).stream().anyMatch(titled::contains);
    }

    /**
     * Partial credit (0..1) for a question word an item does not contain: how close in meaning the
     * item's nearest word is, from {@value #CLOSE_FROM} (nothing) to {@value #CLOSE_TO} (full).
     */
    private static double closeness(float[] word, Entry e, Map<float[], Map<float[], Double>> compared) {
        if (word == null) {
            return 0;
        }
        Map<float[], Double> known = compared.computeIfAbsent(word, w -> new IdentityHashMap<>());
        double best = 0;
        for (float[] other : e.wordMeanings()) {
            Double similarity = known.get(other);
            if (similarity == null) {
                similarity = WordVectors.similarity(word, other);
                known.put(other, similarity);
            }
            best = Math.max(best, similarity);
        }
        return Math.max(0, Math.min(1, (best - CLOSE_FROM) / (CLOSE_TO - CLOSE_FROM)));
    }

    /** Entry ordinal to BM25 score for the best word matches. */
    private Map<Integer, Float> wordMatches(Map<String, Double> queryTerms) {
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
            for (String alt : synonyms.learned(t)) {
                q.add(
                        new BoostQuery(new TermQuery(new Term("title", alt)), SYNONYM_BOOST * w),
                        BooleanClause.Occur.SHOULD);
            }
        });
        try {
            Map<Integer, Float> scores = new LinkedHashMap<>();
            for (ScoreDoc d : searcher.search(q.build(), CANDIDATES).scoreDocs) {
                int ord = searcher.storedFields()
                        .document(d.doc)
                        .getField("ord")
                        .numericValue()
                        .intValue();
                scores.put(ord, d.score);
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ordinals of the entries closest in meaning to the question (a few, in no order). */
    private List<Integer> closestInMeaning(float[] meaning) {
        int[] best = new int[Math.min(MEANING_CANDIDATES, entries.size())];
        double[] bestSimilarity = new double[best.length];
        java.util.Arrays.fill(bestSimilarity, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < entries.size(); i++) {
            double similarity = WordVectors.similarity(meaning, entries.get(i).meaning());
            int weakest = 0;
            for (int j = 1; j < best.length; j++) {
                if (bestSimilarity[j] < bestSimilarity[weakest]) {
                    weakest = j;
                }
            }
            if (similarity > bestSimilarity[weakest]) {
                best[weakest] = i;
                bestSimilarity[weakest] = similarity;
            }
        }
        List<Integer> ordinals = new ArrayList<>();
        for (int j = 0; j < best.length; j++) {
            if (bestSimilarity[j] > Double.NEGATIVE_INFINITY) {
                ordinals.add(best[j]);
            }
        }
        return ordinals;
    }

    /**
     * A query term's weight: its idf times its clause weight; in the scene-setting clauses an
     * everyday word ("going out of town for a week") also counts only its everyday share.
     */
    private double weight(String term, double clauseWeight) {
        double w = idf(term) * clauseWeight;
        return clauseWeight < 1 && docFreq.containsKey(term) ? w * EverydayWords.share(term) : w;
    }

    /** Does an item of these terms have the term or one of its written synonyms? */
    static boolean covers(Set<String> itemTerms, String term) {
        return itemTerms.contains(term) || Synonyms.of(term).stream().anyMatch(itemTerms::contains);
    }

    /**
     * BM25's idf; a term no item contains weighs the most, so unknown subjects pull coverage down. A
     * term with a synonym the items do contain weighs as that synonym.
     */
    double idf(String term) {
        int n = entries.size();
        int df = Stream.of(Set.of(term), Synonyms.of(term), synonyms.learned(term))
                .flatMap(Set::stream)
                .mapToInt(t -> docFreq.getOrDefault(t, 0))
                .max()
                .orElse(0);
        if (df == 0) {
            return EverydayWords.share(term) * Math.log(1 + (n + 0.5) / 0.5);
        }
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
