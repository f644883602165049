package ai.treasurecoast.assistant;

import java.util.regex.Pattern;

/**
 * Something going wrong now, told anywhere in what the visitor has said, before a request to come
 * or a question about the hours: "AC just died and it's 90 in here. Can anyone come out tonight?",
 * "water is pouring from under the sink" and then "will someone come tonight?". Stricter than the
 * search's own sense of urgency: "I saw your ad last night" or "I'm on my lunch break right now" is
 * not an emergency, and neither is one that is over ("our AC died last summer").
 */
final class EmergencyTold {

    private static final Pattern NOW = Pattern.compile(
            "\\b(pouring|gushing|spraying|spewing|flooding|sparking|knocked out|lost (a|my) (filling|crown|tooth)"
                    + "|(chipped|cracked|broke) (a|my)|broke off|no (heat|hot water|a/?c|air)"
                    + "|(a/?c|air( conditioner| conditioning)?|heat( pump)?|heater|furnace|water heater)( unit)? (just )?"
                    + "(died|quit|stopped working|went out|broke|is out|is broken|isn'?t working|is not working)"
                    + "(?! (making|doing|leaking|dripping|after)\\b))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OVER = Pattern.compile(
            "\\b(last (year|summer|winter|spring|fall|month|week)|(years?|months?|weeks?) ago|back in|in (19|20)\\d\\d"
                    + "|already (replaced|fixed)|(you|we|they) (fixed|replaced))\\b",
            Pattern.CASE_INSENSITIVE);

    private EmergencyTold() {}

    static boolean in(String told) {
        return told != null && NOW.matcher(told).find() && !OVER.matcher(told).find();
    }
}
