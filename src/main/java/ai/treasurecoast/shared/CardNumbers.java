package ai.treasurecoast.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds payment card numbers (Luhn-valid, 13 to 19 digits, spaces or dashes allowed) so they are never kept. */
public final class CardNumbers {

    public static final String MARKER = "[card number removed]";

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    private CardNumbers() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (digits.length() >= 13 && digits.length() <= 19 && luhn(digits)) {
                m.appendReplacement(out, Matcher.quoteReplacement(MARKER));
                found = true;
            }
        }
        if (!found) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    public static boolean contains(String text) {
        return text != null && !mask(text).equals(text);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
