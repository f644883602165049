package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeHit;

/** The grounded extractive responder: the best FAQ answer, article passage or service facts, verbatim. */
final class BuiltinResponder {

    private static final int MAX_CHARS = 900;

    private BuiltinResponder() {}

    static String answer(KnowledgeHit hit) {
        String text = hit.text().strip();
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(". ", MAX_CHARS);
        return cut > 200 ? text.substring(0, cut + 1) : text.substring(0, MAX_CHARS) + "…";
    }
}
