package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.PriceWording;
import ai.treasurecoast.shared.CardNumbers;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Intents recognised without a model, and input normalisation. Pure functions. */
final class Intents {

    static final int MAX_CHARS = 2000;

    private static final Pattern INJECTION = p(
            "\\b(ignore|disregard|forget|override|bypass) (all |any |the |your |my )?(previous |prior |above |earlier |system |original )?"
                    + "(instructions?|rules|prompts?|guidelines|directions|programming)|system prompt|(your|the) (instructions|system message|initial prompt|hidden prompt|rules you follow|guidelines)"
                    + "|(reveal|show|print|repeat|output|display|tell me|give me|share|leak) (me )?(your|the) (prompt|instructions|rules|configuration|config|guidelines)"
                    + "|\\byou are now\\b|\\bact as (an?|my)\\b|pretend (to be|you are|you're)|jailbreak|developer mode|\\bDAN\\b|do anything now"
                    + "|other (clients|customers|workspaces|businesses|companies)('s?)? (data|knowledge|faqs?|information|leads)|<\\s*/?\\s*(script|system|iframe|img)");
    private static final Pattern ONLY_WHO = p("([\\s,.?!]|and|what|how|about|for|is|that|also|too|same|the|a|an|both"
            + "|of|me|my|our|us|him|her|them|he'?s|she'?s|they'?re|he|she|they|\\d+|years?|yrs?|yo|old|months?"
            + "|wife|husband|son|daughter|kids?|child|children|boy|girl|baby|toddler|teen|partner|mom|dad|mother|father"
            + "|sister|brother|grandma|grandpa|grandson|granddaughter|friend|family|dog|cat|puppy|kitten|pet)+");
    private static final Pattern ALL_CLEAR = p("\\b(thanks?|thank you|thx|ty|false alarm|never ?mind|all good|all clear"
            + "|(we'?re|i'?m|he'?s|she'?s|they'?re|we are|i am|he is|she is|it'?s) (ok|okay|fine|good|safe|alright|all right)"
            + "|(called|calling|phoned) (911|them|an ambulance|the police)|(breathing|awake|talking) (now|again)"
            + "|(that|it) was (last|a while|years|months|long))\\b");
    private static final Pattern NOT_THAT_DAY = p("\\b(last|but|except|not( on)?|other than) ("
            + "(mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight)\\b");
    private static final Pattern JUST_A_DAY = p(
            "((and|ok(ay)?|so|but|oh)[,.]? )?(what|how) about( on)?( the)?"
                    + " ((mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight|this weekend|weekends?)[?.!]*"
                    + "|and( on)? ((mon|tues|wednes|thurs|fri|satur|sun)days?|today|tomorrow|tonight|this weekend|weekends?)[?.!]*");
    // "any chance I can be seen today?": a visit wanted today.
    private static final Pattern TODAY = p("\\b(today|this (morning|afternoon)|right away|asap|same[- ]day)\\b");
    // "what time do I drop my cat off for her spay?": when the visitor is to come, which the
    // knowledge about that visit says, before the opening hours do.
    private static final Pattern WHEN_TO_ARRIVE =
            p("\\bwhat time (do|should|must|will) (i|we) (need to |have to )?(drop|bring|pick|check in)\\b");
    // "how much does it cost to talk to someone?" asks a price, not for a person.
    private static final Pattern PRICE_OF_TALKING =
            p("\\b(how much|costs?|charges?|fees?|prices?)\\b.{0,25}\\b(to|for) (talk|speak|chat|meet)\\b");
    private static final Pattern HOURS = p(
            "\\b(hours|open|opens|opened|opening|close|closes|closed|closing|what time)\\b"
                    + "|\\bhow (late|early) (are|is|do|does|will) (you|u|ya|y'all|the \\w+|it) (open|close|stay|be open)\\b"
                    + "|\\bhow (late|early) can (i|we) (come|stop|work|drop|call|get|swing)\\b(?!.{0,30}\\b(after|before)\\b)"
                    + "|\\bhow late do (you|u|ya|y'all) stay open\\b"
                    + "|\\b(christmas|thanksgiving|new year'?s?|holidays?|easter|july 4(th)?|fourth of july|independence day|memorial day|labor day|halloween|veterans day)\\b");

