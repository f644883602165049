package ai.treasurecoast.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Another kind of an item's thing: "a tetanus shot" against "Flu shot", "a shiatsu massage"
 * against "Swedish massage". The question names the item's last title word with a word of its own
 * before it that the workspace's knowledge never uses, and none of the title's other words, so the
 * item's facts are about a different thing. Only unusual words count: "a quick oil change" is an
 * oil change.
 */
final class Variants {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");

    // Cosine of the static word vectors: "yearly" and "annual" 0.78, "tetanus" and "flu" 0.05.
    private static final double SAME_MEANING = 0.5;

    private Variants() {}

    static boolean otherKind(Predicate<String> known, String question, String title) {
        List<String> named = words(title.split("[,:(]")[0]);
        if (named.size() < 2) {
            return false;
        }
        Set<String> head = Terms.of(named.get(named.size() - 1));
        Set<String> kind = Terms.of(String.join(" ", named.subList(0, named.size() - 1)));
        Set<String> asked = Terms.of(question);
        if (head.isEmpty() || kind.isEmpty() || kind.stream().anyMatch(asked::contains)) {
            return false;
        }
        List<String> words = words(question);
        List<String> typed = typed(question);
        for (int i = 1; i < words.size(); i++) {
            if (head.equals(Terms.of(words.get(i)))
                    && !properOrPossessive(typed.get(i - 1), i - 1)
                    && unusualAndUnknown(Terms.of(words.get(i - 1)), known)
                    && !sameMeaning(words.get(i - 1), named.subList(0, named.size() - 1))) {
                return true;
            }
        }
        return false;
    }

    // Sizes and portions, each word with the one it means. "Full legs" against a small area is
    // another option as much as a large area is.
    private static final Map<String, String> SIZES = Map.of(
            "small", "small",
            "medium", "medium",
            "large", "large",
            "big", "large",
            "xl", "large",
            "full", "full",
            "whole", "full",
            "half", "half",
            "partial", "partial");
    // "full price", "the whole cost", "not a big area": words of a size that name none.
    private static final Pattern NO_SIZE = Pattern.compile(
            "\\bnot (a |an |the )?\\w+|\\w+ (price|prices|cost|amount|payment|refund|rate|time)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Does the question ask for another size or portion than the one the title names ("a large
     * area" or "full legs" against "Laser hair removal, small area")? A title without one fits any.
     */
    static boolean otherSize(String question, String title) {
        Set<String> titled = sizes(title);
        if (titled.isEmpty()) {
            return false;
        }
        Set<String> asked = sizes(NO_SIZE.matcher(question).replaceAll(" "));
        return !asked.isEmpty() && asked.stream().noneMatch(titled::contains);
    }

    private static Set<String> sizes(String text) {
        Set<String> out = new HashSet<>();
        for (String w : words(text)) {
            String size = SIZES.get(w);
            if (size != null) {
                out.add(size);
            }
        }
        return out;
    }

    // "a yearly physical" is the "Annual physical".
    private static boolean sameMeaning(String word, List<String> kind) {
        float[] v = WordVectors.of(word);
        return kind.stream().anyMatch(k -> WordVectors.similarity(v, WordVectors.of(k)) >= SAME_MEANING);
    }

    // "Luna's grooming", "a Rheem heater": whose or which make, not another kind of the thing.
    private static boolean properOrPossessive(String word, int position) {
        return word.endsWith("'s") || position > 0 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean unusualAndUnknown(Set<String> word, Predicate<String> known) {
        return word.size() == 1 && word.stream().allMatch(t -> !known.test(t) && EverydayWords.share(t) == 1.0);
    }

    private static List<String> words(String text) {
        return typed(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** The words as the visitor typed them. */
    private static List<String> typed(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
