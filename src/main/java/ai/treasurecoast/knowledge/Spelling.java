package ai.treasurecoast.knowledge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a misspelt word of a question right when the workspace's own knowledge has a word one or
 * two keystrokes away ("white fillng" and "Tooth-colored filling", "lazer" and "Laser hair
 * removal"). Visitors type on phones; a word no item contains would otherwise count against every
 * item as an unknown subject. Only words of the knowledge are offered, so nothing is invented.
 */
final class Spelling {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    // Below five letters a single slip turns one real word into another ("lab", "lap", "tab").
    private static final int SHORTEST = 5;
    private static final int TWO_SLIPS_FROM = 8;

    // Each word of the knowledge, with how many times it occurs: the more common wins a tie.
    private final Map<String, Integer> vocabulary = new HashMap<>();
    // The knowledge's analysed terms: a word that stems to one of them ("neutered") is no slip.
    private final Set<String> terms;

    Spelling(Iterable<String> texts, Set<String> terms) {
        this.terms = terms;
        for (String text : texts) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                vocabulary.merge(m.group(), 1, Integer::sum);
            }
        }
    }

    /** The text with each word that is neither in the knowledge nor a known word put right, where one is near. */
    String correct(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String fix = word.length() < SHORTEST
                            || vocabulary.containsKey(word)
                            || WordVectors.isWord(word)
                            || terms.containsAll(Terms.of(word))
                    ? null
                    : nearest(word);
            m.appendReplacement(out, Matcher.quoteReplacement(fix == null ? m.group() : fix));
            changed |= fix != null;
        }
        if (!changed) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private String nearest(String word) {
        int allowed = word.length() >= TWO_SLIPS_FROM ? 2 : 1;
        String best = null;
        int bestDistance = allowed + 1;
        int bestCount = 0;
        for (Map.Entry<String, Integer> known : vocabulary.entrySet()) {
            String candidate = known.getKey();
            // Slips rarely change the first letter, and a guess that does is more often wrong.
            if (candidate.length() < SHORTEST
                    || candidate.charAt(0) != word.charAt(0)
                    || Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int d = distance(word, candidate, allowed);
            if (d < bestDistance || (d == bestDistance && known.getValue() > bestCount)) {
                best = candidate;
                bestDistance = d;
                bestCount = known.getValue();
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /** Edits (insert, delete, replace, swap two neighbours) between two words; above {@code limit} when more. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowBest = Math.min(rowBest, v);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
