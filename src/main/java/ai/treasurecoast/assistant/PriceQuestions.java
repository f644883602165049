package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.PriceWording;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * For "how much is X" questions a service that carries its price beats an FAQ or article about X
 * that does not mention one (the after-care article for a facial is no answer to its price).
 */
final class PriceQuestions {

    private PriceQuestions() {}

    /**
     * The hit to answer from: the top hit, unless the question asks a price the top hit does not
     * state and a priced service it names does (the one whose name it uses most).
     */
    static KnowledgeHit best(String message, List<KnowledgeHit> hits) {
        KnowledgeHit top = named(message, hits);
        if (!PriceWording.asks(message) || PriceWording.statesFor(message, top.text())) {
            return top;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        KnowledgeHit named = null;
        int namedWords = 0;
        for (KnowledgeHit h : hits) {
            int words = priced(h) && h.confidence() >= KnowledgeBase.ANSWERABLE / 2 ? wordsNamed(lower, h.title()) : 0;
            if (words > namedWords) {
                named = h;
                namedWords = words;
            }
        }
        return named != null ? named : top;
    }

    /**
     * The top hit, unless it is about something the question does not name and another confident
     * hit's title is named by two of its words or more: "what comes in the will package?" is about
     * the "Basic will package", not "How much does an estate plan cost?", which merely mentions it.
     */
    private static KnowledgeHit named(String message, List<KnowledgeHit> hits) {
        KnowledgeHit top = hits.get(0);
        String lower = message.toLowerCase(Locale.ROOT);
        if (wordsNamed(lower, top.title()) > 0) {
            return top;
        }
        // For a price, one word will do when the hit is a priced service: "what's a tune-up cost?"
        // is the "AC tune-up", not the club that includes two of them.
        boolean price = PriceWording.asks(message);
        return hits.stream()
                .filter(h -> h.confidence() >= KnowledgeBase.ANSWERABLE)
                // A price question is never moved to a hit that states no price.
                .filter(h -> !price || PriceWording.states(h.text()))
                .filter(h -> wordsNamed(lower, h.title()) >= (price && priced(h) ? 1 : 2))
                .findFirst()
                .orElse(top);
    }

    private static boolean priced(KnowledgeHit h) {
        return "service".equals(h.type()) && h.text().contains(" Price: ");
    }

    private static int wordsNamed(String lowerMessage, String title) {
        int count = 0;
        for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4 && namedIn(lowerMessage, word)) {
                count++;
            }
        }
        return count;
    }

    private static boolean namedIn(String lowerMessage, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word))
                .matcher(lowerMessage)
                .find();
    }
}