    // "do you guys come out on sundays?", "is anyone working on saturday?": whether the business
    // works that day (not "is Dr. Patel available on saturdays?" or "I work weekends").
    private static final Pattern WORKS_THEN = p("\\b(you|u|y'?all|ya|anyone|anybody|someone|somebody)\\b (\\w+ ){0,2}?"
            + "(come out|coming out|work|working|available|open)\\b.{0,12}?\\b(sundays?|saturdays?|weekends?|tonight)\\b"
            // "can I stop by on a sunday to drop off some paperwork?": whether it is open then
            + "|\\bcan (i|we) (stop|drop|swing|pop) by\\b.{0,12}?\\b(on )?(a )?"
            + "((mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|today|tomorrow|tonight)\\b");

    // "are you taking new patients", "hi, my back hurts. do you take walk-ins": an auxiliary before
    // its subject, anywhere; not when the message asks how much, how long or what.
    private static final Pattern YES_OR_NO_QUESTION =
            p("\\b(do|does|did|is|are|can|could|will|would|should|have|has|may) (you|u|y'?all|we|i|it|there|they)\\b");
    private static final Pattern ASKS_FOR_A_FACT =
            p("\\b(how much|how long|how many|what|whats|what's|which|when|where)\\b");
    private static final Pattern REFERS_BACK = p("\\b(it|its|it's|that|this|they|them|those|these)\\b");

    // Phrases that use an hours word without asking about the schedule; removed before HOURS runs.
    private static final Pattern NOT_HOURS = p(
            "\\b(after[- ]hours|out[- ]of[- ]hours|open[- ]houses?|open (a|an|my) \\w+"
                    + "|open enrollment|closing (costs?|date|day|attorney|agent|process|documents|table)"
                    + "|(close|closing) on (a|the|my|our) (new )?(house|home|condo|property|loan|sale|purchase|refi(nance)?)"
                    // "How long has your restaurant been open on the waterfront?": since when, not when.
                    + "|(how long|since when|how many years) (has|have|had) [^?.!]{0,40}?been open"
                    + "|closed (claims?|cases?)|(keep|kept) (it )?(open|closed)"
                    + "|(the|my|our|a|at|for|before|after|to) ((residential|commercial|real estate|home|house|condo|loan"
                    + "|property|refinance) )?closing(?! (time|hours?)\\b)"
                    // "a filling 2 hours ago", "is the trial class open to anyone?", "who do I call when you're
                    // closed?"
                    + "|(\\d+|a few|a couple( of)?|several|few|two|three) (hours?|hrs?) (ago|later|after|before|apart|afterwards?)"
                    + "|open to (anyone|everyone|all|the public|non-?members|beginners|kids|children|teens|adults|visitors)"
                    + "|(when|if|while) (you'?re|you are|you guys are|y'?all are|the office is|the clinic is|the shop is) closed"
                    // "if something happens after you close, where do we go?"
                    + "|(after|once) (you|u|y'?all|you guys|the (office|clinic|shop|hospital)) (close|closes)(?! (at|on)\\b))\\b");

    // "who am I talking to?", "are you a bot?", "is this a real person?": who answers, asked.
    private static final String WHAT_ANSWERS =
            "(?:bot|chatbot|chat bot|robot|ai|chatgpt|computer|machine|human|real human"
                    + "|person|real person|actual person|live person|live agent|automated|automated system)";
    private static final Pattern WHO_ANSWERS = p("^(?:(?:hi|hello|hey|ok|so|wait|sorry)(?: there)?[,.!]?\\s+)*"
            + "(?:who(?: am i| is this|'?s this| are you(?: guys)?)(?: talking to| chatting to| speaking to| texting)?"
            + "|am i (?:talking|chatting|speaking|texting) (?:to|with) (?:a |an )?" + WHAT_ANSWERS
            + "|(?:are|r) (?:you|u) (?:a |an )?(?:" + WHAT_ANSWERS + "|real)"
            + "|is this (?:a |an )?" + WHAT_ANSWERS + ")"
            + "(?: or (?:a |an )?(?:" + WHAT_ANSWERS + "|real))?"
            + "(?:\\s+(?:please|lol|exactly|right now|now|here|anyway))*[\\s?.!\\p{So}\\p{Sk}]*$");

