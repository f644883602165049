package ai.treasurecoast.assistant;

import java.util.regex.Pattern;

/**
 * How people in trouble actually write, beyond the textbook phrases in {@link CrisisDetector}:
 * indirect goodbyes, symptoms instead of diagnoses ("can't catch his breath", "my tongue is
 * swelling"), danger at home (fire, gas, rising water), and violence described rather than named.
 * Each pattern needs the person to be in it (first person, or someone present), so questions
 * about services ("do you fix gas leaks?", "I got hurt in a crash last year") stay questions.
 */
final class CrisisSigns {

    private static final String SOMEONE =
            "(i|i'?m|i am|he|he'?s|she|she'?s|they|they'?re|my \\w+|our \\w+|(his|her|their) \\w+|we|we'?re)";
    private static final String WEAPON = "(guns?|pistol|rifle|shotgun|firearm|handgun|knife|knives|weapon|blade|rope)";

    static final Pattern SELF_HARM = p("\\b((would|'d) be better off (without me|if i (was|were) (gone|dead))"
            + "|better off without me|don'?t (plan|intend|expect) (on|to) (being|be) (here|around|alive)"
            + "|won'?t be (here|around|alive) (tomorrow|much longer|anymore|by)|not (going to|gonna) be (here|around) (tomorrow|much longer|anymore)"
            + "|(wrote|writing|written|left|leaving) (a|my) (suicide |goodbye |last )?(note|letter) (for|to)"
            + "|(nothing|no one|nobody) (left )?to live for|not worth living|no (point|reason) (in |to )?(living|going on|being alive)"
            + "|can'?t (go on|keep going|do this anymore|take (it|this) anymore)|(want|wanna) to disappear (forever|for good)"
            + "|end (it|things|everything)( all)?\\b(?! (early|before|with (a|the) \\w+))|say(ing)? goodbye (to everyone|forever|for good)"
            + "|jump (off|from) (a|the) (bridge|building|roof|overpass)|(swallow|take) all (of )?my (pills|meds)"
            + "|better off with (my|the) (life )?insurance|(got|have|had|put) (the |my |all (the |my )?)?(pills|meds) (ready|lined up|out)"
            + "|(won'?t|will not) be (a |your )?(problem|burden) (much longer|anymore|for long)|(kill|end) myself"
            + "|" + WEAPON + "\\b.{0,60}\\b(i'?m done|i am done|end it|can'?t (take|do) (it|this)|goodbye)"
            + "|(i'?m done|i am done|end it)\\b.{0,60}\\b" + WEAPON + ")");

    static final Pattern MEDICAL = p(
            "\\b((struggling|fighting|gasping|hard) (to|for) (breathe|breath|air)"
                    + "|(barely|hardly|can ?not|can'?t) (breathe|breathing)|(pinned|trapped|crushed) (under|beneath)"
                    + "|can'?t (catch|get) (my|his|her|their) breath|short(ness)? of breath|turning blue|lips (are |is )?(blue|purple)"
                    + "|clutching (his|her|my|their) (chest|heart)|(pain|pressure|tightness) in (my|his|her|their) chest"
                    + "|(hard|can'?t|cannot|trouble|difficulty|struggling) (to )?swallow(ing)?"
                    + "|(tongue|throat|face and (tongue|throat)|lips and (tongue|throat)) (is |are )?(swelling|swollen|closing|puffing)"
                    + "|throat (feels like it'?s|feels|is) (closing|tight|swelling)|(face|tongue|throat|lips?) (is |are )?swelling (up )?(fast|quickly)"
                    + "|(having|is having|think (i'?m|he'?s|she'?s) having) an? (severe |bad |serious )?allergic reaction"
                    + "|not respond(ing)?|(isn'?t|is not|won'?t|wasn'?t) respond(ing)?|unresponsive|on the floor and (not|isn'?t|can'?t|won'?t)"
                    + "|(got|been|was|is being|just got) (shocked|electrocuted)|electrocut\\w*"
                    + "|(put|slipped|spiked) (something|a pill|drugs?) (in|into) (my|her|his|our) drink|(been|was|got|i think i was) (drugged|roofied)"
                    + "|(vision|eyesight) (is |went |going |has gone )?(blurry|blurred|black|dark|gone|fading)|blurry vision|lost (my )?(vision|sight)"
                    + "|(suddenly|can'?t) see out of (my|one|his|her)"
                    + "|(lip|skin|face|nose|cheek) is turning (white|gr[ae]y|blue|purple|black)|turning (white|gr[ae]y) and"
                    + "|(bleeding|blood) (everywhere|all over|won'?t stop|that won'?t stop|is pouring)|won'?t stop bleeding"
                    + "|(hit|banged|struck) (my|his|her|their) head and (is |was |now )?(confused|vomiting|throwing up|bleeding|passed|unconscious|not)"
                    + "|(having|had) a heat ?stroke|(ribs?|neck|skull|back) (is |are )?(broken|cracked)"
                    + "|skin is hot and dry|hot,? dry skin|(confused|disoriented|slurring)\\b.{0,30}\\b(throwing up|vomiting|passed|can'?t stand|collapsed))");

