package ai.treasurecoast.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counted things in a text: "a 40-gallon heater", "a pack of five", "up to 12 vents", "ages 10 and
 * under". A question that counts something the item counts differently asks about an option the
 * item does not list: the item's price is for the 50-gallon heater, not the 40-gallon one.
 */
final class Quantities {

    enum Bound {
        EXACT,
        AT_MOST,
        AT_LEAST,
        BETWEEN
    }

    /** A count; {@code high} is the top of a range ("ages 5-12") and equals {@code value} otherwise. */
    record Count(double value, double high, String unit, Bound bound) {
        Count(double value, String unit, Bound bound) {
            this(value, value, unit, bound);
        }

        boolean admits(double asked) {
            return switch (bound) {
                case EXACT -> value == asked;
                case AT_MOST -> asked <= value;
                case AT_LEAST -> asked >= value;
                case BETWEEN -> asked >= value && asked <= high;
            };
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("fifteen", 15),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("ninety", 90));

    private static final String NUMBER = "(\\d{1,4}(?:\\.\\d+)?|" + String.join("|", WORDS.keySet()) + ")";

    // "40-gallon", "12 vents", "90 min massage", "7 quarts"; the word after the unit tells an age
    // ("12 yr old") from a span of time ("3 months ago").
    private static final Pattern COUNTED =
            Pattern.compile("(?<![$\\d.,:])\\b" + NUMBER + "(?:\\s*-\\s*|\\s+)([a-z]+)\\b(?:\\s*-?\\s*([a-z]+))?");

    private static final Pattern NUMBER_WORD = Pattern.compile("\\b" + NUMBER + "\\b");
    // "30, 60 and 90 ": numbers joined by commas, "and" or "or" (not "two 60-minute sessions").
    private static final Pattern LIST_BEFORE =
            Pattern.compile("(?<![$\\d.,:])\\b(?:" + NUMBER + "(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+))+$");

    // "ages 5-12", "20-40 lbs", "2 to 4 people": a range, not two counts.
    private static final Pattern RANGE = Pattern.compile("(?<![$\\d.,:])\\b(?:(age[sd]?) (?:of )?)?" + NUMBER
            + "\\s*(?:-|to|\u2013)\\s*" + NUMBER + "(?:(?:\\s*-\\s*|\\s+)([a-z]+))?");

    // "pack of five", "ages 10", "aged 12"
    private static final Pattern OF = Pattern.compile("\\b(pack|set|package|card|group|party|age[sd]?) (?:of )?"
            + NUMBER + "\\b(?!\\s*-?\\s*[a-z]*(?:am|pm)\\b)");

    private static final Pattern PRICED_BEFORE = Pattern.compile("\\$\\d[\\d,.]*\\s+for\\s+$");

    private static final Pattern AT_MOST_BEFORE =
            Pattern.compile("(?:up to|under|within|less than|fewer than|no more than|maximum of|max)\\s+$");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(?:over|more than|at least|minimum of)\\s+$");
    private static final Pattern AT_MOST_AFTER =
            Pattern.compile("^\\s*(?:(?:and|or) (?:under|younger|less|fewer|below)|maximum|max)\\b");
    private static final Pattern AT_LEAST_AFTER =
            Pattern.compile("^\\s*(?:\\+|(?:(?:and|or) (?:up|older|over|more)|minimum|min)\\b)");

    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("min", "minute"),
            Map.entry("mins", "minute"),
            Map.entry("hr", "hour"),
            Map.entry("hrs", "hour"),
            Map.entry("yr", "year"),
            Map.entry("yrs", "year"),
            Map.entry("lb", "pound"),
            Map.entry("lbs", "pound"),
            Map.entry("classes", "class"),
            Map.entry("ages", "age"),
            Map.entry("aged", "age"));

    // Spans of time count only as part of a thing's name ("a 90-minute massage"), never as when
    // or how long ago something happened.
    private static final Set<String> TIME = Set.of("minute", "hour", "day", "week", "month", "year");
    private static final Set<String> NOT_UNITS = Set.of(
            "and", "or", "to", "of", "for", "a", "an", "the", "in", "on", "at", "is", "am", "pm", "percent", "times",
            "more", "less", "other", "per", "each", "with", "from", "by", "i", "we", "you", "it", "my", "our");

    private Quantities() {}

    /**
     * True when the question counts a thing ("a 10 pack") that the item counts too, but never with
     * that number ("a pack of five").
     */
    static boolean differ(String question, String itemText) {
        return differ(question, itemText, "");
    }

