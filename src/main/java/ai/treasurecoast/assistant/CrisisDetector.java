package ai.treasurecoast.assistant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises messages that need emergency help before anything else runs. The replies are fixed
 * text written here, never model output. Categories: self_harm, medical_emergency, danger (fire,
 * gas, rising water, trapped), violence, abuse.
 */
final class CrisisDetector {

    record Crisis(String category, String text, List<Map<String, Object>> actions) {}

    private static final Pattern SELF_HARM =
            p("\\b(kill(ing)? my ?self|suicid\\w*|end(ing)? (it all|my life|my own life)|take my (own )?life"
                    + "|(want|wanna|going|ready) to die|don'?t want to (live|be alive|be here anymore)|no reason to live|better off dead"
                    + "|(hurt|harm|cut|cutting|hurting|harming) my ?self|self[- ]?harm\\w*|unalive my ?self)\\b");
    private static final Pattern MEDICAL =
            p("\\b(chest pains?|heart attack|(can'?t|cannot|can not|trouble|difficulty|hard to) breath(e|ing)?"
                    + "|(not|stopped|isn'?t) breathing|having a stroke|stroke symptoms|face (is )?drooping|unconscious|unresponsive|passed out"
                    + "|(having|had) a seizure|seizing|overdos\\w*|anaphyla\\w*|throat (is )?(closing|swelling)|choking"
                    + "|(severe|heavy|uncontrolled|serious) bleeding|bleeding (heavily|badly|a lot|won'?t stop|that won'?t stop)"
                    + "|coughing up blood|vomiting blood|poisoned"
                    + "|(took|swallowed|taken|ate|downed) (a whole|an entire|the whole|half (a|the)|all (of )?(the|my|his|her|their)"
                    + "|too many|way too many|a (bunch|handful|lot) of|a bottle of|a full bottle of|\\d+|twenty|thirty|fifty)"
                    + " ?(bottle of )?(\\w+ )?(pills|tablets|meds|medications?|medicines?|painkillers|opioids|fentanyl|xanax|oxy\\w*|tylenol|advil)"
                    + "|(won'?t|will not|can'?t|cannot|doesn'?t|does not|isn'?t|is not|not) (wake|waking) (him |her |them )?up"
                    + "|(collapsed|fainted) and (won'?t|isn'?t|is not|can'?t))\\b");
    // Objects that make "kill/shoot/attack ..." ordinary business talk (pest control, photography, repairs).
    private static final String NOT_A_PERSON =
            "(?!(weeds?|bugs?|pests?|roaches|termites|ants|mold|germs|bacteria|fleas|ticks|rats|mice|mosquitoes|grass|lawn"
                    + "|photos?|pictures?|portraits?|headshots?|videos?|footage|wedding|event|engine|battery|time|pain|it"
                    + "|problem|issue|clog|leak|stain|plaque|cavity|fat|cellulite|wrinkles|acne|project)\\b)";
    private static final String VICTIM =
            "(you|me|us|him|her|them|someone|somebody|everyone|everybody|people|anyone" + "|(the|my|our|his|her|their) "
                    + NOT_A_PERSON + "\\w+)(?!'s|s'| \\w*(photos?|pictures?|portraits?|session|wedding))";
    private static final String PERSON = "(me|us|him|her|them|someone|somebody|everyone|people|(me|us) and \\w+ \\w+"
            + "|my (kids?|children|child|son|daughter|baby|family|wife|husband|partner|mom|dad|mother|father|sister|brother))";
    private static final String WEAPON =
            "(guns?|knife|knives|weapons?|machete|pistol|rifle|shotgun|firearm|handgun|axe)";
    private static final String THREATEN = "threat(en|ens|ened|ening)";
    private static final Pattern VIOLENCE = p(
            "\\b((going|gonna|want|wants|wanna|plan(s|ning)?|trying|tried|about) to"
                    + " (kill|shoot|stab|murder|attack|strangle|rape) " + VICTIM
                    + "|" + THREATEN + " to (kill|shoot|stab|murder|attack|strangle|rape|hurt|harm|beat|burn|choke)"
                    + "|(he|she|they|someone|somebody|he's|she's|they're|man|guy|ex|neighbou?r|husband|boyfriend|wife|girlfriend)"
                    + " (is |was |are |says (he|she|they)('s| is| are|'re) |said (he|she|they)('s| was| were|'d| would) )?"
                    + "(going|gonna|wants|trying|about|coming) to (hurt|harm|beat( up)?|kill|shoot|stab) " + PERSON
                    + "|i('ll| will) (kill|shoot|stab|hurt) (you|him|her|them|someone|everyone)"
                    // "I want to run my landlord over", not "run my dog over to you" or "run the numbers over"
                    + "|\\b((want|going|plan(ning)?|trying) to|gonna|wanna) run (him|her|them|that (guy|man|woman|person)"
                    + "|(my|the|that) (ex|husband|wife|boyfriend|girlfriend|landlord|boss|neighbou?r|brother|sister|dad"
                    + "|father|mom|mother|coworker|teacher)) (over|down)\\b(?! (to|for|at|by|there|here|later|tomorrow)\\b)"
                    + "|i have a (gun|weapon|knife|bomb) and|bomb threat|shoot (up )?the (place|office|school|building)|blow up the"
                    + "|" + THREATEN + "\\b.{0,60}\\b" + WEAPON + "|\\b" + WEAPON + "\\b.{0,60}\\b" + THREATEN
                    + "|(pulled|pointing|pointed|waving|came at (me|us) with) an? " + WEAPON
                    + "|active shooter|shots (being )?fired|someone('s| is) shooting|being (shot at|stabbed|attacked)"
                    + "|(got|been|was) stabbed|(got|been|was) shot (in the \\w+|and)"
                    + "|(someone|somebody|a (man|guy|woman|person|stranger)|an? (intruder|burglar))"
                    + "('s| just| has| is)? (broke|broken|breaking|trying to break) in"
                    + "|(intruder|burglar|stranger)s? (is |are )?(in|inside) (my|our|the) (house|home|apartment|room|office))\\b");
    private static final Pattern ABUSE = p(
            "\\b((he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|parents?|stepdad|stepmom|uncle|aunt|brother|sister|son|daughter|caregiver|boss))"
                    + " (hits|hit|beats|beat|abuses|abused|chokes|choked|hurts|threatens|threatened|raped|molested) (me|my (kids?|children|child|son|daughter))"
                    + "|(being|been|am being|was) (abused|molested|raped|trafficked)|domestic (violence|abuse)|sexual(ly)? (abuse|assault|assaulted)"
                    + "|child abuse|(not safe|afraid to go|scared to go) (at )?home|elder abuse)\\b");

