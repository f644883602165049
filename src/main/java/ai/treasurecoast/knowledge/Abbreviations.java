package ai.treasurecoast.knowledge;

import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * What visitors shorten when they type on a phone ("appt tmrw?", "new pt visit", "refill my rx"),
 * written out as the knowledge writes it, so the words match and the word vectors know them.
 */
final class Abbreviations {

    private record Rewrite(Pattern pattern, String replacement) {}

    private static final List<Rewrite> REWRITES = List.of(
            rewrite("\\bappt(s?)\\b", "appointment$1"),
            // Only where "pt" cannot be personal training or physical therapy.
            rewrite("\\b(new|existing|current) pt(s?)\\b", "$1 patient$2"),
            rewrite("\\b(tmrw|tmr|tmrrw|tmrow|2morrow|2moro)\\b", "tomorrow"),
            // After a number only: "HR" is a department, "yr" is also "your".
            rewrite("(?<=\\d ?)hr(s?)\\b|\\bhrs\\b", " hour$1"),
            rewrite("\\bwk(s?)\\b", "week$1"),
            rewrite("(?<=\\d ?)yr(s?)\\b", " year$1"),
            rewrite("\\b(\\d+) ?(mos|mo|mths?)\\b", "$1 months"),
            rewrite("(?<!\\b(lexus|mazda) )\\brx\\b(?![- ]?\\d)", "prescription"),
            rewrite("\\b(my|your|ur|dental|health|medical|car|auto|home) ins\\b(?!-)", "$1 insurance"),
            rewrite("\\bvaxx?ed\\b", "vaccinated"),
            rewrite("\\bvaxx?\\b", "vaccine"),
            // A title, not a street ("Ocean Dr").
            rewrite(
                    "(?<=^|\\b(the|a|my|see|with|is|does|which|to|your|ur|by|for|and|or|can|ask|saw|seen) )dr\\b",
                    "doctor"),
            rewrite("\\bmgmt\\b", "management"),
            rewrite("\\bb-?day\\b", "birthday"),
            rewrite("\\bgift certs?\\b", "gift certificate"),
            rewrite("\\bavail\\b", "available"),
            rewrite("\\ba/c\\b", "AC"),
            rewrite("\\bw/o\\b", "without"),
            rewrite("\\bx ?rays\\b", "x-rays"),
            rewrite("\\bx ?ray\\b", "x-ray"),
            // Only after oil: "is there a chg for x-rays?" is a charge.
            rewrite("\\b(oil|filter) chg\\b", "$1 change"),
            rewrite("\\b(phone|cell|fax|contact|policy|claim|license|licence|account|order) ?#", "$1 number"));

    private Abbreviations() {}

    static Reader rewrite(Reader reader) {
        Reader out = reader;
        for (Rewrite r : REWRITES) {
            out = new PatternReplaceCharFilter(r.pattern(), r.replacement(), out);
        }
        return out;
    }

    private static Rewrite rewrite(String regex, String replacement) {
        return new Rewrite(Pattern.compile("(?i)" + regex), replacement);
    }
}
