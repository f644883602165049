package ai.treasurecoast.assistant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Requests to book a visit, told apart from questions that only mention one ("what should I bring
 * to my appointment?", "do I need to book first?", "while the tech is here, could he also…").
 */
final class Bookings {

    private static final Pattern BOOKING = p(
            "\\b(book|reschedule|reserve)\\b|\\b(schedule|reschedule) (an?|my|the|me|it|a time|appointment|visit|service)\\b"
                    + "|\\bto schedule\\b|^\\s*schedule\\b|\\b(make|set up|setup|request|get|grab) (me )?(an?|my|the) ?(appointment|appt|consultation|consult|visit|reservation|table|booking)\\b"
                    + "|\\b(available|availability|open) (appointments?|slots?|times?)\\b|\\bnext available\\b|\\bcome in (today|tomorrow|this week)\\b"
                    // "do you have availability this week?", "what's your availability" (not "availability of parts")
                    + "|\\bavailability\\b(?! (of|for (parts|the part|that part))\\b)");
    // When a visitor wants to come in: "today", "this afternoon", "next week", "on friday".
    private static final String SOON = "today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend)"
            + "|next (week|weekend)|asap|right away|((on|this|next) )?(mon|tues|wednes|thurs|fri|satur|sun)day";

    // Everyday ways to ask for a visit. Read only when the message is not about what a visit costs,
    // a policy (not "review my policy"), how long the wait is or which days: "is there a fee to cancel my appointment?"
    // and
    // "can someone come out on weekends?" are questions for the knowledge.
    private static final Pattern BOOKING_EVERYDAY = p(
            // "set up a meeting", "get a listing consultation" (not "get a free consultation?": the knowledge says)
            "\\b(make|set up|setup|request|get|grab) (me )?(an?|my|the) (?!free )\\w+ (appointment|consultation|consult|visit)\\b"
                    + "|\\b(set up|setup|schedule|arrange) (an?|my|the) (\\w+ )?(meeting|call|session|time|slot|inspection|estimate)\\b"
                    // "can I get in next week", "bring my car in on monday"
                    + "|\\b(get|come|bring (it|him|her|them|my \\w+)) in (next|this|on|for|today|tomorrow|sometime|soon|asap"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    // "need to move my appointment", "change my reservation to 8 pm"
                    + "|\\b(move|change|push( back)?|switch|shift) (my|our|the) (\\w+ )?(appointment|appt|reservation|session|booking"
                    + "|visit|consultation|consult|lesson|class)\\b"
                    // "can you send a tech out", "I need someone to come look at my AC" (not "do you send techs out to
                    // Vero?")
                    + "|(?<!\\bdo you )(?<!\\bdoes )\\b(send|get) (a tech|a technician|someone|somebody|a plumber|a roofer|an inspector|a crew)"
                    + " (out|over)\\b"
                    + "|\\b(someone|somebody|a tech|a technician) (to )?come (out|over|by|look|fix|check|inspect|take a look)\\b"
                    // "can I get seen today?" (not "how soon can I be seen?": ABOUT_VISITS)
                    + "|\\b(get|be) seen (" + SOON + ")\\b"
                    // "can you see him today?"
                    + "|\\b(can|could) (you|u|y'?all|the (doctor|vet|dentist|chiropractor)) see (me|him|her|them|us|my \\w+)"
                    + " (" + SOON + ")\\b"
                    // "can someone come tomorrow morning?"
                    + "|\\b(someone|somebody|a tech|a technician|a plumber|a roofer|you guys|y'?all|(can|could) (you|u)) (to )?come"
                    + " (out |over |by )?"
                    + "(" + SOON + ")\\b"
                    + "|\\bsign (me |us )?up for (a|an|the|one|your) (\\w+ )?(class|session|lesson|trial)\\b"
                    + "|\\b(table|reservation) for (\\d+|two|three|four|five|six|seven|eight|ten|twelve)\\b"
                    + "|\\bparty of (\\d+|two|three|four|five|six|seven|eight|ten|twelve)\\b"
                    + "|\\bcan you (come|stop) (out|by|over)\\b|\\b(fit|squeeze|pencil) (me|us|him|her|them|my \\w+) in\\b"
                    // "put me down for front brakes", "get the first one on the calendar", "can you get that
                    // scheduled?", "pencil in a meeting", "sign me up for Wednesday's class"
                    + "|\\bput (me|us|him|her|them|my \\w+) down for\\b"
                    + "|\\b(put|get|add|have) (me|us|him|her|them|it|that|this|one|my \\w+|(the|a|an) [\\w-]+( [\\w-]+){0,2}) on the"
                    + " (calendar|schedule|books)\\b"
                    + "|(?<!\\b(do|does|should) (i|we) (need|have) to )\\b(get|have) (it|that|this|one|him|her|them)"
                    + " (scheduled|booked)\\b|\\bpencil in\\b"
                    // not "sign me up for your newsletter"
                    + "|\\bsign (me|us|him|her|them|my \\w+) up\\b(?! for (the |your |our |an? )?([\\w-]+ )?(newsletter"
                    + "|mailing list|list|emails?|texts?|alerts|updates|rewards|loyalty|program|auto-?pay|portal|paperless)\\b)"
                    // "need to move my cleaning from tues to thursday", "move my Thursday 3pm to Monday"
                    // (not "switch my life insurance from Sun Life", "change my autopay to Friday")
                    + "|\\b(move|switch|change|push) (my|our|\\w+'s) (?!(\\w+ )?(insurance|policy|coverage|auto-?pay|payment"
                    + "|billing|membership|plan)\\b).{0,30}?\\b(to|from) (next )?((mon|tues?|wed|wednes|thurs?|fri|sat|satur)(day)?|sunday)\\b"
                    // "I'd like to request a tune-up", "need a telehealth appt wednesday", "need a plumber this
                    // afternoon", "I need someone out for a tarp asap"
                    // (not "I'd like to request my records", "make a complaint", "set up autopay")
                    + "|\\bi'?d like to (book|reserve|schedule|(request|set up|make) (an?|my|the|some) ([\\w-]+ ){0,2}"
                    + "(appointment|appt|visit|consult(ation)?|exam|checkup|cleaning|tune-?up|inspection|estimate"
                    + "|reservation|session|class|lesson|service call|time))\\b"
                    // (not "do I need an appointment today or can I walk in?")
                    + "|(?:^\\s*|(?<!\\b(?:do|does|did|will|would|should|must) )\\b(?:i|we) (?:really |just |still )?)"
                    + "(need|want) (a|an) ([\\w-]+ ){0,2}(appt|appointment|consult|consultation|visit|exam|checkup"
                    + "|cleaning|inspection|estimate|plumber|roofer|tech|technician) (for )?(" + SOON + ")\\b"
                    + "|\\bneed (someone|somebody|a \\w+) out\\b(?! of\\b)"
                    // "can we see the house in Sewall's Point tomorrow evening?"
                    + "|\\b(see|tour|view) (the|that|this) (house|home|condo|property|place|listing|unit)"
                    + "( (on|at|in) [^,.?!]{1,30}?)? (" + SOON + ")\\b"
                    + "|(?<!\\bdo )\\bi (need|'d like|want) an? (appointment|appt|consult|consultation)\\b(?! for (a|an|the) \\w+\\?)"
                    + "|\\bany openings?\\b"
                    + "|\\bget (my \\w+|him|her|it|them) in\\b"
                    // "can I get an adjustment next week", "book a cleaning on friday"
                    + "|\\b(get|book) (an?|another|one more) ([\\w-]+ ){1,3}(" + SOON + ")\\b");
    // "free" asks whether a visit is free ("can I get a free consultation?"); "the free consult" is
    // the name of one ("put me down for the free Invisalign consult").
    private static final Pattern ABOUT_VISITS = p(
            "\\b(fee|charge|cost|much|penalty|(?<!\\bmy |\\bour )policy|notice|(?<!\\bthe )free|weekends?|\\w+days|after hours|patio|outside|gratuity)\\b"
                    + "|\\bhow (long|soon|fast|quickly|far)\\b|\\bhow (late|early) can (i|we) (be|arrive|show up)\\b");
    // What it takes to book, asked: "is there a minimum spend to book the Harbor Room?", "do I need a
    // referral to book a cleaning?". Only such conditions: "is there room to book a party of 8?" books.
    private static final Pattern BOOKING_CONDITION =
            p("\\b(is there|are there|do (i|we) (need|have to)|does it (need|require)"
                    + "|do you (need|require)) (an? |any |the )?(minimum( \\w+)?|min( \\w+)?|deposit|fee|charge|referral|consultation"
                    + "|consult|requirement|age (limit|requirement)|waiting period|prepayment|down payment)"
                    + " (to|before|for) (book|booking|reserve|reserving)\\b");
    // "if I need to reschedule, how much notice?", "if I get a HydraFacial Friday can I wear makeup?":
    // what follows a visit is asked, not for one. A booking word counts then only when the message
    // asks nothing about visits ("if I book today can I get in tomorrow?" still books).
    private static final Pattern CONDITIONAL_VISIT =
            p("\\bif (i|we) (need to |have to |want to |end up )?(get|book|reschedule|schedule|come in|move|change)\\b"
                    // "how late can I be before you make me reschedule?"
                    + "|\\b(make|have) (me|us) (to )?(reschedule|rebook)\\b"
                    // "how late can I be before u reschedule me?"
                    + "|\\bbefore (you|u|y'?all|they|the office) (reschedule|rebook|cancel|give away)\\b");
    // The clause a visit is the condition of, up to its comma: "if I book a filling, ".
    private static final Pattern CONDITION_CLAUSE = p("\\bif (i|we) [^,.?!;]*[,;]");
    // "what should I do while I wait for a tech to come out?", "what's best when we come in for
    // dinner?": a visit in a clause of time frames the question and asks for none.
    private static final Pattern TIME_CLAUSE = p("\\b(when|while|until|till|once|whenever|before|after)"
            + " (i|we|you|u|they|he|she|my \\w+|our \\w+|a tech|the tech|someone|somebody)\\b( \\w+)?"
            // up to the request that may follow: "when you get a chance can you book me for friday"
            + "(?:(?!\\b(book|schedule|reschedule|reserve|appointment|appt|can|could|i|we|i'?d|we'?d)\\b)[^,.?!;])*");
    // "is it safe to come in for adjustments?", "is it worth having someone come out?", "can I still
    // come in for Botox?": whether a visit is wise, not a request for one.
    private static final Pattern NOT_A_REQUEST =
            p("\\b(is it|is that|would it be|is this) (really )?(safe|worth|necessary|a good idea|better"
                    + "|(ok|okay) to (come|bring|have|go|do|take))\\b"
                    + "|\\bcan (i|we|he|she) still\\b(?!.*\\b(book|schedule|reserve|get in|" + SOON + ")\\b)");
    // "do I need to bring my car in for the state inspection?" asks whether, not for a visit.
    private static final Pattern WHETHER_TO_COME = p(
            "\\b(do|should|would|must) (i|we) (need|have|want)? ?to (bring|come|get|take) (\\w+ ){0,3}in\\b[^.?!]*[.?!]?");
    // "or do I need to book first?", "is a reservation required?": whether to book at all.
    private static final Pattern WHETHER_TO_BOOK = p("\\b(do|should|would|will) (i|we) (need|have|want)? ?to"
            + " (book|reserve|make (an? )?(appointment|appt|reservation)|schedule|call ahead)\\b"
            + "|\\b(is|are) (an? )?(appointment|appt|reservation|booking)s? (needed|required|necessary|a must)\\b");

    private Bookings() {}

    /** "Do I need to book first?": whether a visit needs booking, which the business may say. */
    static boolean whetherToBook(String text) {
        return WHETHER_TO_BOOK.matcher(text).find();
    }

    /**
     * The sentence that asks to book: the one that asks, or a request before it ("I'd like to book
     * the new patient special. Anything Wednesday morning?").
     */
    static Optional<String> sentence(String message, String asking) {
        if (booking(asking)) {
            return Optional.of(asking);
        }
        // Only before the question ("are there showers? I'd like to come in for the 6am class" asks
        // about showers), and only when one asks: each sentence of a statement is not read alone.
        if (asking.equals(message)) {
            return Optional.empty();
        }
        for (String sentence : message.split("(?<=[.!?])\\s+")) {
            if (sentence.equals(asking)) {
                break;
            }
            if (booking(sentence)) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    static boolean booking(String message) {
        if (BOOKING_CONDITION.matcher(message).find()
                || NOT_A_REQUEST.matcher(message).find()) {
            return false;
        }
        // Only that sentence asks whether: "do I need to bring him in? Can you see him today?" books.
        String text = TIME_CLAUSE
                .matcher(WHETHER_TO_COME.matcher(message).replaceAll(" "))
                .replaceAll(" ");
        boolean conditional = CONDITIONAL_VISIT.matcher(message).find();
        boolean aboutVisits = ABOUT_VISITS.matcher(text).find();
        // "If I book a filling, is laughing gas an option?": the visit is the condition, the
        // question is what follows it ("if I book today, can I get in tomorrow?" still books).
        String asked = conditional ? CONDITION_CLAUSE.matcher(text).replaceAll(" ") : text;
        boolean conditionAside = !asked.equals(text);
        return BOOKING.matcher(asked).find() && !(conditional && aboutVisits)
                || BOOKING_EVERYDAY.matcher(asked).find() && (!conditional || conditionAside) && !aboutVisits;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
