package ai.treasurecoast.assistant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises messages that need emergency help before anything else runs. The replies are fixed
 * text written here, never model output. Categories: self_harm, medical_emergency, violence, abuse.
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
                    + "|coughing up blood|vomiting blood|poisoned)\\b");
    private static final Pattern VIOLENCE = p(
            "\\b((going|gonna|want|wanna|will|plan(ning)?) to (kill|shoot|stab|hurt|attack|murder|beat up)"
                    + " (you|him|her|them|someone|somebody|everyone|people|the \\w+|my \\w+)|i('ll| will) (kill|shoot|stab|hurt) (you|him|her|them|someone|everyone)"
                    + "|i have a (gun|weapon|knife|bomb) and|bomb threat|shoot (up )?the (place|office|school|building)|blow up the)\\b");
    private static final Pattern ABUSE = p(
            "\\b((he|she|they|my (husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mom|mother|parents?|stepdad|stepmom|uncle|aunt|brother|sister|son|daughter|caregiver|boss))"
                    + " (hits|hit|beats|beat|abuses|abused|chokes|choked|hurts|threatens|threatened|raped|molested) (me|my (kids?|children|child|son|daughter))"
                    + "|(being|been|am being|was) (abused|molested|raped|trafficked)|domestic (violence|abuse)|sexual(ly)? (abuse|assault|assaulted)"
                    + "|child abuse|(not safe|afraid to go|scared to go) (at )?home|elder abuse)\\b");

    private CrisisDetector() {}

    static Optional<Crisis> detect(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        if (SELF_HARM.matcher(message).find()) {
            return Optional.of(new Crisis(
                    "self_harm",
                    "I'm really sorry you're going through this, and I'm glad you reached out. You don't have to face it alone."
                            + " Please call or text 988 to reach the 988 Suicide & Crisis Lifeline, free and open 24/7."
                            + " If you are in immediate danger, call 911 now.",
                    List.of(call("988", "988 Suicide & Crisis Lifeline"), call("911", "Emergency services"))));
        }
        if (MEDICAL.matcher(message).find()) {
            return Optional.of(new Crisis(
                    "medical_emergency",
                    "This sounds like it could be a medical emergency. Please call 911 now or go to the nearest emergency room."
                            + " This chat can't provide emergency help.",
                    List.of(call("911", "Emergency services"))));
        }
        if (VIOLENCE.matcher(message).find()) {
            return Optional.of(new Crisis(
                    "violence",
                    "If anyone is in danger or being threatened, please call 911 now. This chat can't help in an emergency.",
                    List.of(call("911", "Emergency services"))));
        }
        if (ABUSE.matcher(message).find()) {
            return Optional.of(new Crisis(
                    "abuse",
                    "I'm so sorry this is happening. If you are in immediate danger, call 911. The National Domestic Violence"
                            + " Hotline is free, confidential and open 24/7 at 1-800-799-7233 (or text START to 88788). For a child"
                            + " in danger, call or text the Childhelp National Child Abuse Hotline at 1-800-422-4453.",
                    List.of(
                            call("911", "Emergency services"),
                            call("18007997233", "National Domestic Violence Hotline"))));
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