    // "what services do you offer?", "what do you guys do?": everything the business offers, asked
    // with nothing more (not "what do you do for a cracked tooth?").
    private static final Pattern OVERVIEW = p("^(?:(?:hi|hello|hey|ok|so)(?: there)?[,.!]?\\s+)*(?:can you tell me )?"
            + "(?:(?:what|which) (?:other )?(?:(?:kinds?|types?|sorts?) of )?(?:services|treatments|work|procedures)"
            + " (?:do|does|can) (?:you|u|y'?all|your (?:office|shop|company|practice|firm|clinic|salon|studio|team))"
            + "(?: guys| all| folks)? (?:offer|do|have|provide|handle)(?: available)?"
            + "|what (?:do|does) (?:you|u|y'?all|your (?:office|shop|company|practice|firm|clinic|salon|studio|team))"
            + "(?: guys| all| folks)? (?:do|offer|specialize in)(?: exactly)?"
            + "|what (?:are|is) your services|(?:what|which) (?:services|treatments) (?:are|is) (?:available|offered))"
            + "[\\s?.!]*$");

    // "can I talk to a human?", "I want to speak to the manager please": a person asked for and
    // nothing else (not "can I talk to someone about financing?", not "the owner" of a pet).
    private static final Pattern PERSON_ONLY = p("^(?:(?:hi|hello|hey|ok|please)[,.!]?\\s+)*"
            + "(?:(?:can|could|may) (?:i|we) (?:please )?|i(?:'d like| would like| want| need) to |let me |please let me )?"
            + "(?:talk|speak|chat) (?:to|with) (?:a |an |the )?(?:real |live |actual )?"
            + "(?:person|human|someone|somebody|agent|representative|rep|manager|staff|receptionist|front desk|people)"
            + "(?:\\s+(?:please|now|asap|right now|there))*[\\s?.!]*$");

    // "can I talk to a real person", "I want to speak with the manager", "have someone call me"
    private static final Pattern PERSON = p("\\b(talk|speak|chat) (to|with) (a |an |the |someone in |somebody in )?"
            + "(real |live |actual )?(person|human|someone|somebody|agent|representative|rep|manager|owner|staff"
            + "|receptionist|front desk|billing|office)\\b|\\b(real|live|actual) (person|human)\\b"
            + "|\\b(have|can) (someone|somebody|you) call me( back)?\\b|\\bcall me back\\b");
    // "can someone call me?", "please call me back", "I'd like a callback": asked of the team, so
    // no item of the knowledge answers it (not "can you call me when my car is ready?").
    private static final Pattern CALLBACK =
            p("^(?:(?:ok(?:ay)?|yes|yeah|great|thanks|hi|hello)[,.!]?\\s+)?(?:please\\s+)?"
                    + "(?:(?:can|could|would|will) (?:someone|somebody|you|u|one of you|an? \\w+) (?:please )?|have (?:someone|somebody) |please )?"
                    + "(?:call|ring|phone) me(?: back)?(?: (?:please|asap|today|tomorrow|now|soon|at [\\w:()+-]+|on [\\w()+-]+))*[?.! ]*$"
                    + "|\\b(?:i'?d like|i want|i need|i would like|can i (?:get|have)|please send) (?:a (?:call|call ?back|phone call)|someone to call me"
                    + "|you to call me)(?: back)?(?: (?:please|asap|today|tomorrow|now|soon))*[?.! ]*$"
                    + "|\\brequest(?:ing)? a call ?back[?.! ]*$");
    // "how soon can you get here?", "how fast can someone come out": when help arrives, which the
    // knowledge says as emergency or same-day service, not in these words.
    private static final String WHO_COMES = "(you|u|y'?all|you guys|someone|somebody|(a|the|your) (tech|technician"
            + "|plumber|roofer|mechanic|contractor|crew|team|guy|guys|person|vet|doctor|electrician|installer))";
    private static final Pattern HOW_SOON = p("\\bhow (soon|fast|quickly) (can|could|will|would) " + WHO_COMES
            + " (get|come|be|make it) (here|out|over|by|to (me|us|my \\w+|the \\w+))\\b"
            + "|\\bhow long (until|till|before) " + WHO_COMES + " (can )?(get|come|be) (here|out|over)\\b");
    private static final Pattern PROBLEM = p("\\b(is|are|keeps|kept|started|has been|have been|was|'s|'re)( \\w+)?"
            + " (making (a |an |this |that )?(\\w+ )?(noise|noises|sound|sounds|smell)|leaking|dripping|squealing|grinding"
            + "|rattling|smoking|overheating|sparking|flickering|clogged|backed up|overflowing|broken|frozen|sagging"
            + "|not (working|cooling|heating|starting|draining|flushing|turning on|blowing))\\b"
            + "|\\b(stopped|quit) (working|cooling|heating|blowing|running|draining)\\b"
            + "|\\b(won'?t|will not|doesn'?t|does not) (start|turn on|crank|cool|heat|drain|flush|stop running)\\b"
            + "|\\bno (hot water|heat|a/?c|cold air|water pressure)\\b");
    private static final Pattern ASKS = p("\\b(how|what|whats|what's|which|who|where|when|why|do|does|did|can|could"
            + "|would|will|should|is it|are you|is there|are there)\\b");
    private static final int ELLIPTICAL_WORDS = 10;
    private static final Pattern ELLIPTICAL =
            p("^((and|ok(ay)?|so|but|oh)[,.]? )?((what|how) about|(and|also|same|what) for|is that (also )?for)\\b"
                    + "|^and (my|the|a|an|for|what|how)\\b");
    // "I need to cancel my appointment tomorrow" (not "is there a fee to cancel?": a question for the knowledge)
    private static final Pattern CANCEL = p("^(?!.*\\b(fee|charge|cost|penalty|policy|how (far|long|much|soon))\\b).*"
            + "\\b(cancel|cancell?ing) (my|our|the|this|tomorrow'?s|today'?s) (\\w+ )?(appointment|appt|reservation|session|booking"
            + "|visit|consultation|consult|lesson|class|service call|install(ation)?)\\b");

