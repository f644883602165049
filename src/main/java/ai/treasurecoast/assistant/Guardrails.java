package ai.treasurecoast.assistant;

import ai.treasurecoast.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on reply text: every price, time, percentage and promise must appear in the passages
 * the reply rests on, and replies are plain text with no links but the workspace's booking URL.
 */
final class Guardrails {

    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d[\\d,]*(\\.\\d+)?");
    private static final Pattern CLOCK =
            Pattern.compile("\\b\\d{1,2}(:\\d{2})?\\s?(am|pm|a\\.m\\.|p\\.m\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\d+(\\.\\d+)?\\s?%");
    private static final Pattern PROMISE = Pattern.compile(
            "\\b(guarantee[ds]?|promise[ds]?|definitely|certainly will|always available|risk[- ]free|cure[ds]?|100 percent|no risk|will win)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAYMENT_ASK = Pattern.compile(
            "\\b(card number|credit card details|cvv|pay (here|now|in this chat)|send (me )?(your )?payment)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern URL = Pattern.compile("\\b(https?://|www\\.)[^\\s)\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]{0,200})\\]\\(([^)]{0,500})\\)");

    private Guardrails() {}

    /** Claims in {@code reply} that none of {@code passages} states; empty means the reply is grounded. */
    static List<String> unsupportedClaims(String reply, List<String> passages) {
        String sources = String.join(" \n ", passages).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> problems = new ArrayList<>();
        for (Pattern pattern : List.of(MONEY, CLOCK, PERCENT, PROMISE)) {
            Matcher m = pattern.matcher(reply);
            while (m.find()) {
                String claim = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (!sources.contains(claim) && !sources.contains(claim.replace(" ", ""))) {
                    problems.add(claim);
                }
            }
        }
        if (PAYMENT_ASK.matcher(reply).find()) {
            problems.add("payment collection");
        }
        return problems;
    }

    /** Plain text: tags removed, links removed unless they are the workspace's own booking URL. */
    static String plainText(String text, String bookingUrl) {
        if (text == null) {
            return "";
        }
        String out = MD_LINK.matcher(text).replaceAll("$1");
        out = TAG.matcher(out).replaceAll(" ");
        Matcher m = URL.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            boolean own = bookingUrl != null && !bookingUrl.isBlank() && url.startsWith(bookingUrl);
            m.appendReplacement(sb, Matcher.quoteReplacement(own ? url : ""));
        }
        m.appendTail(sb);
        return sb.toString()
                .replace("**", "")
                .replaceAll("[ \\t]+", " ")
                .replaceAll(" ([.,;:!?])", "$1")
                .strip();
    }

    /** Plain text, the disclaimer when the subject is touched, and the callback when always offered. */
    static Reply apply(WorkspaceView w, IndustryRules rules, String message, Reply reply) {
        String text = plainText(reply.text(), w.externalBookingUrl());
        // A greeting or a "you're welcome" touches no subject, whatever its words.
        boolean smallTalk = ReplyTexts.EMPTY.equals(text) || ReplyTexts.WELCOME.equals(text);
        String disclaimer = reply.disclaimer() != null
                ? reply.disclaimer()
                : smallTalk ? null : rules.disclaimerFor(message + " " + text);
        List<Map<String, Object>> actions =
                w.alwaysOfferCallback() ? ReplyTexts.withCallback(reply.actions()) : reply.actions();
        switch (reply.kind()) {
            case "answer":
                return new Reply.Answer(text, reply.sources(), disclaimer, actions);
            case "clarify":
                return new Reply.Clarify(text, reply.sources(), disclaimer, actions);
            case "refusal":
                return new Reply.Refusal(text, reply.sources(), disclaimer, actions);
            default:
                return new Reply.Fallback(text, reply.sources(), disclaimer, actions);
        }
    }
}