    /** As {@link #differ(String, String)}, with the time an item's name gives ("Massage, 60 minutes"). */
    static boolean differ(String question, String itemText, String itemTitle) {
        List<Count> asked = in(question);
        if (asked.isEmpty()) {
            return false;
        }
        List<Count> listed = listed(itemText, itemTitle);
        for (Count q : asked) {
            List<Count> same =
                    listed.stream().filter(c -> c.unit().equals(q.unit())).toList();
            if (!same.isEmpty() && same.stream().noneMatch(c -> c.admits(q.value()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the question counts a thing the item counts too ("8 vents" against "up to 12 vents"). */
    static boolean countsLike(String question, String itemText, String itemTitle) {
        List<Count> asked = in(question);
        if (asked.isEmpty()) {
            return false;
        }
        List<Count> listed = listed(itemText, itemTitle);
        return asked.stream()
                .anyMatch(q -> listed.stream().anyMatch(c -> c.unit().equals(q.unit())));
    }

    /**
     * What an item counts. A span of time in its name is the option it is ("Therapeutic massage, 60
     * minutes"), even with nothing named after it; elsewhere in its text only as part of a name,
     * as in a question: "24 hours' notice" is a policy, not an option.
     */
    private static List<Count> listed(String itemText, String itemTitle) {
        List<Count> counts = new ArrayList<>(in(itemText));
        counts.addAll(read(itemTitle, true).stream()
                .filter(c -> TIME.contains(c.unit()))
                .toList());
        return counts;
    }

    static List<Count> in(String text) {
        return read(text, false);
    }

    private static List<Count> read(String text, boolean name) {
        // Thousands separators go; other commas become spaces, at the same places, so that a list
        // ("30, 60 and 90 minute") is still seen in the text with its commas.
        String withCommas = text.toLowerCase(Locale.ROOT).replaceAll("(\\d),(\\d)", "$1$2");
        String lower = withCommas.replace(',', ' ');
        List<Count> counts = new ArrayList<>();
        // Where ranges stand, so that their ends are not read again as counts of their own.
        List<int[]> ranges = new ArrayList<>();
        Matcher r = RANGE.matcher(lower);
        while (r.find()) {
            String unit = r.group(1) != null ? "age" : r.group(4) == null ? null : unit(r.group(4));
            if (unit != null && !NOT_UNITS.contains(unit) && (name || !TIME.contains(unit))) {
                counts.add(minutes(new Count(value(r.group(2)), value(r.group(3)), unit, Bound.BETWEEN)));
                ranges.add(new int[] {r.start(), r.end()});
            }
        }
        Matcher m = COUNTED.matcher(lower);
        while (m.find()) {
            String unit = unit(m.group(2));
            String next = m.group(3);
            if ("year".equals(unit) && "old".equals(next)) {
                unit = "age";
            } else if (NOT_UNITS.contains(unit)
                    || TIME.contains(unit) && !name && !named(next) && !priced(lower, m.start())) {
                continue;
            }
            if (!inside(ranges, m.start())) {
                Bound bound = bound(lower, m.start(), m.end(2));
                counts.add(minutes(new Count(value(m.group(1)), unit, bound)));
                // "30, 60 and 90 minute sessions": each number of the list counts the same thing.
                Matcher list = LIST_BEFORE.matcher(withCommas.substring(0, m.start()));
                if (list.find()) {
                    Matcher number = NUMBER_WORD.matcher(list.group());
                    while (number.find()) {
                        counts.add(minutes(new Count(value(number.group(1)), unit, bound)));
                    }
                }
            }
        }
        Matcher of = OF.matcher(lower);
        while (of.find()) {
            if (!inside(ranges, of.start())) {
                counts.add(new Count(value(of.group(2)), unit(of.group(1)), bound(lower, of.start(), of.end())));
            }
        }
        return counts;
    }

    // An hour-long massage and a 60-minute one are the same option.
    private static Count minutes(Count c) {
        return "hour".equals(c.unit()) ? new Count(c.value() * 60, c.high() * 60, "minute", c.bound()) : c;
    }

    private static boolean inside(List<int[]> ranges, int at) {
        return ranges.stream().anyMatch(span -> at >= span[0] && at < span[1]);
    }

    // "$75 for 60 minutes": the span a price is for is the option it prices ("$60 per hour" is a rate).
    private static boolean priced(String text, int start) {
        return PRICED_BEFORE
                .matcher(text.substring(Math.max(0, start - 24), start))
                .find();
    }

    private static boolean named(String next) {
        return next != null
                && !NOT_UNITS.contains(next)
                // "15 minutes late", "a 30 minute lunch break", "a 24 hour emergency": when, not which option.
                && !next.matches(
                        "ago|old|later?|earlier|early|away|before|after|until|till|left|lunch|break|drive|ride|walk"
                                + "|wait|notice|window|commute|delay|emergency|emergencies|service|response|turnaround");
    }

    private static Bound bound(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 20), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        if (AT_MOST_BEFORE.matcher(before).find()
                || AT_MOST_AFTER.matcher(after).find()) {
            return Bound.AT_MOST;
        }
        if (AT_LEAST_BEFORE.matcher(before).find()
                || AT_LEAST_AFTER.matcher(after).find()) {
            return Bound.AT_LEAST;
        }
        return Bound.EXACT;
    }

    private static String unit(String word) {
        String mapped = UNITS.get(word);
        if (mapped != null) {
            return mapped;
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static double value(String number) {
        Integer word = WORDS.get(number);
        return word != null ? word : Double.parseDouble(number);
    }
}
