package ai.treasurecoast.assistant;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The widest net of the crisis check: cues that mean little alone but a crisis together, the way
 * distressed people write ("the letters to my kids are written and the pills are counted out";
 * "she's sweaty and grey and can't talk"). A category needs every cue group of one of its rules; a
 * group listed twice needs two different matches. Idioms ("stabbed me in the back") are removed
 * first, and a message about something over and done ("I fainted once last year") is not an
 * emergency now, though it can still be about self-harm or abuse.
 */
final class CrisisCues {

    private record Rule(String category, List<Pattern> all) {}

    private static final Pattern IDIOMS = p(
            "\\b(stabbed (me )?in the back|like (getting |being )?(stabbed|shot)"
                    + "|(it'?s|its|they'?re|that'?s) (actually |literally )?killing me"
                    + "|to die for|dying (to|for)|killer (deal|price|view|wings?)|dead tired|bleeding (me|us) dry|blow(ing)? up my phone"
                    + "|shoot (me |you |u |him |her |them |us )?(a|an) (quick )?(text|email|message|pic|photo|picture|note|dm|line)|shot in the dark|my \\w+ is killing me)");
    // Soreness told in the words of a beating: "everybody feels beat up the day after their first
    // adjustment", "I feel like I got hit by a truck after leg day". Said of a feeling, not of an event.
    private static final Pattern SORE =
            p("\\b(feel|feels|felt|feeling)( kind of| kinda| a bit| a little| so| really| pretty"
                    + "| totally| all)? (beat up|beaten up|like (i|we|he|she|they) (got|was|were|'?ve been|had been) (hit|run over)"
                    + " by a (truck|bus|train))\\b");
    private static final Pattern PAST =
            p("\\b(last (year|month|summer|winter|spring|fall)|\\d+ (years|months) ago|years ago|months ago"
                    + "|a while back|in the past|used to|previously|back in \\d{4}|when i was (a kid|young|little))");
    private static final List<String> PRESENT_ONLY = List.of("medical_emergency", "danger", "violence");

    // Self-harm: finality, means, hopelessness, injury.
    private static final Pattern FINAL = p(
            "\\b(last meal|(letters?|notes?) (to|for) my|wrote (the|my|a|goodbye) (notes?|letters?)"
                    + "|gave (away )?(my|all my) \\w+( \\w+)? away|gave away my|(find|give) my (dog|cat|kids?) a (good )?home|won'?t be around"
                    + "|won'?t be (here|alive)|not (be )?around (much )?(longer|long)|won'?t be a (problem|burden)|when they find me"
                    + "|tonight is the night|(planning|going|gonna|about) to (jump|hang myself|drive into|end it|overdose)|ending it|end it (all|tonight)"
                    + "|(drive|crash|drive it|drive my car) (off|into) (the|a) (river|lake|ocean|tree|wall|bridge|cliff)|goodbye (to )?(everyone|all of you|forever)"
                    + "|this is goodbye|after tonight|my (own )?funeral|done with (everything|life|it all)|(won'?t|wont) (need|be needing) (it|them|this)"
                    + "|not (be )?here (tomorrow|anymore|next week)|surprised if i'?m not|want it to work|try (it )?again tonight"
                    + "|know what (it'?s|its|it is) for|using it\\b.{0,30}\\b(all week|tonight)|thinking about (jumping|using it|ending)"
                    + "|ending (things|my life|everything)|(don'?t|dont|never) wake up|swallow everything|(one )?last (good )?meal"
                    + "|self[- ]inflicted|better off (with|without) (the money|me)|(not|isn'?t) for (anybody|anyone) else\\b.{0,30}\\bfor me)");
    private static final Pattern MEANS =
            p("\\b(rope|noose|pills|tylenol|advil|sleeping pills|overdose|(car|engine) running|closed garage"
                    + "|jump(ing)? off|bridge|gun|pistol|rifle|razor|blades?|bleach|wrists?)\\b");
    private static final Pattern HOPELESS =
            p("\\b(what'?s the point|whats the point|no point|better off|can'?t go on|nothing matters"
                    + "|painless|end it|a burden|give up|(doesn'?t|dont|don'?t) (matter|care) anymore|won'?t matter|wont matter|for good"
                    + "|i'?m done|im done|i know what)");
    private static final Pattern INJURY =
            p("\\b((cutting|cut|burning|burn|carving) (myself|my (arms?|wrists?|legs?|thighs?|skin|stomach))"
                    + "|razor (across|on|over) my|(took|swallowed) (like |about )?\\d+ (tylenol|pills|advil|sleeping|xanax)|on purpose\\b.{0,40}\\b(pills|took)"
                    + "|went too deep|(just )?(not|never) wake up)");

