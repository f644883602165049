package ai.treasurecoast.knowledge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ideas visitors express in many ways that the knowledge states in one: a price ("how much",
 * "ballpark", "what do you charge", "run me"), a duration ("how long", "how soon"), a child ("my
 * son is 4", "my 18 month old"). A question's wording is rewritten to one concept word, and an
 * item that states a price or a duration carries that word too, so "what does X run me?" finds the
 * item with X's price whatever words either side uses.
 */
final class Concepts {

    static final String PRICE = "price";
    static final String DURATION = "duration";
    static final String CHILD = "child";
    static final String STAFF = "staff";
    static final String SELF_PAY = "selfpay";
    static final String URGENT = "urgentnow";

    private static final Pattern DURATION_WORDS =
            p("\\bhow (long|soon|quickly|fast)(?: (?:does|do|will|is|are|would|should|until|before|it|they|can))*\\b"
                    + "|\\bhow many (minutes|hours|days|weeks|months|years)\\b");
    private static final Pattern CHILD_WORDS = p(
            "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](year|yr|month)s?[- ]old\\b"
                    // "my 7 yo's haircut", "a 10yo"
                    + "|\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(yo|y/o|yr)\\b"
                    + "|\\b(son|daughter|kid|child|boy|girl) (is|just turned|turned|turns|is turning|will be)"
                    + " (\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b"
                    + "|\\b(toddler|infant|baby|teen|teenager|preteen)s?\\b");
    private static final Pattern STAFF_WORDS = p(
            "(?:^|[.!?,;:]\\s*)\\s*who(?>'s| is| are| will| does| do| would)?+\\b(?! (is |are )?open)"
                    // "is it a doctor or an aesthetician doing the needles?"
                    + "|\\b(is it|will it be|would it be) (a|an|the) \\w+ or (a|an|the) \\w+ (doing|giving|performing|who)\\b");
    private static final Pattern STATES_STAFF =
            p("\\b(nurses?|injectors?|doctors?|physicians?|dentists?|hygienists?|technicians?|techs?"
                    + "|attorneys?|lawyers?|agents?|stylists?|trainers?|instructors?|therapists?|veterinarians?|chiropractors?|plumbers?"
                    + "|electricians?|mechanics?|chefs?|staff|team|licensed|certified|board-certified)\\b");
    private static final Pattern STATES_DURATION = p(
            "\\b(\\d++(?:\\.\\d++)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty"
                    + "|forty-five|sixty|ninety|several|a couple of|a few)"
                    + "(\\s?(?:-|to|or)\\s?(\\d++|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty"
                    + "|sixty|ninety))?[\\s-]?((business|working|calendar|school|full) )?(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\b"
                    + "|\\b((same|next)[- ]day|overnight|within the hour|an hour|a day|a week|24/7|around the clock"
                    + "|a (few|couple|couple of) (minutes|hours|days|weeks))\\b");

    // Paying without insurance, however a visitor puts it: "out of pocket", "if I pay myself",
    // "uninsured"; and "no insurance right now", which still names insurance ("I don't have any
    // insurance on my boat" asks an agency about insurance). Not "does my insurance cover it?".
    private static final Pattern SELF_PAY_ASKED = p("\\bout[- ]of[- ]pocket\\b|\\bcash (price|rate)s?\\b"
            + "|\\bpay(ing)? (for it )?(myself|ourselves)\\b|\\buninsured\\b|\\bself[- ]?pay(ing)?\\b");
    private static final Pattern NO_INSURANCE =
            p("\\b(without|w/o|no|don'?t have|do not have|lost|not using|not through)"
                    + "( any| my| dental| health| medical| an?)? insurance\\b");
    // How the knowledge puts it: "$35 self-pay", "$125 without insurance" (not "we accept cash").
    private static final Pattern SELF_PAY_STATED =
            p("\\bself[- ]pay\\b|\\bwithout insurance\\b|\\buninsured\\b|\\bcash (price|rate)s?\\b");

    // Something going wrong now, told rather than named: "water is pouring from a pipe", "I lost a
    // filling last night". Added beside the visitor's words, to find what the business says about
    // emergencies. Not the words items name problems by ("burst pipe"): those find their own item.
    private static final Pattern URGENT_TOLD = p("\\b(pouring|gushing|spraying|spewing|flooding"
            + "|lost (a|my) (filling|crown|tooth)|knocked out|broke (a|my|off)|chipped (a|my)|won'?t stop"
            + "|no (heat|hot water|a/?c|air)|sparking|smoking|last night|right now|asap)\\b");
    // How the knowledge puts it: "Emergency visit", "24-hour service", "same-day", "right away".
    private static final Pattern URGENT_STATED =
            p("\\bemergenc(y|ies)\\b|\\burgent\\b|\\b24[- ]hours?\\b|\\b24/7\\b|\\bsame[- ]day\\b|\\bright away\\b");

    private static final Pattern AFTERWARDS =
            p("\\b(after|afterwards?|take off|go away|go down|kick in|swelling|numb\\w*)\\b");
    private static final Pattern TAKES = p("\\bhow long\\b[^?.!]{0,60}?\\btakes?\\b");
    private static final Pattern WHAT_FOLLOWS = p(
            "\\b(downtime|down time|recovery|recover|heal|healing|lasts?|wears? off|side effects|sore|soreness|after your)\\b");

    static final double CONTEXT_WEIGHT = 0.35;

    // Where the asking clause starts: after a sentence end, or after a comma or dash before a
    // question word ("I'm going out of town, can you board my cat?").
    private static final Pattern ASKING_CLAUSE = p(
            "(?:[.!?;]+\\s+|[,:\u2014-]\\s+(?=(?:so |and |but )?(?:can|could|do|does|did|is|are|will|would|what|what's|how|where|when|who|which|any|anything|should|price|duration|staff)\\b))(\\S)");

    // Words for the business itself ("at your office", "for the salon"): context, not subject.
    private static final Set<String> BUSINESS_WORDS = stems(
            "office offices practice clinic spa salon restaurant firm agency shop store company business place studio"
                    + " team");

    // What a treatment, a service or a visit has, asked of the one being talked about ("is there any
    // downtime with it?", "is there a warranty?"), or when there is room, is not something offered;
    // nor a word for something that is no offering ("is there a way to…", "any tips?", "a fee").
    private static final String NO_OFFER_HEADS = "downtime|down time|side|risks?|pain|recovery|dress|warranty|guarantee"
            + "|contract|grace|openings?|availability|appointments?|slots?|spots?|wait|waiting|places?|ways?|time|chance"
            + "|need|reasons?|problems?|issues?|limits?|minimum|maximum|difference|fee|charge|cost|price|extra|age"
            + "|deadline|penalty|number|list|lot|good|better|best|other|more|specific|particular|certain|special|rules?"
            + "|policy|idea|updates?|news|word|luck|room|tips?|advice|questions?|restrictions?|suggestions?"
            + "|recommendations?|plans?";

    // "Do you sell life insurance?": a yes/no question about what the business offers.
    private static final Pattern OFFER_QUESTION = p(
            "^(?:do|does|can|could|will|would)\\s+(?:you|u|y'?all|you guys|your \\w+|the \\w+|(?:any|some)(?:one|body)(?: there| here)?)"
                    + "\\s+(?:also\\s+|still\\s+|ever\\s+)?"
                    + "(?:sell|offer|do|have|carry|take|accept|install|repair|fix|service|handle|treat|insure|cover|provide|make"
                    + "|work on|perform|replace|build|host|teach|serve|board|groom|cut|clean)\\s+(.+?)[?.!]*$"
                    // "is there a sauna?", "are there any vegan entrees?": not "is there a way to…", "a fee".
                    + "|^(?:is|are) there (?:also )?(?:a|an|any)\\s+(?!(?:" + NO_OFFER_HEADS + ")\\b)(.+?)[?.!]*$"
                    // "any vegan options?" (not "any tips for my first visit?")
                    + "|^(?:got |have you got |you got )?any\\s+(?!(?:" + NO_OFFER_HEADS + ")\\b)(.+?)[?.!]*$");

    private static final Pattern POINTS_BACK =
            p("(those|these|them|that|this|it|one|ones|any|some)( too| also| as well)?");

    private static final Pattern OBJECT_END = p(
            "\\s+(?:for|on|at|in|with|while|when|if|to|during|before|after|from|because|so|near|around|available|here|today|now"
                    + "|there|anymore|too|also|,)\\b");

    /**
     * The subject terms of a yes/no question about what the business offers ("do you sell life
     * insurance?" gives life, insurance), or none. An answer to such a question must name every one
     * of them: an item about flood insurance does not answer it, however close it is.
     */
    static Set<String> offerObject(String question) {
        Matcher m = null;
        for (String clause : question.split("(?<=[.!?])\\s+|[,:;\u2014]\\s+|\\s+-\\s+")) {
            Matcher candidate = OFFER_QUESTION.matcher(clause.strip());
            if (candidate.matches()) {
                m = candidate;
            }
        }
        if (m == null) {
            return Set.of();
        }
        // The thing itself, not what follows it: "dogs" in "board dogs while we travel".
        String object = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String thing = OBJECT_END.split(object, 2)[0];
        // "thinking about going tankless, do you install those?": named before, not here.
        return POINTS_BACK.matcher(thing).matches() ? Set.of() : subject(thing);
    }

    // "how much is dysport?", "what's the price of a tetanus shot": what a price is asked for, when
    // the clause asks nothing else.
    private static final Pattern PRICE_QUESTION =
            p("^(?:so |and |but |ok |hi )?(?:how much|what(?:'s| is| does)? (?:the |your )?"
                    + "(?:price|cost|charge))\\s+(?:(?:is|are|does|do|would|for|of|to get|on)\\s+)*(?:a |an |the |your |one )?"
                    + "(?!(?:extra|more|less|else|total|altogether|overall|each|both|all|roughly|about|usually|typically"
                    + "|normally|that|this|it|they|them|those|these|you|u|he|she|we|i)\\b)"
                    + "([a-z][\\w'-]*(?: [a-z][\\w'-]*){0,2})(?:\\s+(?:cost|run|be|go for))?\\s*[?.!]*$");

    /** The subject terms of a clause that asks only what something costs ("how much is dysport?"), or none. */
    static Set<String> priceObject(String question) {
        for (String clause : question.split("(?<=[.!?])\\s+|[,:;\u2014]\\s+|\\s+-\\s+")) {
            Matcher m = PRICE_QUESTION.matcher(clause.strip());
            if (m.matches()) {
                return subject(m.group(1));
            }
        }
        return Set.of();
    }

    /** The question's subject terms without the concept words: what it is about. */
    static Set<String> subject(String question) {
        Set<String> subject = new HashSet<>(subjectTerms(question).keySet());
        subject.removeAll(WORDS);
        return subject;
    }

    /** The analysed concept words themselves. */
    static final Set<String> WORDS =
            stems(PRICE + " " + DURATION + " " + CHILD + " " + STAFF + " " + SELF_PAY + " " + URGENT);

    private Concepts() {}

    /**
     * A question's terms, each with its weight: 1 in the clause that asks, {@value #CONTEXT_WEIGHT}
     * in the clauses before it that set the scene ("roof is leaking into my bedroom. what does a
     * leak repair start at?"). Words that only name the business are left out unless nothing else
     * is left.
     */
    static Map<String, Double> subjectTerms(String question) {
        String text = question(question);
        // The clause that ends in the last question mark asks; a statement after it sets the scene too.
        int questionMark = text.lastIndexOf('?');
        int end = questionMark < 0 ? text.length() : questionMark + 1;
        Matcher asking = ASKING_CLAUSE.matcher(text);
        int start = 0;
        while (asking.find() && asking.start(1) < end) {
            start = asking.start(1);
        }
        Map<String, Double> terms = new LinkedHashMap<>();
        Set<String> asked = Terms.of(text.substring(start, end));
        // "we're on medicaid for the kids, can we come there?": a question that names nothing is
        // about the words before it.
        // So is one whose words, besides what it asks (a price, a time), are all everyday words: "my
        // battery keeps dying, how much to put in a new one?" asks about the battery.
        boolean namesNothing = asked.isEmpty()
                || asked.stream().anyMatch(WORDS::contains)
                        && !WORDS.containsAll(asked)
                        && asked.stream().allMatch(t -> WORDS.contains(t) || EverydayWords.veryCommon(t));
        double sceneWeight = namesNothing ? 1.0 : CONTEXT_WEIGHT;
        Terms.of(text.substring(0, start) + " " + text.substring(end)).forEach(t -> terms.put(t, sceneWeight));
        asked.forEach(t -> terms.put(t, 1.0));
        if (!BUSINESS_WORDS.containsAll(terms.keySet())) {
            terms.keySet().removeAll(BUSINESS_WORDS);
        }
        return terms;
    }

    static boolean tellsOfUrgency(String message) {
        return message != null && URGENT_TOLD.matcher(message).find();
    }

    /** Does the question ask how long a visit or a job takes ("how long does a HydraFacial take?")? */
    static boolean asksHowLongItTakes(String question) {
        // Not "how long does it take to heal after a filling?": that asks what follows.
        return TAKES.matcher(question).find()
                && !WHAT_FOLLOWS.matcher(question).find()
                && !AFTERWARDS.matcher(question).find();
    }

    /** Is the title about what follows a treatment: downtime, recovery, how long it lasts? */
    static boolean titleTellsWhatFollows(String title) {
        return WHAT_FOLLOWS.matcher(title).find();
    }

    /** Does the question ask how long, how soon or how fast? A match, no analysis: it runs per reply. */
    static boolean asksDuration(String question) {
        return DURATION_WORDS.matcher(question).find();
    }

    /** The question with its price, duration, staff, self-pay and child wording replaced by the concept words. */
    static String question(String text) {
        String out = PriceWording.ASKS.matcher(text).replaceAll(" " + PRICE + " ");
        out = DURATION_WORDS.matcher(out).replaceAll(" " + DURATION + " ");
        out = STAFF_WORDS.matcher(out).replaceAll(" " + STAFF + " ");
        out = SELF_PAY_ASKED.matcher(out).replaceAll(" " + SELF_PAY + " ");
        out = NO_INSURANCE.matcher(out).replaceAll("$0 " + SELF_PAY);
        out = URGENT_TOLD.matcher(out).replaceAll("$0 " + URGENT);
        return CHILD_WORDS.matcher(out).replaceAll(" " + CHILD + " ");
    }

    /** The concept words an item's text earns by stating a price or a duration ("" when none). */
    static String item(String text) {
        StringBuilder extra = new StringBuilder();
        if (PriceWording.states(text)) {
            extra.append(' ').append(PRICE);
        }
        if (STATES_DURATION.matcher(text).find()) {
            extra.append(' ').append(DURATION);
        }
        if (STATES_STAFF.matcher(text).find()) {
            extra.append(' ').append(STAFF);
        }
        if (SELF_PAY_STATED.matcher(text).find()) {
            extra.append(' ').append(SELF_PAY);
        }
        if (URGENT_STATED.matcher(text).find()) {
            extra.append(' ').append(URGENT);
        }
        return extra.toString();
    }

    private static Set<String> stems(String words) {
        return Set.copyOf(Terms.of(words));
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
