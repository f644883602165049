package ai.treasurecoast.knowledge;

import java.util.Set;

/** What a visitor's question names and asks, read the way the search reads it. Pure computation. */
public final class QuestionWording {

    private QuestionWording() {}

    /**
     * Does the message name what the hit's title is about ("do you do highlights?" and "Partial
     * highlights")? Question words and concepts such as price or duration do not count. Pure
     * computation, no workspace involved.
     */
    public static boolean namesTitleOf(String message, KnowledgeHit hit) {
        Set<String> title = Terms.of(hit.title());
        return Concepts.subject(message).stream().anyMatch(title::contains);
    }

    /** Does the message tell of something going wrong now ("I chipped my tooth", "water is pouring")? */
    public static boolean tellsOfUrgency(String message) {
        return Concepts.tellsOfUrgency(message);
    }

    /**
     * Does the text name something to look for, beyond question words and concepts such as price
     * ("is it covered?" does not; "do you take Delta?" does)? Pure computation.
     */
    public static boolean hasSubject(String text) {
        return !Concepts.subject(text).isEmpty();
    }

    /**
     * Does the message ask whether the business offers something ("do you do highlights?")? Such a
     * question stands on its own, whatever was asked before. Pure computation.
     */
    public static boolean asksWhetherOffered(String message) {
        return !Concepts.offerObject(message).isEmpty();
    }
}
