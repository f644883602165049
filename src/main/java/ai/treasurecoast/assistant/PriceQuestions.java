package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.PriceWording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which hit answers: the one the question names. For "how much is X" questions a service that
 * carries its price beats an FAQ or article about X that does not mention one (the after-care
 * article for a facial is no answer to its price).
 */
final class PriceQuestions {

    // Words in many titles that name no one thing: "Selling your home", "New patient visit".
    private static final Set<String> GENERIC = Set.of(
            "your",
            "home",
            "homes",
            "house",
            "visit",
            "visits",
            "patient",
            "patients",
            "client",
            "clients",
            "service",
            "services",
            "appointment",
            "first",
            "call",
            "help",
            "care",
            "plan",
            "plans",
            "basic",
            "standard",
            "regular",
            "what",
            "does",
            "much",
            "cost",
            "offer",
            "with",
            "have",
            "about",
            "after",
            "before",
            // everyday words that also stand in titles ("Free trial class", "Same-day sick visit")
            "free",
            "same",
            "check",
            "more",
            "just",
            "need",
            "want",
            "when",
            "like");

    private static final double FLOOR = 0.2;

    private static final Pattern WORD_ENDING = Pattern.compile("(ing|ed|es|s)$");
    // "how much will a power of attorney cost" asks nothing about the "Basic will package".
    private static final Pattern MODAL_WILL =
            Pattern.compile("will (a|an|the|it|this|that|they|you|u|i|we|he|she|my|your|our|be|have|need|take)\\b");
    // What may follow a title word's stem in the message and still be that word.
    private static final Set<String> ENDING = Set.of("", "s", "es", "ed", "d", "ing", "er", "ers");
    private static final Set<String> PLURAL = Set.of("", "s");

    private PriceQuestions() {}

    /**
     * The hit to answer from: the top hit, unless another confident hit is the one the question
     * names; and for a price the top hit does not state, a priced service the question names.
     */
    static KnowledgeHit best(String message, List<KnowledgeHit> hits) {
        KnowledgeHit top = named(message, hits);
        if (!PriceWording.asks(message) || PriceWording.statesFor(message, top.text())) {
            return top;
        }
        return mostNamed(message, hits, h -> priced(h) && h.confidence() >= KnowledgeBase.ANSWERABLE / 2, 1);
    }

    /**
     * The top hit, unless the question names nothing of its title and another confident hit's
     * title by two words or more: "what comes in the will package?" is about the "Basic will
     * package", not "How much does an estate plan cost?", which merely mentions it. For a price,
     * one word will do when the hit is a priced service: "what's a tune-up cost?" is the "AC
     * tune-up", not the club that includes two of them. A price question is never moved to a hit
     * that states no price.
     */
    private static KnowledgeHit named(String message, List<KnowledgeHit> hits) {
        KnowledgeHit top = hits.get(0);
        String lower = message.toLowerCase(Locale.ROOT);
        if (wordsNamed(lower, top.title()) > 0) {
            return top;
        }
        boolean price = PriceWording.asks(message);
        KnowledgeHit priced =
                price ? mostNamed(message, hits, h -> priced(h) && h.confidence() >= KnowledgeBase.ANSWERABLE, 1) : top;
        if (price && priced == top && priced(top)) {
            // "how much is an exam for my dog?" is not the "Pet dental cleaning" that merely
            // includes an oral exam, when "How much is a wellness exam?" names the exam and its price.
            priced = mostNamed(
                    message,
                    hits,
                    h -> h.confidence() >= KnowledgeBase.ANSWERABLE / 2 && PriceWording.statesFor(message, h.text()),
                    1);
        }
        return priced != top
                ? priced
                : mostNamed(
                        message,
                        hits,
                        h -> h.confidence() >= KnowledgeBase.ANSWERABLE && (!price || PriceWording.states(h.text())),
                        2);
    }

