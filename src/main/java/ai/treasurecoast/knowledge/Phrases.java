package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Phrases rewritten before the words are analysed, in questions and items alike: a word that means
 * something else in a phrase ("a will", "food to go"), a filler that is part of a word ("tune
 * up"), and everyday phrases for what businesses name in one word ("year-round" rentals are
 * annual ones).
 */
final class Phrases {

    // "will" is a stop word as a verb ("will my rates go up?") but the subject in "how much is a
    // will?": the noun is rewritten to "wills", which is no stop word and stems back to "will".
    private static final Pattern NOUN_WILL = Pattern.compile(
            "(?i)\\b(a|my|the|your|our|his|her|their|living|simple|basic|new|last|contested|contest|update|updating"
                    + "|write|writing|draft|drafting|probate) will\\b( (package|packages|and testament|and trust|kit))?");

    // "where r u located": text speak. Only before "u"/"you", so "R-22" and "R-value" keep their R.
    private static final Pattern TEXT_SPEAK_ARE = Pattern.compile("(?i)\\br (u|you|y'?all|ya)\\b");

    // "can I get the wings to go?": takeout of what it names (ANYTHING_TO_GO has taken the rest).
    private static final Pattern TO_GO =
            Pattern.compile("(?i)\\b(order|dinner|lunch|breakfast|pizza|wings|drinks?|coffee)( \\w+)? to go\\b");

    // "can I order food to go?": nothing but takeout is asked.
    private static final Pattern ANYTHING_TO_GO = Pattern.compile(
            "(?i)\\b((order|get|grab) )?(some |the )?(food|order|meal|something|anything|it|them)( food)? to go\\b");

    // "what should I have with me?": what to bring.
    private static final Pattern HAVE_WITH = Pattern.compile("(?i)\\b(have|take|carry|keep) with (me|us|you|them)\\b");

    // "where's your shop?": where it is located.
    private static final Pattern WHERE_IS =
            Pattern.compile("(?i)\\bwhere(?: is|'s| are|s) (?:(?:you|y'?all|you guys)\\b"
                    + "(?=\\s*(?:at|exactly|[?,.!]|$))|(?:your|ur|the) (?:shop|office|store|place|clinic|business|building|restaurant"
                    + "|salon|studio|gym|practice|firm|agency|location)\\b)(?!.{0,20}\\blocated\\b)");
    // "my wife is 7 months along", "do you see expecting moms?": a pregnancy.
    private static final Pattern EXPECTING = Pattern.compile(
            "(?i)\\b(expecting (moms?|mothers?|mamas?|women|patients|a baby|twins)|\\d+ (weeks|months) along)\\b");

    // "can you watch my dog while we're away?": boarding.
    private static final Pattern PET_SITTING = Pattern.compile(
            "(?i)\\b(?:watch|look after|pet-?sit) (my|our|the|his|her|their) (dogs?|cats?|pets?|puppy|puppies|kitten)\\b"
                    + "(?=\\s+(?:while|when|for|over|during|this|next)\\b)"
                    // "can we leave our dog with you while we go on vacation?", "keep my cat for a week": the owner
                    // is away (not "keep my dog for the dental", "leave him for his surgery").
                    + "|\\b(?:keep|leave|take care of|care for) (my|our|the|his|her|their) (dogs?|cats?|pets?|puppy|puppies"
                    + "|kitten)\\b"
                    + "(?=\\s+(?:with (?:you|u|y'?all) )?(?:(?:while|when) (?:we|i|they|my|our)\\b(?!'?s? (?:gets?|comes?|is) home)"
                    + "|while (?:we'?re|i'?m|we are|i am) (?:away|gone|out|traveling|travelling|on)\\b"
                    + "|over the weekend\\b|for (?:(?:a|an|the|one|two|three|four|\\d+|a few|a couple(?: of)?|the whole) )?"
                    + "(?:days?|weeks?|weekends?|nights?|months?)\\b))");
    // "Can you keep his dog?": boarding too (not "how do I take care of my dog?").
    private static final Pattern PET_KEEPING =
            Pattern.compile("(?i)\\b(can|could|would|will) (you|y'?all|u) (?:keep|watch) (my|our|the|his|her|their)"
                    + " (dogs?|cats?|pets?|puppy|puppies|kitten)\\b(?=\\s*[?.!]|\\s*$)");
    // "can I make monthly payments?", "a payment plan": financing.
    private static final Pattern PAY_OVER_TIME = Pattern.compile(
            "(?i)\\b((monthly|small|installment|instalment) payments|payment plans?|pay (it )?(off )?over time)\\b");

