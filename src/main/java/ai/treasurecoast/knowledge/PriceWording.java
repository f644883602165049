package ai.treasurecoast.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private static final String NOT_HOW_LONG =
            "(?<!\\bhow (?:long|soon|quickly|fast)\\b.{0,40}?\\b(?:get|getting|receive|have) (?:a|an|my|the|your) )";

    static final Pattern ASKS = Pattern.compile(
            "\\bhow much(?! (time|notice|longer|sleep|experience|space|room|downtime|weight|water|damage|work|pain))"
                    + "(?: (?:is|are|does|do|would|will|to|for|it|they|that|should|can|extra))*\\b"
                    // "how long does it take to get a price?" asks how long, not how much.
                    + "|\\b(costs?|costing|(?<!\\bin )charges?|charging|fees?|" + NOT_HOW_LONG
                    + "(pricing|prices?)|priced|ballpark"
                    // "is it expensive?" asks; "I'm with Citizens now and it's pricey" does not.
                    + "|cheap(er|est)?|(?<!\\b(?:it'?s|it is|is|that'?s|they'?re|so|too|very|really|pretty) )(expensive|pric(ey|ier))"
                    + "|run me|set me back|(prices?|costs?|fees?) start(s)? at)\\b",
            FLAGS);

    // "gluten-free", "pain-free": what something is without, not what it costs.
    private static final String NOT_WITHOUT = "(?<!(?:gluten|sugar|dairy|nut|fat|alcohol|scent|fragrance|hands|pain"
            + "|cruelty|smoke|tax|interest|hassle|worry|stress|mess|dust|odor)[- ])";

    private static final Pattern STATES = Pattern.compile(
            "\\$\\s?\\d|\\b\\d+\\s?(dollars|usd)\\b|\\d\\s?% (of|off)\\b|\\bprice: \\S"
                    + "|\\b" + NOT_WITHOUT + "(free|no (charge|cost)|complimentary)\\b"
                    // "fees are paid only if there is a recovery": a price that depends on something.
                    + "|\\b(paid|owed?|charged?) only (if|when)\\b|\\bno (fee|charge)s? unless\\b",
            FLAGS);

    // What is free, from the word after "free" up to the first word that is no part of a name ("a
    // free water test helps", "free estimates within 48 hours", "a free 15-minute consultation");
    // "free for buyers" says for whom.
    private static final Pattern FREE_THING = Pattern.compile(
            "\\b" + NOT_WITHOUT + "(?:free|complimentary)"
                    + "((?:\\s+(?!(?:for|to|of|with|at|and|or|if|when|in|on|from|until|after|before|within|today|now|is|are"
                    + "|helps?|available|included|anytime|always|during)\\b)[a-z0-9-]+){1,3})",
            FLAGS);
    private static final Pattern NO_FEE = Pattern.compile("\\bno ([a-z-]+ )?(fee|charge)s?\\b", FLAGS);
    private static final Pattern FEE = Pattern.compile("\\b(fee|charge)s?\\b", FLAGS);
    private static final Pattern ASKS_FREE = Pattern.compile("\\b" + NOT_WITHOUT + "free\\b", FLAGS);

    // "what percent discount do I get?", "what's the interest rate?" (not "what's the discount?",
    // which "$10 off" answers)
    private static final Pattern ASKS_PERCENT = Pattern.compile(
            "\\b(what|how much|how many|which) (percent|percentage|%)|\\bwhat percent(age)? off\\b"
                    + "|\\binterest rates?\\b",
            FLAGS);
    private static final Pattern STATES_PERCENT = Pattern.compile(
            "\\d\\s?%|\\bpercent\\b|\\bhalf\\b|\\$\\s?\\d+ off\\b|\\binterest[- ]free\\b|\\bno interest\\b", FLAGS);

    // "is there a minimum spend to book the Harbor Room?", "what's the minimum order for catering?"
    private static final Pattern ASKS_MINIMUM =
            Pattern.compile("\\b(minimum|min) (spend|spending|order|purchase|headcount|number of guests)\\b", FLAGS);
    private static final Pattern STATES_MINIMUM =
            Pattern.compile("\\b(minimum|at least|or more|any amount|no minimum)\\b", FLAGS);

    // "is there a package discount?", "any deals for seniors?" (not "how do you deal with insurance?")
    private static final Pattern ASKS_DISCOUNT = Pattern.compile(
            "\\b(discounts?|(an?|any|the|some|special|monthly|package) deals?|deals|promos?|promotions?|coupons?)\\b",
            FLAGS);
    // What says there is one: "10% off", "a pack of five for $340", "save with the membership".
    private static final Pattern STATES_DISCOUNT = Pattern.compile(
            "\\b(discount\\w*|deals?|sav(e|es|ings?)|off|specials?|promo\\w*|coupons?|packs?|packages?|bundl\\w*|free"
                    + "|half|percent)\\b|%",
            FLAGS);

    private static final Pattern PAIR = Pattern.compile("\\b([a-z][a-z-]+) (?:and|or) ([a-z][a-z-]+)\\b", FLAGS);
    private static final Pattern ALSO = Pattern.compile("^\\s*(we (\\w+ )?|you can |they )?also\\b", FLAGS);
    private static final Pattern CLAUSE = Pattern.compile("[.;!?]\\s+|,\\s+(?=and |but |while |whereas )");
    // "the whole treatment, not just the consult", "on top of the new patient special": what the
    // price asked is not for.
    private static final Pattern SET_ASIDE = Pattern.compile(
            "(?i)\\b(?:not|other than|besides|beyond|apart from|on top of|after(?![- ]hours)) (?:just |only )?(?:the |a |an |your |my )?"
                    + "(?:free )?([a-z]+(?: [a-z]+)?)");

    private PriceWording() {}

    /** Does the question ask what something costs? */
    public static boolean asks(String question) {
        return question != null && ASKS.matcher(question).find();
    }

    /** Does the text state a price (an amount, or that it is free)? */
    public static boolean states(String text) {
        return text != null && STATES.matcher(text).find();
    }

    /**
     * Does the text state the price the question asks for? "Estimates are free" does for "how much
     * is an estimate?", but "We install water softeners, and a free water test helps choose one"
     * does not for "how much is a water softener?": only the test is free. Something free counts
     * when the item opens with it, or when the question names it or asks whether it is free.
     */
    public static boolean statesFor(String question, String text) {
        if (!statesIn(question, text)) {
            return false;
        }
        if (!states(text)
                || states(FREE_THING.matcher(text).replaceAll(" "))
                || ASKS_FREE.matcher(question).find()) {
            return true;
        }
        Set<String> asked = Terms.of(question);
        String first = text.split("[,;.]", 2)[0];
        Matcher free = FREE_THING.matcher(text);
        while (free.find()) {
            String[] named = free.group(1).strip().split("\\s+");
            if (free.start() < first.length() && !opensForAnother(question, first, free.group(1))
                    || asked.containsAll(Terms.of(named[named.length - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Is the clause's only price something free that the question does not ask about? */
    private static boolean freeForAnother(String question, String clause) {
        if (states(FREE_THING.matcher(clause).replaceAll(" "))) {
            return false;
        }
        Matcher free = FREE_THING.matcher(clause);
        boolean any = false;
        while (free.find()) {
            any = true;
            if (!opensForAnother(question, clause, free.group(1))) {
                return false;
            }
        }
        return any;
    }

    /**
     * Does the opening clause name what is asked besides the free thing, which the question does
     * not name? "A free consultation is required for extensions" gives no price for extensions.
     */
    private static boolean opensForAnother(String question, String opening, String freeThing) {
        Set<String> thing = Terms.of(freeThing);
        Set<String> subject = Concepts.subject(question);
        if (subject.stream().anyMatch(thing::contains)) {
            return false;
        }
        Set<String> clause = Terms.of(opening);
        return subject.stream().anyMatch(clause::contains);
    }

    /**
     * Is one of the text's prices about something the question asks for? "How much are partial
     * highlights?" against "We offer partial and full highlights and balayage. Balayage starts at
     * $185": the only price is the balayage's. Read clause by clause, unless the item's title names
     * what is asked; for an FAQ or an article, not a service, whose price is for the service it names.
     */
    /**
     * Does the price question set aside what the item prices ("what's the total for the whole
     * treatment, not just the consult?" against "Invisalign consultation", or against an FAQ whose
     * only price is "a free consultation")? Its price is not the one asked.
     */
    public static boolean setsAside(String question, String title, String text) {
        Matcher m = SET_ASIDE.matcher(question);
        Set<String> titled = null;
        List<Set<String>> priced = null;
        while (m.find()) {
            Set<String> aside = Terms.of(m.group(1));
            if (aside.isEmpty()) {
                continue;
            }
            if (titled == null) {
                titled = Terms.of(title);
                priced = new ArrayList<>();
                for (String clause : CLAUSE.split(text)) {
                    if (states(clause)) {
                        priced.add(Terms.of(clause));
                    }
                }
            }
            if (coversAll(titled, aside) || !priced.isEmpty() && priced.stream().allMatch(c -> coversAll(c, aside))) {
                return true;
            }
        }
        return false;
    }

    private static boolean coversAll(Set<String> terms, Set<String> wanted) {
        return wanted.stream().allMatch(t -> IndexSnapshot.covers(terms, t));
    }

    public static boolean pricesWhatIsAsked(String question, String title, String text) {
        // Only what the item itself mentions: "for my hair" in "how much are partial highlights
        // for my hair?" is no reason to take "Do you do hair color?" as about highlights.
        Set<String> said = Terms.of(text);
        Set<String> asked = Concepts.subject(question);
        asked.removeIf(t -> !IndexSnapshot.covers(said, t));
        Set<String> titled = Terms.of(title);
        Set<String> distinct = new HashSet<>(asked);
        distinct.removeIf(t -> IndexSnapshot.covers(titled, t));
        if (priceIsForAnotherOption(question, distinct, titled, text)) {
            return false;
        }
        if (asked.isEmpty() || asked.stream().anyMatch(t -> IndexSnapshot.covers(titled, t))) {
            return true;
        }
        // An item that opens with its price is about what that price is for ("Request a free market
        // analysis" answering "what does it cost to find out what my house is worth?").
        String[] clauses = CLAUSE.split(text.replaceFirst("^(?:Yes|No)[.,!]\\s+", ""));
        if (clauses.length > 0 && statesIn(question, clauses[0]) && !freeForAnother(question, clauses[0])) {
            return true;
        }
        for (String clause : clauses) {
            Set<String> terms = Terms.of(clause);
            if (statesIn(question, clause)
                    && !freeForAnother(question, clause)
                    && asked.stream().anyMatch(t -> IndexSnapshot.covers(terms, t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Is every price of the text for another option than the one asked? "We manage seasonal and
     * annual rentals. For annual rentals we charge 10%" prices no seasonal rental: the word asked is
     * paired with another, and a price names the other. "Whitening is $399. We also make take-home
     * trays" prices no trays: the word asked is in a clause that adds another kind of the titled thing without a price.
     * Either way, no clause with a price names the word asked.
     */
    private static boolean priceIsForAnotherOption(
            String question, Set<String> distinct, Set<String> titled, String text) {
        if (distinct.isEmpty()) {
            return false;
        }
        List<Set<String>> priced = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (String clause : CLAUSE.split(text)) {
            if (statesIn(question, clause)) {
                priced.add(Terms.of(clause));
            } else if (ALSO.matcher(clause).find()) {
                // Another kind of the titled thing ("we also make take-home whitening trays"), not an
                // extra ("we also offer financing").
                Set<String> terms = Terms.of(clause);
                if (terms.stream().anyMatch(titled::contains)) {
                    added.addAll(terms);
                }
            }
        }
        if (priced.isEmpty() || priced.stream().anyMatch(c -> distinct.stream().anyMatch(c::contains))) {
            return false;
        }
        if (distinct.stream().anyMatch(added::contains)) {
            return true;
        }
        Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            Set<String> first = Terms.of(pair.group(1));
            Set<String> second = Terms.of(pair.group(2));
            if (pricesOther(distinct, first, second, priced) || pricesOther(distinct, second, first, priced)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pricesOther(
            Set<String> distinct, Set<String> asked, Set<String> other, List<Set<String>> priced) {
        return !asked.isEmpty()
                && distinct.containsAll(asked)
                && !other.isEmpty()
                && !distinct.containsAll(other)
                && priced.stream().anyMatch(c -> c.containsAll(other));
    }

    /**
     * Does the text state a price, counting "there is no sign-up fee" when the question asks about
     * a fee (not "how much is drain cleaning?" against "no trip charge")?
     */
    private static boolean statesIn(String question, String text) {
        return states(text)
                || NO_FEE.matcher(text).find() && FEE.matcher(question).find();
    }

    /** Does the question ask for a percentage ("what percent discount do I get for bundling?")? */
    static boolean asksPercent(String question) {
        return question != null && ASKS_PERCENT.matcher(question).find();
    }

    /** Does the text give a share or an amount off ("10%", "half-price", "$10 off")? */
    static boolean statesPercent(String text) {
        return text != null && STATES_PERCENT.matcher(text).find();
    }

    /**
     * Does the question ask about a discount the text says nothing of ("if I buy 10 decompression
     * sessions up front, is there a package discount?" against a price per session)?
     */
    public static boolean asksDiscountNotStated(String question, String text) {
        return question != null
                && ASKS_DISCOUNT.matcher(question).find()
                && (text == null || !STATES_DISCOUNT.matcher(text).find());
    }

    /**
     * Does the question ask for a figure the text does not give: a percentage ("what percent
     * discount do I get?") or a minimum ("is there a minimum spend?")?
     */
    public static boolean asksFigureNotStated(String question, String text) {
        return asksPercent(question) && !statesPercent(text)
                || question != null
                        && ASKS_MINIMUM.matcher(question).find()
                        && (text == null || !STATES_MINIMUM.matcher(text).find());
    }
}