    // Medical emergency.
    private static final String PERSON =
            "(he|she|they|he'?s|she'?s|hes|shes|man|woman|guy|lady|person|someone|somebody|kid|child"
                    + "|baby|son|daughter|husband|wife|mom|dad|client|customer|coworker|worker|roofer|patient|buddy|friend|tech)";
    private static final Pattern COLLAPSE = p(
            "\\b(collapsed|slid off (her|his|the) chair|passed out|fainted|(can'?t|cannot) find (a|his|her) pulse"
                    + "|no pulse|not breathing|(can'?t|cant|can not) talk|seizing|convulsing|foaming at the mouth|shaking all over|on the floor shaking"
                    + "|fell over|went down and|(can'?t|cant|won'?t|wont) wake (him|her|them|up)|not making sense|not acting right"
                    + "|(just )?dropped (to the (floor|ground))?\\b.{0,20}\\b(gasping|not moving|shaking)"
                    + "|" + PERSON + "\\b.{0,40}\\b(not moving|isn'?t moving|won'?t move|on the (floor|ground) not)"
                    + "|fell (off|from) (the|a|his|her) (ladder|roof|scaffold|balcony)\\b.{0,40}\\b(not|blood|bleeding|hurt))");
    private static final Pattern BREATH =
            p("\\b(gasping|wheezing|can'?t breathe|cant breathe|struggling to breathe|choking|turning (purple|blue)"
                    + "|breathing is (really |so )?(shallow|weird|strange|rattly)|shallow breath)");
    private static final Pattern COLOUR = p(
            "\\b(turning (purple|blue|gr[ae]y|white)|sweaty and gr[ae]y|gr[ae]y and sweaty|all sweaty and gr[ae]y|lips are blue)");
    private static final Pattern ALLERGY = p(
            "\\b(stung|hives|puffing up|swelling up|swollen shut|tongue (feels|is) (huge|swollen|thick|big)|feel faint)");
    private static final Pattern STROKE =
            p("\\b(worst headache of (my|his|her) life|(arm|leg|face|side) (went|is|goes|going) (numb|limp|droopy)"
                    + "|face (is )?drooping|can'?t see straight|slurring)");
    private static final Pattern HEAT = p("\\b(stopped sweating|skin (is )?(hot and (red|dry)|hot,? (red|dry)))");
    private static final Pattern POISON =
            p("\\b(drank|swallowed|ate|drinking) (some |a |the |half (a|the) )?(of (the |my )?)?"
                    + "(drain cleaner|bleach|antifreeze|cleaner|chemicals?|battery|batteries|magnets?|poison|rat poison|pesticide|lye)"
                    + "|mouth is burning");
    private static final Pattern BLEED = p(
            "\\bblood (is |keeps )?(squirting|spurting|pouring|gushing|everywhere|coming (out )?(from|of) (his|her|my|their) head)"
                    + "|bleeding (everywhere|badly|heavily|so much|bad)|(can'?t|cant|won'?t) (get it to )?stop (the )?bleed|soaked through"
                    + "|hit (his|her|my|their) head\\b.{0,40}\\b(bleeding|confused|not making sense|passed out|throwing up)");
    private static final Pattern DIABETIC = p(
            "\\bdiabetic\\b.{0,80}\\b(confused|shaky|sweaty|unconscious|won'?t wake|wont wake|won'?t drink|wont drink)");