    static final Pattern DANGER = p("\\b(smoke (is )?(pouring|coming|filling|billowing|everywhere|out of)"
            + "|(house|home|kitchen|car|building|garage|apartment|room|attic|roof) (is )?(on fire|burning)|there'?s a fire|flames (are )?(coming|everywhere)"
            + "|(i|we|it) smells? (like )?(gas|smoke)|smell(ing)? (of )?gas (in|inside|everywhere)|gas smell (in|inside)"
            + "|carbon monoxide (alarm|detector)? ?(is )?(going off|beeping)|co (alarm|detector) (is )?(going off|beeping)"
            + "|" + SOMEONE
            + " (are |is |am )?(trapped|stuck inside|drowning)|(can'?t|cannot) get (the door|out|out of the (house|car|building))"
            + "|water (is )?(up to|rising (to|past)|over) (my|our|his|her|the kids'?) (waist|chest|neck|shoulders|knees)"
            + "|storm surge is (coming|in))");

    static final Pattern VIOLENCE = p(
            "\\b((bringing|bring|brought|taking|carrying) (a|his|her|their|my) " + WEAPON
                    + " (to|into) (work|school|the office|the party|the meeting|church|your)"
                    + "|settle (things|the score)\\b.{0,40}\\b" + WEAPON + "|" + WEAPON
                    + "\\b.{0,60}\\bsettle (things|the score)"
                    + "|(he|she|they)('d| would|'ll| will| is going to| was going to) (kill|shoot|stab|hurt) (me|us|you|my)"
                    + "|said (he|she|they)('d| would|'ll| will) (kill|shoot|stab|hurt) (me|us|my)"
                    + "|(get|grab|getting|grabbing|went for|going for) (his|her|their|a|my) " + WEAPON
                    + "\\b.{0,40}\\b(shoot|kill|stab|hurt)"
                    + "|(shoot|kill|stab) (his|her|their|my) (ex|wife|husband|girlfriend|boyfriend|boss|coworker|neighbou?r|family|kids?|mom|dad))");

    static final Pattern ABUSE = p(
            "\\b((he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|stepdad|stepmom|boss))"
                    + " (threw|pushed|shoved|slammed|kicked|punched|slapped|strangled|choked|dragged|burned) (me|my (kids?|son|daughter|child|baby))"
                    + "|threw me (into|against|down|across|on)|(beating|kicking|hitting|burning|starving) (his|her|their|the|a|my) (dog|cat|pet|horse|animal|kids?|child|wife|girlfriend|son|daughter)"
                    + "|(he|she)('s| is) (going to|gonna) be (home|back) soon and (i'?m|i am) (scared|afraid|terrified))");

    private CrisisSigns() {}

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
