package ai.treasurecoast.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a misspelt word of a question right when the workspace's own knowledge has a word one
 * keystroke away ("white fillng" and "Tooth-colored filling", "lazer" and "Laser hair removal").
 * Visitors type on phones; a word no item contains would otherwise count against every item as an
 * unknown subject. The correction only helps the search find items: whether the business offers
 * what was named is still judged on the visitor's own words, so a real word the knowledge lacks
 * ("medicaid") never becomes one it has ("medicare").
 */
final class Spelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    // Below five letters a single slip turns one real word into another ("lab", "lap", "tab").
    private static final int SHORTEST = 5;
    // Two slips only in long words, where two edits rarely reach another real word.
    private static final int TWO_SLIPS_FROM = 9;
    // A message is a few sentences; a wall of unknown words is not worth correcting word by word.
    private static final int MOST_CORRECTED = 20;

    // The knowledge's words by first letter, each with how often it occurs: the commoner wins a tie.
    private final Map<Character, List<Map.Entry<String, Integer>>> byFirstLetter = new HashMap<>();
    private final Set<String> words;
    private final Predicate<String> knownTerm;

    /** {@code knownTerm}: whether an analysed term is one the knowledge has, directly or by a synonym. */
    Spelling(Iterable<String> texts, Predicate<String> knownTerm) {
        this.knownTerm = knownTerm;
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        words = Set.copyOf(counts.keySet());
        counts.entrySet().stream()
                .filter(e -> e.getKey().length() >= SHORTEST)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byFirstLetter
                        .computeIfAbsent(e.getKey().charAt(0), c -> new ArrayList<>())
                        .add(Map.entry(e.getKey(), e.getValue())));
    }

    /** The text with each word that is neither in the knowledge nor a known word put right, where one is near. */
    String correct(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int corrected = 0;
        while (m.find() && corrected < MOST_CORRECTED) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fix = isSlip(word) ? nearest(word) : null;
            if (fix != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(fix));
                corrected++;
            }
        }
        if (corrected == 0) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private boolean isSlip(String word) {
        return word.length() >= SHORTEST
                && !words.contains(word)
                && !WordVectors.isWord(word)
                && !Terms.of(word).stream().allMatch(knownTerm);
    }

    /** The commonest knowledge word the fewest edits away, within the slips allowed; null when none. */
    private String nearest(String word) {
        int allowed = word.length() >= TWO_SLIPS_FROM ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        // Slips rarely change the first letter, and a guess that does is more often wrong.
        for (Map.Entry<String, Integer> known : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            String candidate = known.getKey();
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int d = distance(word, candidate, allowed);
            // Sorted commonest first, so the first at a distance keeps it.
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edits (insert, delete, replace, swap two neighbours) between two words; above {@code limit} when more. */
    static int distance(String a, String b, int limit) {
        int[] twoBack = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, twoBack[j - 2] + 1);
                }
                current[j] = v;
                rowBest = Math.min(rowBest, v);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