    // Danger at the place.
    private static final Pattern FIRE =
            p("\\b(on fire|caught fire|catching fire|(carpet|curtains?|couch|wall) caught|in flames|went up in flames"
                    + "|flames (jumped|are|spread)|(see|now) flames|(is|are) burning|burning (up|now)|fryer (just )?went up"
                    + "|smoke (is )?(everywhere|pouring|filling|coming out)|full of (black )?smoke|(wall|ceiling|room|hood|engine|outlet) is smoking"
                    + "|spreading to|caved in on|(can'?t|cant) get (him|her|them) out)");
    private static final Pattern GAS =
            p("\\b(reeks? of gas|smells? (strongly )?(of|like) (gas|propane)|gas (is )?leaking|leaking gas|hissing"
                    + "|(co|carbon monoxide) (alarm|detector) (keeps )?(going off|beeping|went off))");
    private static final Pattern ROTTEN_EGGS =
            p("\\b((smells?|reeks?|stinks?) (of|like) rotten eggs?|rotten egg (smell|odor))");
    private static final Pattern UNWELL = p(
            "\\b(head is pounding|pounding headaches?|headache|dizzy|nauseous|throwing up|feel sick|sick to"
                    + "|passed out|can'?t think|(kids|people|everyone) (are )?(still )?(inside|in there)|all through the house|whole (house|place|office))");
    private static final Pattern WATER = p(
            "\\b(car is floating|(water|river) is (up to|over|rising)|river over the road|swept away|being swept"
                    + "|filling with water|up to the outlets?|water (is )?(up to|at|touching) the (outlet|socket|panel|breaker))");
    private static final Pattern SPARKS = p("\\b(sparking|sparked|sparks)");
    private static final Pattern SMOKING =
            p("\\b(is smoking|started smoking|smoking now|(smells?|smelling) like (melting|burning) (plastic|wires?))");
    private static final Pattern POWER_LINE =
            p("\\b((power|electric) line (is )?down|downed (power )?line|live wire|wires? (are |is )?hanging down"
                    + "|ground\\b.{0,20}\\bis buzzing)");
    private static final Pattern CRASH =
            p("\\b((car|truck|van) (just )?flipped|hanging upside down|pinned in (the|his|her) (car|truck)"
                    + "|crash(ed)?\\b.{0,40}\\b(trapped|not moving|bleeding|unconscious))");

    // Violence against others.
    private static final Pattern WEAPON =
            p("\\b(knife|knives|blade|bat|tire iron|crowbar|rifle|guns?|pistol|shotgun|machete|hammer|loaded)\\b");
    private static final Pattern THREAT = p(
            "\\b((i'?ll|ill|i will|i'?m gonna|im gonna|i'?m going to|im going to|i'?m about to|im about to) (shoot|kill|stab|hurt|cut up)"
                    + "|make (him|her|them|my \\w+) (hurt|pay|suffer|bleed)|(she|he|they)'?s? (is |are )?going to pay|(she|he|they)('ll| will) pay"
                    + "|taking .{0,30}down with me|waiting for (her|him|them) (after|when|outside)|(already )?got (the|his|her|their) address"
                    + "|know (where|when) (she|he|they)('s| is)? (parks?|lives?|alone)|bringing (a|his|her|my|\\w+s) \\w+ to (her|his|their|the|school|work)"
                    + "|cutting up (her|his) face|(shoot|kill|hurt) every(one| one|body)|come down there and|i have what i need"
                    + "|take (out|down) the \\w+|list of names|(put|putting) (me|her|him) in the hospital)");
    private static final Pattern ATTACK_NOW = p(
            "\\b((just )?(stabbed|got jumped|is shooting|are shooting|shooting (at|people|everyone))"
                    + "|swinging (a|the) \\w+ at|punched the \\w+|punching (her|him|them|someone)|stomping on|kicking (him|her|them) in the"
                    + "|going after (people|customers|everyone|other)|beating (him|her|them|someone|a (guy|man|woman)) up|fighting in (your|the)"
                    + "|came at \\w+( \\w+)? with a"
                    // "a man burst in", not "a pipe burst in the kitchen"
                    + "|(he|she|they|someone|somebody|man|guy|men|guys|people|intruders?) (just )?burst in"
                    + "|slammed (him|her) down|got slammed)"
                    + "|(man|guy|someone|person)\\b.{0,30}\\bshooting|(hear|hearing|heard) (gun)?shots\\b.{0,40}\\b(hiding|locked|under|hallway|building)");
    private static final Pattern NEAR = p(
            "\\b(right now|in (your|the) (parking lot|lobby|building|waiting room)|outside|waiting for me|hiding|head is bleeding)");