    // "tune up", "tune-up" and "tuneup" are one word: "up" alone is a filler.
    private static final Pattern UP_COMPOUND = Pattern.compile(
            "(?i)\\b(tune|check|touch|follow|pick|sign|set|warm|clean|start|make|back|lock|hook)[- ]up\\b");
    // "signing up online": the sign-up (not "picked up for a DUI" or a "backed up" drain).
    private static final Pattern SIGNING_UP = Pattern.compile("(?i)\\bsign(?:s|ed|ing)[- ]up\\b");

    // Everyday phrases for what businesses name in one word: "year-round" rentals are annual ones,
    // "never bought a place before" is a first-time buyer, "bail last minute" is a cancellation,
    // "pay per class" is a drop-in.
    private static final Pattern YEAR_ROUND =
            Pattern.compile("(?i)\\byear[- ]round (rentals?|leases?|tenants?|management)\\b");
    private static final Pattern FIRST_TIME = Pattern.compile(
            "(?i)\\bnever (bought|owned|purchased) (a|an|our|my) (home|house|place|condo|property)( before)?\\b");
    private static final Pattern LAST_MINUTE =
            Pattern.compile("(?i)\\b(bail|back out|flake|no-show)\\b(?=.{0,25}\\blast[- ]minute\\b)");
    // "what might our place in Palm City go for?": what a home is worth (not "a place to go for a run").
    private static final Pattern SELLS_FOR =
            Pattern.compile("(?i)(?<=\\b(?:house|home|place|condo|property|townhouse|townhome|villa|land)\\b.{0,40})"
                    + "\\b(?:(?:go|goes|sell|sells) for|fetch)\\b"
                    + "(?=\\s*(?:[?.!,]|$|these days|now|today|right now|in (?:this|today's) market))");
    // "if something happens at night", "in case anything goes wrong": an emergency.
    private static final Pattern SOMETHING_HAPPENS =
            Pattern.compile("(?i)\\b(if|in case|when|what if) (something|anything) (happens|goes wrong|comes up)\\b");
    // "if something happens after you close": after hours.
    private static final Pattern AFTER_CLOSE = Pattern.compile(
            "(?i)\\b(after|once) (you|u|y'?all|you guys|the (office|clinic|shop|hospital))( (close|closes|are closed)"
                    + "|'re closed)\\b(?! (at|on)\\b)");
    private static final Pattern PER_VISIT = Pattern.compile(
            "(?i)\\b(pay|paying|price|cost)\\s+(per|by the|for each|for a single|for one|for just one)\\s+(class|session)\\b");

    // "what's your license number?": the license, not a phone number.
    private static final Pattern LICENSE_NUMBER = Pattern.compile("(?i)\\b(licen[cs]e) (number|#|no\\.?)(?=\\W|$)");

