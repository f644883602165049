package ai.treasurecoast.assistant;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Languages a visitor may ask about. "Do any of your attorneys speak Portuguese?" is not answered
 * by an item that says who speaks Spanish, however close the two are in meaning.
 */
final class Languages {

    // Not "Polish": a dental polish is far more often asked about than the language.
    private static final Pattern NAMED = Pattern.compile(
            "\\b(spanish|espa\u00f1ol|creole|haitian|portuguese|french|german|italian|russian|ukrainian|mandarin|cantonese"
                    + "|chinese|vietnamese|korean|japanese|arabic|hindi|urdu|tagalog|hebrew|greek|turkish|farsi|persian"
                    + "|sign language|asl)\\b",
            Pattern.CASE_INSENSITIVE);

    private Languages() {}

    /** A language the message names that the text does not mention; null when there is none. */
    static String missing(String message, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = NAMED.matcher(message);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            // Its own name for itself, and a short form, as the knowledge writes them.
            name = name.equals("espa\u00f1ol") ? "spanish" : name.equals("asl") ? "sign language" : name;
            if (!lower.contains(name)) {
                return m.group(1);
            }
        }
        return null;
    }
}
