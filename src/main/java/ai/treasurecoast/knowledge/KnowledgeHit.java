package ai.treasurecoast.knowledge;

/**
 * One search result. {@code type} is faq, article, service or hours; {@code id} the item's id (for
 * an article passage, the article's id); {@code text} the answer, passage or service facts.
 * {@code score} is the raw BM25 score; {@code coverage} the IDF-weighted share of the query's
 * terms this hit contains (0..1); {@code confidence} (0..1) combines them with how close the hit is
 * in meaning (word vectors) and is what callers
 * threshold: at or above {@link KnowledgeBase#ANSWERABLE} the knowledge answers the question.
 */
public record KnowledgeHit(
        String type, String id, String title, String text, double score, double coverage, double confidence) {}
