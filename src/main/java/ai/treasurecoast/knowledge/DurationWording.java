package ai.treasurecoast.knowledge;

import java.util.regex.Pattern;

/** How a visitor asks how long something takes, against what an item says. Pure computation. */
public final class DurationWording {

    // "how long have you been in business?" asks since when, which an item says as a year.
    private static final Pattern IN_BUSINESS =
            Pattern.compile("\\bhow long (have|has) (you|u|y'?all|they|the \\w+|it) been\\b", Pattern.CASE_INSENSITIVE);

    private DurationWording() {}

    /**
     * Does the message ask how long something takes when the hit states no time ("how long will
     * it take?" after an answer about which vehicles are serviced)? An FAQ that itself asks how
     * long is the business's answer on time, even when that answer is "we can't predict it".
     */
    public static boolean asksNotStated(KnowledgeHit hit, String message) {
        return Concepts.asksDuration(message)
                && !IN_BUSINESS.matcher(message).find()
                && !("faq".equals(hit.type()) && Concepts.asksDuration(hit.title()))
                && !Concepts.item(hit.text()).contains(Concepts.DURATION);
    }
}
