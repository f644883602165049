package ai.treasurecoast.knowledge;

import java.util.List;

/**
 * What the search saw of one candidate item for one question, as the numbers {@link AnswerModel}
 * reads. All of them describe the match, not the words, so they mean the same in every workspace:
 *
 * <ul>
 *   <li>{@code coverage}: the share of the question's weight (idf times clause weight) the item's
 *       words contain, synonyms included;
 *   <li>{@code soft}: the same, with partial credit for a word the item does not contain but has a
 *       word close in meaning to;
 *   <li>{@code unknown}: the largest share held by one uncovered word no item of the workspace
 *       contains (an unknown subject: "do you do <em>nails</em>?");
 *   <li>{@code uncoveredKnown}: the share of uncovered words other items do contain (the question
 *       is about something else the business has);
 *   <li>{@code similarity}, {@code titleSimilarity}: closeness in meaning to the whole item and to
 *       its title alone;
 *   <li>{@code offerNamed}: 1 unless the question asks whether the business offers something the
 *       item does not name;
 *   <li>{@code faq}, {@code service}: the item's kind;
 *   <li>{@code terms}: how many terms the question has (up to 8, over 8);
 *   <li>{@code leadCoverage}, {@code leadSimilarity}, {@code leadTitleSimilarity}: how far ahead of
 *       the best other candidate the item is on each;
 *   <li>{@code bestCoverage}: 1 when no other candidate covers more of the question (a tie counts:
 *       an FAQ and the service it describes often both cover it all).
 * </ul>
 */
final class AnswerFeatures {

    static final List<String> NAMES = List.of(
            "coverage",
            "soft",
            "unknown",
            "uncoveredKnown",
            "similarity",
            "titleSimilarity",
            "offerNamed",
            "faq",
            "service",
            "terms",
            "leadCoverage",
            "leadSimilarity",
            "leadTitleSimilarity",
            "bestCoverage");

    private static final int MAX_TERMS = 8;

    /** The signals of one candidate before they are set against the others. */
    record Signals(
            double coverage,
            double soft,
            double unknown,
            double uncoveredKnown,
            double similarity,
            double titleSimilarity,
            boolean offerNamed,
            String type,
            int terms) {}

    private AnswerFeatures() {}

    /** The features of candidate {@code i} among {@code all}, in the order of {@link #NAMES}. */
    static double[] of(List<Signals> all, int i) {
        Signals s = all.get(i);
        double bestCoverage = Double.NEGATIVE_INFINITY;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        double bestTitle = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < all.size(); j++) {
            if (j != i) {
                bestCoverage = Math.max(bestCoverage, all.get(j).coverage());
                bestSimilarity = Math.max(bestSimilarity, all.get(j).similarity());
                bestTitle = Math.max(bestTitle, all.get(j).titleSimilarity());
            }
        }
        boolean alone = all.size() == 1;
        return new double[] {
            s.coverage(),
            s.soft(),
            s.unknown(),
            s.uncoveredKnown(),
            s.similarity(),
            s.titleSimilarity(),
            s.offerNamed() ? 1 : 0,
            "faq".equals(s.type()) ? 1 : 0,
            "service".equals(s.type()) ? 1 : 0,
            Math.min(s.terms(), MAX_TERMS) / (double) MAX_TERMS,
            alone ? s.coverage() : s.coverage() - bestCoverage,
            alone ? s.similarity() : s.similarity() - bestSimilarity,
            alone ? s.titleSimilarity() : s.titleSimilarity() - bestTitle,
            s.coverage() >= bestCoverage ? 1 : 0
        };
    }
}