    // Abuse.
    private static final Pattern ACTOR = p(
            "\\b(he|she|they|husband|boyfriend|stepdad|stepfather|stepmom|dad|father|mom|mother|ex|partner|wife"
                    + "|girlfriend|caregiver|coach|manager|boss|in[- ]law|uncle|aunt|brother|grandpa|teacher|pastor|owner|son|nursing home|guy|lady)\\b");
    private static final Pattern HARMS = p(
            "\\b((hits|hit|hitting) me(?! (with|up)\\b)|hits my \\w+|chokes me|choked me|strangled me|held my head under"
                    + "|knocked (my|her|his) \\w+( \\w+)? out|locks? (me|her|him|my \\w+) in|locked in (a|the) \\w+( room)?|padlock"
                    + "|(isn'?t|not|never) (being )?fed|no food|touch(es|ed)? me|slapping|slaps (me|him|her)|cut my brake|finish the job|do worse"
                    + "|beats (me|us|my)|screaming and hitting|hitting (him|her|them)|weigh in naked|with no (food|water) for"
                    + "|bruises (all )?(up|on|over)|handprint|flinches|not allowed (out|to leave|to go)|(isn'?t|is not|aren'?t) allowed to (leave|go)"
                    + "|took (her|his|their) (passport|ids?)|keeps (all )?(their|her|his) (ids|passports)|(doesn'?t|does not|dont) pay them"
                    + "|(can'?t|cant) (leave|go home)|bed ?sores|sores\\b|cashes (his|her) checks|asking for (pictures|pics|photos)|keep it (a|their|our) secret"
                    + "|shakes the baby|sold me|make(s)? me do things|(won'?t|wont|doesn'?t) let (my|him|her|them) \\w+( \\w+)? eat|marks all over"
                    + "|scream at (her|him)|dirty sheets|(he'?ll|hell|he will|she'?ll) kill (her|me|us))");
    private static final Pattern CONTROL = p(
            "\\b(won'?t let (me|us)\\b.{0,20}\\b(leave|go|out|see)|took (the|my) (car )?keys|(took|takes|has) my (phone|passport|id)"
                    + "|and my (phone|passport)|tracks my (phone|location)|reads my (texts|messages)|watch(es)? my phone"
                    + "|controls (all )?(the|my) money|takes? my (paycheck|money|pension)|taking (his|her|my) (money|pension)|bruises"
                    + "|grab(s|bed|bing) me|corner(s|ing)? me|too scared to (say|tell)|won'?t let (me|us) leave)");
    private static final Pattern MINOR =
            p("\\b(i'?m|im|i am) 1[0-7]\\b|\\b(1[0-7]|[4-9]) ?(years? old|yo|yr old)\\b|\\b(my|a) (little|baby) \\w+");
    private static final Pattern ANIMAL_CRUELTY = p(
            "\\b((beats|beating|kicks|kicking|starving|starves) (his|her|the|a|their) (dog|cat|horse|puppy|animal)"
                    + "|beats (it|him|her) with|chained (up )?(in|with|outside|to)|no water\\b.{0,40}\\b(bones|thin|skinny)|can see (its|his|her) bones)");