    private static final Crisis SELF_HARM_REPLY = new Crisis(
            "self_harm",
            "I'm really sorry you're going through this, and I'm glad you reached out. You don't have to face it alone."
                    + " Please call or text 988 to reach the 988 Suicide & Crisis Lifeline, free and open 24/7."
                    + " If you are in immediate danger, call 911 now.",
            List.of(call("988", "988 Suicide & Crisis Lifeline"), call("911", "Emergency services")));
    private static final Crisis MEDICAL_REPLY = new Crisis(
            "medical_emergency",
            "This sounds like it could be a medical emergency. Please call 911 now or go to the nearest emergency room."
                    + " This chat can't provide emergency help.",
            List.of(call("911", "Emergency services")));
    private static final Crisis VIOLENCE_REPLY = new Crisis(
            "violence",
            "If anyone is in danger or being threatened, please call 911 now. This chat can't help in an emergency.",
            List.of(call("911", "Emergency services")));
    private static final Crisis ABUSE_REPLY = new Crisis(
            "abuse",
            "I'm so sorry this is happening. If you are in immediate danger, call 911. The National Domestic Violence"
                    + " Hotline is free, confidential and open 24/7 at 1-800-799-7233 (or text START to 88788). For a child"
                    + " in danger, call or text the Childhelp National Child Abuse Hotline at 1-800-422-4453.",
            List.of(call("911", "Emergency services"), call("18007997233", "National Domestic Violence Hotline")));
    private static final Crisis DANGER_REPLY = new Crisis(
            "danger",
            "This sounds like an emergency. Please get everyone to safety and call 911 now. This chat can't send help.",
            List.of(call("911", "Emergency services")));