    // "can you look it over?", "check over the car": an inspection.
    private static final Pattern LOOK_OVER = Pattern.compile(
            "(?i)(?<=\\b(?:you|u|y'?all|someone|somebody|mechanic|tech|technician) (?:\\w{1,12} )?)(?:look|check)"
                    + " ((?:it|them|her|him|this|that|(?:the|my|a) \\w+) )?over\\b");
    // "do you do take out?", "carry-out": takeout (not "take out a loan").
    private static final Pattern TAKE_OUT = Pattern.compile(
            "(?i)\\b(?:take|carry)[- ]?out\\b(?! (?:a|an|the|my|your|of|insurance|loans?|policy|policies|trash)\\b)");
    // "picked up for drunk driving": a DUI, not the drunk driver who hit a visitor.
    private static final Pattern DRUNK_DRIVING =
            Pattern.compile("(?i)\\b(for|with|of) (drunk driving|driving drunk|driving under the influence)\\b");
    // "can my dog eat breakfast before his neuter?": feeding before surgery (not "can we eat outside?").
    private static final Pattern EAT_BEFORE =
            Pattern.compile("(?i)\\b(eat breakfast|have breakfast|eat dinner|have dinner|have food|eat)\\b"
                    + "(?=.{0,40}\\b(surgery|spay|spayed|neuter|neutered|anesthesia|procedure|sedation)\\b)");

    // "how long until botox wears off?": how long it lasts.
    private static final Pattern WEAR_OFF = Pattern.compile("(?i)\\b(wears?|wearing|wore) off\\b");

    // "can I just show up for a cut?", "roll in without an appointment", "walk-ins": one word, so a
    // walk-in is not any walk ("walk you through"); not "what time should I show up?".
    private static final Pattern WALK_IN = Pattern.compile("(?i)\\bjust (show|roll|pop|come) (up|in)\\b"
            // "can I just swing by for a tire rotation?" (not "just stop by to pick up my records")
            + "|\\bjust (swing|stop|drop|come) by\\b(?!\\s+(?:to|and)\\s+(?:drop|pick|pickup|bring|sign|fill|grab|pay"
            + "|get (?:the|my|a copy))\\b)"
            + "|\\b(show|roll|pop|come|swing|stop) (up|in|by)(?= without (an? )?(appointment|appt|booking|reservation|calling)\\b)"
            + "|\\bwalk[- ]?ins?\\b");

    // "what does it cost for someone to come figure out what's wrong?": a diagnostic visit.
    private static final Pattern WHATS_WRONG = Pattern.compile(
            "(?i)\\b(?:figure out|find out|see|check|look at|tell me) what(?:'s| is|s) (?:wrong|going on)(?! with (?:me|my \\w+ (?:body|health)))");

    // "I have a 3 year old. Is there somewhere I can leave him while I'm in class?": childcare.
    private static final Pattern CHILD_MINDING = Pattern.compile(
            "(?i)\\b(?:leave|drop(?: off)?|watch|put) (?:my|our|the|him|her|them)(?: (?:kids?|children|son|daughter|toddler"
                    + "|baby|little ones?))?(?= while (?:(?:i'?m|we'?re|i am|we are) (?:in (?:a |my |the )?(?:class|workout|session)"
                    + "|working out|at the gym|exercising|training)|(?:i|we) (?:work out|exercise|train|take (?:a )?class))\\b)");

    // "can I do a video visit?": a telehealth visit, however the clinic names it.
    private static final Pattern VIDEO_VISIT =
            Pattern.compile("(?i)\\b(video|virtual)[- ](visits?|appointments?|appts?|checkups?|check-ups?)\\b");

    // "do you do a practice run for the hair?": a trial.
    private static final Pattern PRACTICE_RUN = Pattern.compile("(?i)\\b(practice|test|dry|trial) runs?\\b");

    // "how do I start a claim?": reporting one.
    private static final Pattern START_CLAIM = Pattern.compile("(?i)\\b(start|begin|put in|submit)"
            + "(?= (an? |my |the )?((insurance|home|homeowners|auto|car|roof|storm) )?claims?\\b)");

    // "any way to get a car to drive in the meantime?": a loaner.
    private static final Pattern CAR_TO_DRIVE =
            Pattern.compile("(?i)\\b(a|another|some) (car|vehicle|ride) to (drive|use|borrow|get around in)\\b");

