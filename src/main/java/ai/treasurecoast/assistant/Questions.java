package ai.treasurecoast.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Two or three questions in one message ("how much is a cleaning and do you take Delta Dental?").
 * Searched as one, neither half matches well enough and the visitor gets "tell me more"; a front
 * desk answers each.
 */
final class Questions {

    private static final int MOST = 3;
    private static final int FEWEST_WORDS = 3;
    private static final String STARTS_A_QUESTION = "(do|does|did|is|are|can|could|will|would|should|what|what's|whats"
            + "|how|where|when|who|which|any|also)\\b";
    // Between two questions: a question mark, or "and" / "also" / a comma before a question word.
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<=\\?)\\s+((and|also),?\\s+)?|\\s*(,\\s*and|,\\s*also|\\band also|,|\\band)\\s+(?=" + STARTS_A_QUESTION
                    + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!])\\s+");
    private static final Pattern ASKS = Pattern.compile("^" + STARTS_A_QUESTION + "|\\?$", Pattern.CASE_INSENSITIVE);

    private Questions() {}

    /**
     * The questions of the message, each on its own; one element when it asks one thing. A
     * sentence that asks nothing ("my AC is out.") is kept with the question after it.
     */
    static List<String> of(String message) {
        List<String> parts = new ArrayList<>();
        String context = "";
        for (String sentence : SENTENCE.split(message.strip())) {
            for (String piece : BETWEEN.split(sentence)) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (ASKS.matcher(p).find() && p.split("\\s+").length >= FEWEST_WORDS) {
                    parts.add(context + p);
                    context = "";
                } else {
                    context += p + " ";
                }
            }
        }
        return parts.size() > 1 && parts.size() <= MOST ? parts : List.of(message);
    }

    /**
     * Each question answered on its own, in the order asked. With {@code all}, only when every one
     * is; otherwise when at least one is, as a fallback that owns up to the rest and offers the
     * callback. Empty for a single question, and when two land on the same item: that was
     * one question asked twice.
     */
    static Optional<Reply> answerEach(List<String> questions, Function<String, Optional<Reply>> answer, boolean all) {
        if (questions.size() < 2) {
            return Optional.empty();
        }
        List<Reply> answers = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (String question : questions) {
            Optional<Reply> reply = answer.apply(question).filter(r -> r instanceof Reply.Answer);
            if (reply.isEmpty()) {
                continue;
            }
            boolean anotherItem = false;
            for (Reply.Source s : reply.get().sources()) {
                anotherItem |= cited.add(s.id());
            }
            if (!anotherItem) {
                return Optional.empty();
            }
            answers.add(reply.get());
        }
        boolean unanswered = answers.size() < questions.size();
        if (answers.isEmpty() || (all && unanswered)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        List<Reply.Source> sources = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Reply r : answers) {
            text.append(text.isEmpty() ? "" : "\n\n").append(r.text());
            sources.addAll(r.sources());
            r.actions().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
        }
        if (!unanswered) {
            return Optional.of(new Reply.Answer(text.toString(), sources, null, actions));
        }
        // Not all of it is grounded, so it is the fallback: what is known, and the callback.
        text.append("\n\n").append(ReplyTexts.REST_UNANSWERED);
        if (!actions.contains(ReplyTexts.leadForm())) {
            actions.add(ReplyTexts.leadForm());
        }
        return Optional.of(new Reply.Fallback(text.toString(), sources, null, actions));
    }
}
