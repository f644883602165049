package ai.treasurecoast.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Two or three questions in one message ("how much is a cleaning and do you take Delta Dental?").
 * Searched as one, neither half matches well enough and the visitor gets "tell me more"; a front
 * desk answers each.
 */
final class Questions {

    // More than three in one message is a list, not a conversation: better read as a whole.
    private static final int MOST = 3;
    private static final String AUXILIARY = "(do|does|did|is|are|can|could|will|would|should)";
    private static final String WH = "(what|how|where|when|who|which)";
    // "and do you take Delta?", "and where do I park?": an auxiliary before its subject, or a
    // question word before an auxiliary; not "and do a tune-up" or "and is nervous".
    private static final String NEW_QUESTION = "(" + AUXILIARY + " (you|u|y'?all|i|we|they|it|there|my|your|the|this)"
            + "|" + WH + " (" + AUXILIARY + "|much|many|long|often|soon|late|early|kind|time)|what'?s|whats|any)\\b";
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<=\\?)\\s+((and|also),?\\s+)?"
                    + "|\\s*(,\\s*and|,\\s*also|\\band also|\\band)\\s+(?=" + NEW_QUESTION + ")"
                    // "how much is a crown, do you do payment plans?" (not "how much is it, do you know?",
                    // which leaves "do you know?" without a subject)
                    + "|\\s*,\\s*(?=" + AUXILIARY + " (you|u|y'?all|i|we|there)\\b)",
            Pattern.CASE_INSENSITIVE);
    // Not after "St." or "Dr.": "Port St. Lucie" is one place.
    private static final Pattern SENTENCE =
            Pattern.compile("(?<!\\b(st|dr|mr|mrs|ms|ft|jr|sr|mt|vs|no)\\.)(?<=[.!])\\s+", Pattern.CASE_INSENSITIVE);
    // A question, not a clause that sets the scene ("when I come in, ..."). Must start the piece.
    private static final Pattern ASKS =
            Pattern.compile("^(" + AUXILIARY + "\\b|" + NEW_QUESTION + ")|\\?$", Pattern.CASE_INSENSITIVE);

    private Questions() {}

    /**
     * The questions of the message, each on its own; one element when it asks one thing. A
     * sentence that asks nothing ("my AC is out.") is kept with the question after it, and what
     * follows the last question ("I have Delta PPO") with that one. A piece that does not
     * {@code standsAlone} ("is it covered?") makes the message one question: it leans on the rest.
     */
    static List<String> of(String message, Predicate<String> standsAlone) {
        List<String> parts = new ArrayList<>();
        String context = "";
        for (String sentence : SENTENCE.split(message.strip())) {
            for (String piece : BETWEEN.split(sentence)) {
                String p = piece.strip();
                if (p.isEmpty()) {
                    continue;
                }
                if (ASKS.matcher(p).find()) {
                    parts.add(context + p);
                    context = "";
                } else {
                    context += p + " ";
                }
            }
        }
        if (!parts.isEmpty() && !context.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + context.strip());
        }
        boolean each =
                parts.size() > 1 && parts.size() <= MOST && parts.stream().allMatch(standsAlone);
        return each ? parts : List.of(message);
    }

    /**
     * Each question answered on its own, in the order asked, when every one is. Empty for a single
     * question, and when two land on the same item: that was one question asked twice.
     */
    static Optional<Reply> answerAll(List<String> questions, Function<String, Optional<Reply>> answer) {
        return answer(questions, answer, true);
    }

    /**
     * As {@link #answerAll}, when at least one is answered: a fallback that gives those, owns up to
     * the rest and offers the callback.
     */
    static Optional<Reply> answerSome(List<String> questions, Function<String, Optional<Reply>> answer) {
        return answer(questions, answer, false);
    }

    private static Optional<Reply> answer(
            List<String> questions, Function<String, Optional<Reply>> answer, boolean all) {
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
            // Passages of one article share its id, so the text tells them apart.
            boolean anotherItem = reply.get().sources().isEmpty();
            for (Reply.Source s : reply.get().sources()) {
                anotherItem |= cited.add(s.id() + "\n" + reply.get().text());
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