    /**
     * A price question that names the top hit, a priced service, more than any other likely hit:
     * "how much is a hydrafacial" is the "Signature HydraFacial", however short the question.
     */
    static boolean namesPricedService(String message, List<KnowledgeHit> hits) {
        if (hits.isEmpty() || !PriceWording.asks(message)) {
            return false;
        }
        KnowledgeHit top = hits.get(0);
        String lower = message.toLowerCase(Locale.ROOT);
        int words = wordsNamed(lower, top.title());
        if (!priced(top) || top.confidence() < FLOOR || words == 0) {
            return false;
        }
        return hits.stream().skip(1).noneMatch(h -> h.confidence() >= FLOOR && wordsNamed(lower, h.title()) >= words);
    }

    /** The priced services among the hits whose names the text names: "downtime after a HydraFacial" names "Signature HydraFacial". */
    static List<KnowledgeHit> pricedServicesNamedBy(String text, List<KnowledgeHit> hits) {
        String lower = text.toLowerCase(Locale.ROOT);
        return hits.stream()
                .filter(h -> priced(h) && wordsNamed(lower, h.title()) > 0)
                .toList();
    }

    /**
     * The priced services a price question could mean alike: two or more likely ones whose names
     * end in the same word the question names ("haircut"), when it names none of the words that
     * tell them apart ("men's", "women's"). Empty when the question picks one.
     */
    static List<KnowledgeHit> unnamedOptions(String message, List<KnowledgeHit> hits) {
        if (!PriceWording.asks(message)) {
            return List.of();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        Map<String, List<KnowledgeHit>> byHead = new LinkedHashMap<>();
        for (KnowledgeHit h : hits) {
            String[] words = h.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
            if (priced(h) && h.confidence() >= KnowledgeBase.ANSWERABLE / 2 && words.length >= 2) {
                byHead.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>())
                        .add(h);
            }
        }
        return byHead.entrySet().stream()
                // "visit" names no one thing: "a video visit" is not the new patient and sick visits.
                .filter(e -> e.getValue().size() >= 2 && !GENERIC.contains(e.getKey()) && namedIn(lower, e.getKey()))
                .filter(e -> e.getValue().stream().noneMatch(h -> namesModifier(lower, h.title())))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(List.of());
    }

    /** Does the message name a word of the title before its last one ("men's" of "Men's haircut")? */
    private static boolean namesModifier(String lowerMessage, String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].length() >= 2 && appears(lowerMessage, words[i], PLURAL, at -> true)) {
                return true;
            }
        }
        return false;
    }

    /** Of the hits that pass, the one whose title the question names by most words, at least {@code least}; else the top hit. */
    private static KnowledgeHit mostNamed(
            String message, List<KnowledgeHit> hits, Predicate<KnowledgeHit> passes, int least) {
        String lower = message.toLowerCase(Locale.ROOT);
        KnowledgeHit named = hits.get(0);
        int most = least - 1;
        for (KnowledgeHit h : hits) {
            int words = passes.test(h) ? wordsNamed(lower, h.title()) : 0;
            if (words > most) {
                named = h;
                most = words;
            }
        }
        return named;
    }

    private static boolean priced(KnowledgeHit h) {
        return "service".equals(h.type()) && h.text().contains(" Price: ");
    }

    private static int wordsNamed(String lowerMessage, String title) {
        int count = 0;
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && !GENERIC.contains(word) && namedIn(lowerMessage, word)) {
                count++;
            }
        }
        return count;
    }

    // "teeth cleaned" names the "Dental cleaning"; "freeze" does not name a "Free trial".
    private static boolean namedIn(String lowerMessage, String word) {
        String stem = word.length() > 6 ? WORD_ENDING.matcher(word).replaceFirst("") : word;
        return appears(
                lowerMessage,
                stem,
                ENDING,
                at -> !("will".equals(word)
                        && MODAL_WILL.matcher(lowerMessage.substring(at)).lookingAt()));
    }

    /** Is the stem a word of the message, with one of the endings, at a place that also passes? */
    private static boolean appears(String lowerMessage, String stem, Set<String> endings, IntPredicate also) {
        for (int at = lowerMessage.indexOf(stem); at >= 0; at = lowerMessage.indexOf(stem, at + 1)) {
            if ((at == 0 || !Character.isLetterOrDigit(lowerMessage.charAt(at - 1)))
                    && endings.contains(rest(lowerMessage, at + stem.length()))
                    && also.test(at)) {
                return true;
            }
        }
        return false;
    }

    /** The letters from {@code from} to the end of that word. */
    private static String rest(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