    private static final Crisis SPANISH_SELF_HARM_REPLY = new Crisis(
            "self_harm",
            Spanish.SELF_HARM_REPLY,
            List.of(call("988", "988 Suicide & Crisis Lifeline"), call("911", "Emergency services")));
    private static final Crisis SPANISH_EMERGENCY_REPLY =
            new Crisis("danger", Spanish.EMERGENCY_REPLY, List.of(call("911", "Emergency services")));

    /** The category of the classifier's flag, the only one without a pattern behind it. */
    static final String UNCLASSIFIED = "unclassified";

    // The classifier knows that something may be wrong, not what: this reply covers every kind and
    // presumes nothing, since it also reaches some ordinary messages ("water everywhere, help").
    private static final Crisis UNCLASSIFIED_REPLY = new Crisis(
            UNCLASSIFIED,
            "If you or anyone with you is hurt or in danger, please call 911 now. If you are thinking about suicide or"
                    + " hurting yourself, call or text 988 (Suicide & Crisis Lifeline). This chat can't send help.",
            List.of(call("911", "Emergency services"), call("988", "988 Suicide & Crisis Lifeline")));

    private CrisisDetector() {}

    /** The patterns first, then the classifier on what the message is about ({@code meaning} gives a text's vector). */
    static Optional<Crisis> detect(String message, java.util.function.Function<String, float[]> meaning) {
        Optional<Crisis> named = detect(message);
        if (named.isPresent() || message == null || message.isBlank()) {
            return named;
        }
        // No pattern found a crisis; "I feel beat up after my adjustment" is soreness, which the
        // classifier reads as a beating.
        if (CrisisCues.soreness(message)) {
            return Optional.empty();
        }
        // Nor does it read figures of speech: "push me till I'm dead tired", "this heat is killing me".
        String plain = CrisisCues.withoutIdioms(message);
        if (plain.isBlank()) {
            return Optional.empty();
        }
        return CrisisModel.flags(plain, meaning.apply(plain)) ? Optional.of(UNCLASSIFIED_REPLY) : Optional.empty();
    }

    static Optional<Crisis> detect(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        // Most specific help first: self-harm, named emergencies, threats, abuse; then symptoms and
        // danger described in the visitor's own words.
        if (SELF_HARM.matcher(message).find()
                || CrisisSigns.SELF_HARM.matcher(message).find()) {
            return Optional.of(SELF_HARM_REPLY);
        }
        if (CrisisCues.presentMatch(MEDICAL, message)) {
            return Optional.of(MEDICAL_REPLY);
        }
        if (CrisisCues.presentMatch(VIOLENCE, message)
                || CrisisSigns.VIOLENCE.matcher(message).find()) {
            return Optional.of(VIOLENCE_REPLY);
        }
        if (ABUSE.matcher(message).find() || CrisisSigns.ABUSE.matcher(message).find()) {
            return Optional.of(ABUSE_REPLY);
        }
        if (CrisisSigns.MEDICAL.matcher(message).find()) {
            return Optional.of(MEDICAL_REPLY);
        }
        if (CrisisSigns.DANGER.matcher(message).find()) {
            return Optional.of(DANGER_REPLY);
        }
        if (Spanish.SELF_HARM.matcher(message).find()) {
            return Optional.of(SPANISH_SELF_HARM_REPLY);
        }
        if (Spanish.EMERGENCY.matcher(message).find()) {
            return Optional.of(SPANISH_EMERGENCY_REPLY);
        }
        Optional<String> cued = CrisisCues.category(message);
        if (cued.isPresent()) {
            return Optional.of(
                    switch (cued.get()) {
                        case "self_harm" -> SELF_HARM_REPLY;
                        case "violence" -> VIOLENCE_REPLY;
                        case "abuse" -> ABUSE_REPLY;
                        case "danger" -> DANGER_REPLY;
                        default -> MEDICAL_REPLY;
                    });
        }
        return Optional.empty();
    }

    private static Map<String, Object> call(String phone, String label) {
        return Map.of("type", "call", "phone", phone, "label", label);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
