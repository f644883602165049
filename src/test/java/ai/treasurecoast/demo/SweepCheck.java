package ai.treasurecoast.demo;

import ai.treasurecoast.assistant.Reply;
import ai.treasurecoast.demo.DemoTemplate.SweepCase;
import ai.treasurecoast.shared.CardNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a reply must satisfy for a sweep case, plus the rules every reply meets. */
final class SweepCheck {

    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d){12,18}");

    private SweepCheck() {}

    static List<String> problems(SweepCase c, Reply reply) {
        List<String> p = new ArrayList<>();
        List<String> kinds = TemplateValidator.expectedKinds(c);
        if (!kinds.contains(reply.kind())) {
            p.add("expected " + c.expect() + " but was " + reply.kind());
        }
        String text = lower(reply.text());
        for (String phrase : c.mustContain()) {
            if (!text.contains(lower(phrase))) {
                p.add("missing '" + phrase + "'");
            }
        }
        for (String phrase : c.mustNotContain()) {
            if (text.contains(lower(phrase))) {
                p.add("must not say '" + phrase + "'");
            }
        }
        if (Boolean.TRUE.equals(c.disclaimer())
                && (reply.disclaimer() == null || reply.disclaimer().isBlank())) {
            p.add("disclaimer missing");
        }
        p.addAll(always(reply));
        return p;
    }

    /** Rules for every reply: plain text, no card number echoed. */
    static List<String> always(Reply reply) {
        List<String> p = new ArrayList<>();
        String text = reply.text() == null ? "" : reply.text();
        if (text.isBlank()) {
            p.add("empty reply");
        }
        if (MARKUP.matcher(text).find()) {
            p.add("markup in reply");
        }
        if (CardNumbers.contains(text) || DIGIT_RUN.matcher(text).find()) {
            p.add("card-like number in reply");
        }
        return p;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