    // "hi! :)", "hey how's it going?", "good morning team \uD83D\uDE0A": a greeting and nothing more.
    private static final String AFTER_GREETING = "([!.,? ]|:-?\\)|:-?d|\\p{So}|\\p{Sk})*";
    private static final Pattern GREETING = p("^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|yo)"
            + "( there| team| folks| guys| all| everyone| y'?all)?" + AFTER_GREETING
            + "((how'?s it going|how are (you|u)( doing)?( today)?|how r u|hope (you'?re|you are) (well|doing well))"
            + AFTER_GREETING + ")?$");
    // Thanks and goodbyes, alone or together: "thanks! bye", "ok thank you, have a good day".
    private static final String CLOSING =
            "thanks|thank you|thx|ty|ok|okay|great|cool|perfect|got it|awesome|bye|bye bye"
                    + "|goodbye|good bye|see ya|see you|have a (good|great|nice) (day|one|night|weekend)|that'?s all|that'?s it";
    private static final Pattern THANKS =
            p("^(" + CLOSING + ")( (so much|very much|a lot))?([!.,? ]+(" + CLOSING + "))*[!.,? ]*$");

    private static final Pattern YES = p(
            "^(yes|yeah|yea|yep|yup|ya|sure|correct|right|exactly|please|yes please"
                    + "|that'?s (it|right|correct|the one)|that one|uh huh|mhm|y)( (please|thanks|thank you|exactly|that'?s it))?[!.,? ]*$");
    private static final Pattern NO =
            p("^(no|nope|nah|not really|neither|wrong|no thanks|no thank you|not quite|n)[!.,? ]*$");

    private Intents() {}

