package ai.treasurecoast.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a visitor asks for a price ("how much", "what do you charge", "run me", "ballpark") and how
 * the knowledge states one ("$89", "free", "complimentary"). The search folds both into its price
 * concept; the assistant uses them to decline answering a price from an item that states none.
 */
public final class PriceWording {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern ASKS = Pattern.compile(
            "\\bhow much(?! (time|notice|longer|sleep|experience|space|room|downtime|weight|water|damage|work|pain))"
                    + "(?: (?:is|are|does|do|would|will|to|for|it|they|that|should|can|extra))*\\b"
                    + "|\\b(costs?|costing|(?<!\\bin )charges?|charging|fees?|pricing|prices?|priced|ballpark"
                    + "|cheap(er|est)?|expensive|run me|set me back|(prices?|costs?|fees?) start(s)? at)\\b",
            FLAGS);

    private static final Pattern STATES = Pattern.compile(
            "\\$\\s?\\d|\\b\\d+\\s?(dollars|usd)\\b|\\d\\s?% (of|off)\\b|\\bprice: \\S"
                    + "|\\b(free|no (charge|cost)|complimentary)\\b"
                    // "fees are paid only if there is a recovery": a price that depends on something.
                    + "|\\b(paid|owed?|charged?) only (if|when)\\b|\\bno (fee|charge)s? unless\\b",
            FLAGS);

    private PriceWording() {}

    /** Does the question ask what something costs? */
    public static boolean asks(String question) {
        return question != null && ASKS.matcher(question).find();
    }

    // "a free water test": what is free ("free for buyers" says for whom, not what).
    private static final Pattern FREE_THING = Pattern.compile(
            "\\b(?:free|complimentary)\\s+(?!(?:for|to|of|with|at|and|or|if|when|in|on|from|until|after|before)\\b)"
                    + "([a-z-]+(?:\\s+[a-z-]+)?)",
            FLAGS);

    /**
     * Does the text state the price the question asks for? "Estimates are free" does for "how much
     * is an estimate?", but "We install water softeners, and a free water test helps choose one"
     * does not for "how much is a water softener?": only the test is free. Something free counts
     * when the item opens with it, or when the question names it or asks whether it is free.
     */
    public static boolean statesFor(String question, String text) {
        if (!states(text)) {
            return false;
        }
        if (states(FREE_THING.matcher(text).replaceAll(" "))
                || question.toLowerCase(Locale.ROOT).contains("free")) {
            return true;
        }
        Set<String> asked = Terms.of(question);
        int opening = text.split("[,;.]", 2)[0].length();
        Matcher free = FREE_THING.matcher(text);
        while (free.find()) {
            if (free.start() < opening || asked.containsAll(Terms.of(free.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** Does the text state a price (an amount, or that it is free)? */
    public static boolean states(String text) {
        return text != null && STATES.matcher(text).find();
    }
}
