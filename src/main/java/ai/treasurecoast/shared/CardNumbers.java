package ai.treasurecoast.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds payment card numbers (Luhn-valid, 13 to 19 digits, spaces or dashes allowed) so they are never kept. */
public final class CardNumbers {

    public static final String MARKER = "[card number removed]";

    private static final Pattern GROUP = Pattern.compile("[0-9]+");
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
            String masked = maskRun(m.group());
            if (masked != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(masked));
                found = true;
            }
        }
        if (!found) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The run of digits with the card number in it masked, or null. A number typed next to other
     * digits ("5555 5555 5555 4444 04/28") runs on into them, so whole groups of the run are tried too.
     */
    private static String maskRun(String run) {
        if (card(run)) {
            return MARKER;
        }
        List<int[]> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(run);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end()});
        }
        for (int from = 0; from < groups.size(); from++) {
            for (int to = groups.size() - 1; to >= from; to--) {
                int start = groups.get(from)[0];
                int end = groups.get(to)[1];
                if ((from > 0 || to < groups.size() - 1)
                        && cardShaped(groups.subList(from, to + 1))
                        && card(run.substring(start, end))) {
                    return run.substring(0, start) + MARKER + run.substring(end);
                }
            }
        }
        return null;
    }

    // How cards are printed: 4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4; or one block of digits.
    private static final List<List<Integer>> SHAPES =
            List.of(List.of(4, 4, 4, 4), List.of(4, 4, 4, 4, 3), List.of(4, 6, 5), List.of(4, 6, 4));

    /** Part of a longer run counts only in a card's own grouping, not "772 555 6245 772" or a date. */
    private static boolean cardShaped(List<int[]> groups) {
        List<Integer> lengths = groups.stream().map(g -> g[1] - g[0]).toList();
        return lengths.size() == 1 ? lengths.get(0) >= 13 && lengths.get(0) <= 19 : SHAPES.contains(lengths);
    }

    private static boolean card(String text) {
        String digits = text.replaceAll("[ -]", "");
        return digits.length() >= 13 && digits.length() <= 19 && luhn(digits);
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
