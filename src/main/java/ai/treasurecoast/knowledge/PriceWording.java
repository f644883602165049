package ai.treasurecoast.knowledge;

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

    /** Does the text state a price (an amount, or that it is free)? */
    public static boolean states(String text) {
        return text != null && STATES.matcher(text).find();
    }
}