    // "my dog is limping, can I talk to someone about it?": who to ask names no subject; the words
    // "talk" and "someone" would only find items that happen to use them.
    private static final Pattern TALK_TO_SOMEONE = Pattern.compile("(?i)\\b(can|could|may) (i|we) (talk|speak|chat)"
            + " (to|with) (someone|somebody|anyone|a person|a human|a real person|the team|one of you)"
            + "( (about|regarding) (it|this|that|him|her|them))?\\b");

    private Phrases() {}

    /** The text with these phrases rewritten, for what reads it without the analyser (word vectors). */
    static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try (Reader reader = rewrite(new StringReader(text))) {
            char[] buffer = new char[256];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Reader rewrite(Reader reader) {
        Reader out = new PatternReplaceCharFilter(NOUN_WILL, "$1 wills$2", Abbreviations.rewrite(reader));
        out = new PatternReplaceCharFilter(TEXT_SPEAK_ARE, "are $1", out);
        out = new PatternReplaceCharFilter(ANYTHING_TO_GO, "takeout", out);
        out = new PatternReplaceCharFilter(TO_GO, "$1$2 takeout", out);
        out = new PatternReplaceCharFilter(HAVE_WITH, "bring", out);
        out = new PatternReplaceCharFilter(UP_COMPOUND, "$1up", out);
        out = new PatternReplaceCharFilter(SIGNING_UP, "signup", out);
        out = new PatternReplaceCharFilter(YEAR_ROUND, "annual $1", out);
        out = new PatternReplaceCharFilter(FIRST_TIME, "first-time buyer", out);
        out = new PatternReplaceCharFilter(SELLS_FOR, "be worth", out);
        out = new PatternReplaceCharFilter(AFTER_CLOSE, "after hours", out);
        out = new PatternReplaceCharFilter(SOMETHING_HAPPENS, "$1 emergency", out);
        out = new PatternReplaceCharFilter(LAST_MINUTE, "cancel", out);
        out = new PatternReplaceCharFilter(PER_VISIT, "$1 drop-in $3", out);
        out = new PatternReplaceCharFilter(WHERE_IS, "$0 located", out);
        out = new PatternReplaceCharFilter(LICENSE_NUMBER, "$1", out);
        out = new PatternReplaceCharFilter(LOOK_OVER, "inspect $1", out);
        out = new PatternReplaceCharFilter(TAKE_OUT, "takeout", out);
        out = new PatternReplaceCharFilter(DRUNK_DRIVING, "$1 dui", out);
        out = new PatternReplaceCharFilter(EAT_BEFORE, "feed", out);
        out = new PatternReplaceCharFilter(PET_SITTING, "board $1$3 $2$4", out);
        out = new PatternReplaceCharFilter(PET_KEEPING, "$1 $2 board $3 $4", out);
        out = new PatternReplaceCharFilter(PAY_OVER_TIME, "financing", out);
        out = new PatternReplaceCharFilter(WALK_IN, "walkin", out);
        out = new PatternReplaceCharFilter(WEAR_OFF, "last", out);
        out = new PatternReplaceCharFilter(PRACTICE_RUN, "trial", out);
        out = new PatternReplaceCharFilter(VIDEO_VISIT, "$1 telehealth $2", out);
        out = new PatternReplaceCharFilter(WHATS_WRONG, "diagnose", out);
        out = new PatternReplaceCharFilter(CHILD_MINDING, "$0 childcare", out);
        out = new PatternReplaceCharFilter(START_CLAIM, "report", out);
        out = new PatternReplaceCharFilter(CAR_TO_DRIVE, "a loaner car", out);
        out = new PatternReplaceCharFilter(TALK_TO_SOMEONE, " ", out);
        return new PatternReplaceCharFilter(EXPECTING, "pregnant", out);
    }
}