    /** The last sentence that ends in a question mark, or the whole message when none does. */
    static String askingSentence(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+");
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].endsWith("?")) {
                return sentences[i];
            }
        }
        return text;
    }

    /** A bare yes, as a reply to "are you asking about ...?". */
    static boolean yes(String text) {
        return YES.matcher(text).matches();
    }

    /** A bare no. */
    static boolean no(String text) {
        return NO.matcher(text).matches();
    }

    static boolean greeting(String text) {
        return GREETING.matcher(text).matches();
    }

    static boolean thanks(String text) {
        return THANKS.matcher(text).matches();
    }

    /** NFKC, no control characters, single spaces, at most 2000 characters, card numbers masked. */
    static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String text = Normalizer.normalize(message, Normalizer.Form.NFKC)
                .replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "")
                // A phone's curly apostrophe ("I\u2019d like to") is the apostrophe every pattern expects.
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        return Texting.plain(CardNumbers.mask(text));
    }

    static boolean injection(String text) {
        return INJECTION.matcher(text).find();
    }

    /** Wants to pay, or sent card details. Questions about accepted payment methods are not this. */
    static boolean paymentRequest(String text) {
        return PaymentRequests.in(text);
    }

    /** "and for my son? he's 2": a follow-up that says only who, and nothing of what is happening. */
    static boolean onlyWho(String text) {
        return elliptical(text) && ONLY_WHO.matcher(text.strip()).matches();
    }

    /** "thanks, we're fine now", "ok I called 911", "false alarm": nobody needs the emergency text again. */
    static boolean allClear(String text) {
        return ALL_CLEAR.matcher(text).find();
    }

    /** "I was in last Tuesday", "any day but Friday": a day named, and not the one wanted. */
    static boolean notThatDay(String text) {
        return NOT_THAT_DAY.matcher(text).find();
    }

    /** "what about on Saturday?", "and tomorrow?": a day and nothing else, so its hours are asked. */
    static boolean justADay(String text) {
        return JUST_A_DAY.matcher(text.strip()).matches();
    }

    /** "What services do you offer?": the whole list, asked with nothing more. */
    static boolean overview(String text) {
        return OVERVIEW.matcher(text.strip()).find();
    }

    /** "Who am I talking to?", "are you a bot?": asked of the assistant itself, nothing else. */
    static boolean whoAnswers(String text) {
        return WHO_ANSWERS.matcher(text.strip()).find();
    }

    /** "Can I talk to a human?" with nothing more asked. */
    static boolean personOnly(String text) {
        return PERSON_ONLY.matcher(text.strip()).find();
    }

    /** "can I talk to a real person?"; not "how much does it cost to talk to someone?". */
    static boolean person(String text) {
        return PERSON.matcher(text).find() && !PRICE_OF_TALKING.matcher(text).find();
    }

    /** "any chance I can be seen today?", "can you fit me in this morning?": a visit wanted today. */
    static boolean today(String text) {
        return TODAY.matcher(text).find();
    }

    static boolean whenToArrive(String text) {
        return WHEN_TO_ARRIVE.matcher(text).find();
    }

    static boolean callback(String text) {
        return CALLBACK.matcher(text.strip()).find();
    }

    /** A short message that only makes sense with the one before: "what about for me and my wife?" */
    static boolean elliptical(String text) {
        return text.split("\\s+").length <= ELLIPTICAL_WORDS
                && ELLIPTICAL.matcher(text.strip()).find();
    }

    /** "my AC is making a weird noise", "the water heater is leaking", "car won't start". */
    static boolean problem(String text) {
        return PROBLEM.matcher(text).find();
    }

    /**
     * A problem told with no question ("my AC is making a weird noise"): "can you fix my fridge? it
     * stopped cooling" asks whether the business does that, which the knowledge must answer.
     */
    static boolean problemOnly(String text) {
        return problem(text) && text.indexOf('?') < 0 && !ASKS.matcher(text).find();
    }

    static boolean howSoon(String text) {
        return HOW_SOON.matcher(text).find();
    }

    static boolean cancel(String text) {
        return CANCEL.matcher(text).find();
    }

    /** "do you…?", "is there…?", "can I…?": a question a "Yes." answers (not "how much is…?"). */
    static boolean asksYesOrNo(String text) {
        return YES_OR_NO_QUESTION.matcher(text).find()
                && !ASKS_FOR_A_FACT.matcher(text).find();
    }

    /**
     * "do you take Delta?" against the FAQ "Do you accept Delta Dental?": a yes-or-no question
     * about the same person, so the FAQ's "Yes." answers it too. Not "do I owe anything if we
     * lose?" against "Do you work on contingency?", where that "Yes." would mislead.
     */
    static boolean sameYesOrNo(String question, String title) {
        Matcher faq = YES_OR_NO_QUESTION.matcher(title);
        if (!asksYesOrNo(question) || !faq.find()) {
            return false;
        }
        // Any of the message's questions: "Can I book a cleaning? And do you see kids?" asks the
        // second one of "Do you see children?".
        Matcher asked = YES_OR_NO_QUESTION.matcher(question);
        while (asked.find()) {
            if (addressee(asked.group(2)).equals(addressee(faq.group(2)))) {
                return true;
            }
        }
        return false;
    }

    private static String addressee(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.matches("u|y'?all") ? "you" : lower;
    }

    /** "does it hurt?", "is that covered?": about something said before. */
    static boolean refersBack(String text) {
        return REFERS_BACK.matcher(text).find();
    }

    static boolean hours(String text) {
        return HOURS.matcher(NOT_HOURS.matcher(text).replaceAll(" ")).find()
                // "do you charge more to come out on weekends?" asks the knowledge for a price.
                || (WORKS_THEN.matcher(text).find() && !PriceWording.asks(text));
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
