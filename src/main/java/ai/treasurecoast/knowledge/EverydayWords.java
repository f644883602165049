package ai.treasurecoast.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How ordinary a word is in everyday English. A question word that no item of the workspace uses
 * either names a subject the knowledge does not cover ("implants", "sushi") or is everyday
 * phrasing ("until", "happen", "show up"); only the first should pull confidence down. The
 * frequency ranks come from a corpus of conversational English (resource
 * {@code knowledge/everyday-words.txt}), so this holds for any business, not for the demo data.
 */
final class EverydayWords {

    private static final int VERY_COMMON = 1000;
    private static final double VERY_COMMON_SHARE = 0.3;
    private static final double COMMON_SHARE = 0.6;
    private static final Map<String, Integer> RANKS = load();

    private EverydayWords() {}

    /** Is the stemmed word among the thousand most common ("put", "new", "one")? */
    static boolean veryCommon(String stemmedTerm) {
        Integer rank = RANKS.get(stemmedTerm);
        return rank != null && rank <= VERY_COMMON;
    }

    /** The share (0..1] of its full weight that a word unknown to the workspace keeps. */
    static double share(String stemmedTerm) {
        Integer rank = RANKS.get(stemmedTerm);
        if (rank == null && stemmedTerm.chars().allMatch(Character::isDigit)) {
            // "my 60 pound lab", "a party of 70": numbers the items do not use are context.
            return VERY_COMMON_SHARE;
        }
        if (rank == null) {
            return 1.0;
        }
        return rank <= VERY_COMMON ? VERY_COMMON_SHARE : COMMON_SHARE;
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> ranks = new HashMap<>();
        try (InputStream in = EverydayWords.class.getResourceAsStream("/knowledge/everyday-words.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int rank = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rank++;
                for (String stem : Terms.of(line.strip())) {
                    ranks.putIfAbsent(stem, rank);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(ranks);
    }
}
