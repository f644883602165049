package ai.treasurecoast.assistant;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texting shorthand and misspelled days written out, so that "wat time r u opn thursdy" is read as
 * the hours question it is. Only words with one reading: "sat" and "wed" stay, since they are words too.
 */
final class Texting {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("opn", "open"),
            Map.entry("wat", "what"),
            Map.entry("wut", "what"),
            Map.entry("hrs", "hours"),
            Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"),
            Map.entry("tmrow", "tomorrow"),
            Map.entry("tomoro", "tomorrow"),
            Map.entry("tomorow", "tomorrow"),
            Map.entry("tommorow", "tomorrow"),
            Map.entry("tommorrow", "tomorrow"),
            Map.entry("2morrow", "tomorrow"),
            Map.entry("2moro", "tomorrow"),
            Map.entry("2day", "today"),
            Map.entry("tonite", "tonight"),
            Map.entry("2nite", "tonight"),
            Map.entry("mondy", "monday"),
            Map.entry("tuesdy", "tuesday"),
            Map.entry("tusday", "tuesday"),
            Map.entry("wensday", "wednesday"),
            Map.entry("wendsday", "wednesday"),
            Map.entry("wednsday", "wednesday"),
            Map.entry("wednesay", "wednesday"),
            Map.entry("thursdy", "thursday"),
            Map.entry("thrusday", "thursday"),
            Map.entry("thurday", "thursday"),
            Map.entry("fridy", "friday"),
            Map.entry("fryday", "friday"),
            Map.entry("saturdy", "saturday"),
            Map.entry("saterday", "saturday"),
            Map.entry("satruday", "saturday"),
            Map.entry("sundy", "sunday"));
    // "r u open", "r you guys": "r" is "are" only before "you"; "u" is not the U of a U-bend.
    private static final Pattern ARE = Pattern.compile("\\br(?= (u|you|ya|y'all)\\b)", Pattern.CASE_INSENSITIVE);
    // Lower case only ("UR", "HRS" and "U.S." are names), not a unit after a number ("20 u of Botox"),
    // not a shape ("u joint", "U-bend").
    private static final Pattern WORD =
            Pattern.compile("(?<!\\d )\\b[a-z0-9]+\\b(?![-']|\\.\\w)(?! (joint|bolt|haul|shaped?|turn|boat|lock)\\b)");

    private Texting() {}

    static String plain(String text) {
        String are = ARE.matcher(text).replaceAll("are");
        Matcher m = WORD.matcher(are);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = WORDS.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group() : full));
        }
        m.appendTail(out);
        return out.toString();
    }
}
