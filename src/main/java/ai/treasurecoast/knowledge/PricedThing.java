package ai.treasurecoast.knowledge;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thing a price question names ("how much to install a new toilet?", "what would it cost to
 * put a new battery in?", "how much is a four wheel alignment?"), against an item with a price. When
 * none of its words is in the item but the business speaks of it elsewhere, the item prices
 * something else: the water heater's price is no answer for a toilet.
 */
final class PricedThing {

    // Up to three words, before a preposition, a pronoun, a number or the end of the clause; not the
    // parts of a price ("parts and labor for an oil change" prices the oil change).
    private static final String THING = "((?:\\s+(?!(?:in|on|at|with|if|for|to|from|because|since|so|when|before|after"
            + "|including|without|plus|and|or|but|that|this|it|them|there|here|out|by|per|each|of|an?|the|my|your|our|you|u"
            + "|y'?all|we|i|they|he|she|someone|somebody|parts?|labou?r|tax|taxes|delivery|shipping|tips?)\\b)"
            + "[a-z][a-z0-9'-]*){1,3})";
    // Bounded: a long run of "a a a …" must not recurse once per word.
    private static final String ARTICLE = "(?:\\s+(?:a|an|the|my|our|one|some|new|brand new|just)){0,3}";
    private static final Pattern ASKS = Pattern.compile(
            // "how much is a four wheel alignment?", "how much for new pads" (not "how much of our catch",
            // nor "how much does the dentist charge for whitening", which names who charges)
            "\\bhow much (?:is|are|for|would be)" + ARTICLE + THING
                    // "price of a crown", "cost for a new roof"
                    + "|\\b(?:price|cost) (?:of|for|on)" + ARTICLE + THING
                    // "how much to install a new toilet?", "what would it cost to put a new battery in?"
                    + "|\\b(?:how much|cost|charge)(?: \\w+){0,4} (?:install|installing|replace|replacing|put in|put|putting"
                    + "|fix|fixing|add|adding|swap)"
                    + ARTICLE + THING,
            Pattern.CASE_INSENSITIVE);

    // Whole words only: "daycare" is a thing, "day" is not.
    private static final Set<String> NUMBER = Set.copyOf(Terms.of("one two three four five six seven eight nine ten"
            + " eleven twelve twenty thirty forty fifty hundred minute minutes hour hours day days week weeks month"
            + " months year years time times first visit visits"));

    private PricedThing() {}

    /** The terms of the thing whose price is asked, or none. */
    static Set<String> of(String question) {
        Matcher m = ASKS.matcher(question);
        if (!m.find()) {
            return Set.of();
        }
        String named = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Set<String> thing = Concepts.subject(named);
        thing.removeIf(PricedThing::namesNoThing);
        return thing;
    }

    /**
     * The terms of a clause that asks only what something costs ({@link Concepts#priceObject}),
     * without its numbers: "how much is a four wheel alignment?" asks about the alignment, whatever
     * the tire rotation does to four tires.
     */
    static Set<String> onlyAsked(String question) {
        Set<String> thing = new HashSet<>(Concepts.priceObject(question));
        thing.removeIf(PricedThing::namesNoThing);
        return thing;
    }

    /** A number or a span of time: "a four wheel alignment" is no tire rotation for its "four". */
    static boolean namesNoThing(String term) {
        return NUMBER.contains(term);
    }

    /** Is the price asked for something the item does not name but the business knows of? */
    static boolean another(Predicate<String> known, String question, String itemTitle, String itemText) {
        Set<String> thing = of(question);
        if (thing.isEmpty()) {
            return false;
        }
        Set<String> item = Terms.of(itemTitle + " " + itemText);
        return thing.stream().noneMatch(t -> IndexSnapshot.covers(item, t))
                && thing.stream().anyMatch(known);
    }
}