    private static final List<Rule> RULES = List.of(
            new Rule("self_harm", List.of(FINAL)),
            new Rule("self_harm", List.of(INJURY)),
            new Rule("self_harm", List.of(MEANS, HOPELESS)),
            new Rule("violence", List.of(THREAT)),
            new Rule("violence", List.of(ATTACK_NOW)),
            new Rule("violence", List.of(WEAPON, NEAR)),
            new Rule("medical_emergency", List.of(COLLAPSE)),
            new Rule("medical_emergency", List.of(POISON)),
            new Rule("medical_emergency", List.of(BLEED)),
            new Rule("medical_emergency", List.of(STROKE)),
            new Rule("medical_emergency", List.of(HEAT)),
            new Rule("medical_emergency", List.of(DIABETIC)),
            new Rule("medical_emergency", List.of(BREATH, ALLERGY)),
            new Rule("medical_emergency", List.of(ALLERGY, ALLERGY)),
            new Rule("medical_emergency", List.of(BREATH, COLOUR)),
            new Rule("danger", List.of(FIRE)),
            new Rule("danger", List.of(GAS)),
            new Rule("danger", List.of(ROTTEN_EGGS, UNWELL)),
            new Rule("danger", List.of(WATER)),
            new Rule("danger", List.of(POWER_LINE)),
            new Rule("danger", List.of(SPARKS, SMOKING)),
            new Rule("danger", List.of(CRASH)),
            new Rule("abuse", List.of(ACTOR, HARMS)),
            new Rule("abuse", List.of(MINOR, HARMS)),
            new Rule("abuse", List.of(HARMS, HARMS)),
            new Rule("abuse", List.of(ACTOR, CONTROL, CONTROL)),
            new Rule("abuse", List.of(ANIMAL_CRUELTY)));

    private CrisisCues() {}

    /** The message with its figures of speech taken out. */
    static String withoutIdioms(String message) {
        return IDIOMS.matcher(message).replaceAll(" ").strip();
    }

    /** The category whose cues the message carries, or empty. */
    static Optional<String> category(String message) {
        String text = IDIOMS.matcher(message).replaceAll(" ");
        boolean past = PAST.matcher(text).find();
        for (Rule rule : RULES) {
            if (past && PRESENT_ONLY.contains(rule.category())) {
                continue;
            }
            if (matchesAll(rule, text)) {
                return Optional.of(rule.category());
            }
        }
        return Optional.empty();
    }

    /** True for a message that is over and done, or a figure of speech, for the named-emergency checks. */
    /**
     * True when a named-emergency pattern matches a sentence of the message that is not about the
     * past, once figures of speech are taken out: "had a heart attack 3 years ago, do you do cardiac
     * rehab?" is not an emergency, "come at once, my dad had a heart attack" is.
     */
    static boolean presentMatch(Pattern named, String message) {
        String text = IDIOMS.matcher(message).replaceAll(" ");
        if (!PAST.matcher(text).find()) {
            return named.matcher(text).find();
        }
        for (String sentence : text.split("(?<=[.!?;])\\s+|,\\s+")) {
            if (named.matcher(sentence).find() && !PAST.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAll(Rule rule, String message) {
        for (Pattern group : rule.all()) {
            long needed = rule.all().stream().filter(g -> g == group).count();
            if (group.matcher(message).results().limit(needed).count() < needed) {
                return false;
            }
        }
        return true;
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Does the message tell of soreness in the words of a beating ("I feel beat up")? */
    static boolean soreness(String message) {
        return SORE.matcher(message).find();
    }
}
