package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.ServiceOffering;
import ai.treasurecoast.workspace.BookingMode;
import ai.treasurecoast.workspace.WorkspaceView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fixed wording and actions of replies that are not drawn from the knowledge. */
final class ReplyTexts {

    /** Between a crisis reply and the answer to the question it may have misread. */
    static final String STILL_AN_EMERGENCY = "Please don't wait on this. ";

    static final String AND_OTHERWISE = "\n\nAs for your question, here is what our information says: ";

    static final String IF_NO_DANGER =
            "\n\nIf nobody is in danger and I misread you, here is what our information says: ";

    static final String REST_UNANSWERED = "For the rest of your question, I don't have a reliable answer in our"
            + " information. Leave your name and number and the team will get back to you.";
    static final String FALLBACK =
            "I don't have a reliable answer to that in our information, and I'd rather not guess."
                    + " Leave your name and number and the team will get back to you.";
    static final String PROBLEM =
            "Sorry to hear that. The best way to know what's wrong is to have someone take a look.";
    static final String NOT_LISTED = "I don't see that in our information. Could you tell me a little more about what"
            + " you're looking for? Or leave your name and number and the team will get back to you.";
    static final String AI_OFF =
            "Thanks for your message. Leave your name and number and the team will get back to you.";
    private static final Pattern OPENING_YES = Pattern.compile("^Yes(?:[.!]\\s+(?=\\p{Lu})|,\\s+(?=\\S))");

    static final String CLARIFY =
            "I want to make sure I give you the right information. Could you tell me a little more"
                    + " about what you need, for example which service you're asking about?";
    static final String EMPTY = "How can I help? You can ask about our services, hours or booking a visit.";

    static final String PERSON =
            "Of course. Leave your name and number below and someone from the team will get back to you.";
    static final String CANCEL = "I can't change appointments in this chat, but the team can. Leave your name, number"
            + " and the appointment below and they will take care of it.";
    static final String WELCOME = "You're welcome! Is there anything else I can help with?";

    private ReplyTexts() {}

    /**
     * "What services do you offer?": the services the knowledge lists, by name, citing each; "and N
     * more" when there are more than are shown. None: null, for the knowledge search to answer.
     */
    static Reply overview(List<ServiceOffering> services, long total) {
        if (services.isEmpty()) {
            return null;
        }
        List<String> names = services.stream()
                .map(s -> s.name().strip().replaceFirst("[.;,]+$", ""))
                .toList();
        // "Cut, color & style" keeps its comma: the names are then set apart by semicolons.
        String between = names.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ";
        long more = total - names.size();
        String list = names.size() == 1
                ? names.get(0)
                : more > 0
                        ? String.join(between, names) + " and " + more + " more"
                        : String.join(between, names.subList(0, names.size() - 1)) + " and "
                                + names.get(names.size() - 1);
        List<Reply.Source> sources = services.stream()
                .map(s -> new Reply.Source("service", s.id().toString(), s.name()))
                .toList();
        return new Reply.Answer(
                "The services we list include " + list + ". Ask me about any of them for prices and details.",
                sources,
                null,
                List.of());
    }

    /** "Are you a bot?": what answers here, honestly, and the way to a person. */
    static Reply assistant(WorkspaceView w) {
        String name = w.name().strip();
        // "Treasure Coast Plumbing Co." and "Joe's Crab Shack!" end their own sentence.
        String text = "I'm the virtual assistant for " + name + (name.matches(".*[.!?\"')\u201d]$") ? " " : ". ")
                + "I answer from the business's own information about"
                + " its services, hours and booking. If you'd rather talk to someone, leave your name and number"
                + " below and the team will get back to you.";
        return new Reply.Answer(text, List.of(), null, List.of(leadForm()));
    }

    static String injection(WorkspaceView w) {
        return "I can only help with questions about " + w.name() + ", such as our services, hours and booking."
                + " I can't share how I'm set up or follow instructions to change it.";
    }

    static String clarify(String title) {
        // An FAQ's title is often a question already: "about "Do you take walk-ins?"?" reads badly.
        String mark = title.strip().endsWith("?") ? "" : "?";
        return "I'm not sure I understood. Are you asking about \"" + title.strip() + "\"" + mark
                + " If not, could you tell me a little more?";
    }

    static final String EXACT_QUOTE =
            "If that isn't exactly what you asked about, leave your number and the team will give you an exact quote.";

    /** A price question the knowledge has no price for: what it does say, and the callback. */
    static String noPrice(String itemText) {
        return noPrice("that", itemText);
    }

    /** As {@link #noPrice(String)}, naming what has no price: "that exact option" beside a listed one. */
    static String noPrice(String what, String itemText) {
        return notListed("a price for " + what, itemText, " with a quote");
    }

    /** A "how long" question the knowledge gives no time for: what it does say, and the callback. */
    static String noTime(String itemText) {
        return notListed("a time for that", itemText, "");
    }

    /** "What percent discount?" where the knowledge names the discount but no figure. */
    static String noFigure(String itemText) {
        return notListed("that figure", itemText, "");
    }

    /** "Is there a package discount?" where the knowledge lists the price and no discount. */
    static String noDiscount(String itemText) {
        return notListed("a discount for that", itemText, "");
    }

    /** A follow-up the cited item says nothing on, which another offering's item would have answered. */
    static String notStatedFor(String title) {
        return "Our information on \"" + title.strip().replaceFirst("[?.]$", "")
                + "\" doesn't cover that, and I'd rather not guess. Leave your name and number and the team will get"
                + " back to you.";
    }

    private static String notListed(String missing, String itemText, String callbackEnd) {
        // The item's "Yes." or "No." answered its own question, not the one now asked.
        String told = itemText.replaceFirst("^(?:Yes|No)[.,!]\\s+", "");
        return "I don't have " + missing + " in our information, and I'd rather not guess. Here's what I can tell you: "
                + told + " Leave your name and number and the team will get back to you" + callbackEnd + ".";
    }

    /**
     * An FAQ answer's leading "Yes." or "Yes," answered its own question ("Do you offer personal
     * training?"), not "how much is personal training?" or "is Dr. Alvarez a woman?". A "No" is
     * kept: it is part of what the answer says.
     */
    static String withoutYes(String answer) {
        Matcher yes = OPENING_YES.matcher(answer);
        if (!yes.find()) {
            return answer;
        }
        String rest = answer.substring(yes.end());
        // "we keep" starts a sentence now; "iPads" keeps its spelling.
        boolean plainWord = rest.length() > 1 && Character.isLowerCase(rest.charAt(1));
        return plainWord ? Character.toUpperCase(rest.charAt(0)) + rest.substring(1) : rest;
    }

    static String payment(WorkspaceView w, boolean cardSeen) {
        String start = cardSeen ? "For your safety I've removed the card number from your message. " : "";
        String next;
        switch (w.bookingMode()) {
            case EXTERNAL:
                next = " You can book online with the link below, and payment is handled directly with " + w.name()
                        + ".";
                break;
            case INTERNAL:
                next = " You can send a booking request below, and the team will go over payment with you directly.";
                break;
            default:
                next = " Leave your name and number and the team will contact you about payment directly.";
        }
        return start + "We never take payments or card details in this chat." + next;
    }

    static String booking(WorkspaceView w) {
        switch (w.bookingMode()) {
            case EXTERNAL:
                return "You can book online with the booking link below.";
            case INTERNAL:
                return "I can pass a booking request to the team. Share your name, how to reach you and a preferred time in"
                        + " the form below, and they will confirm with you.";
            default:
                return "We don't take bookings online, but leave your name and number and the team will call you to set up a"
                        + " time.";
        }
    }

    /** book (external: with the URL; internal: the booking-request form), or the callback form when booking is off. */
    static List<Map<String, Object>> bookingActions(WorkspaceView w) {
        if (w.bookingMode() == BookingMode.EXTERNAL && w.externalBookingUrl() != null) {
            return List.of(Map.of("type", "book", "url", w.externalBookingUrl()));
        }
        if (w.bookingMode() == BookingMode.INTERNAL) {
            return List.of(Map.of("type", "book", "mode", "internal"));
        }
        return List.of(leadForm());
    }

    static Map<String, Object> leadForm() {
        return Map.of("type", "lead_form");
    }

    static List<Map<String, Object>> withCallback(List<Map<String, Object>> actions) {
        if (actions.stream().anyMatch(a -> "lead_form".equals(a.get("type")))) {
            return actions;
        }
        List<Map<String, Object>> out = new ArrayList<>(actions);
        out.add(leadForm());
        return List.copyOf(out);
    }

    /** The knowledge's answer to follow a fixed text, after a blank line; nothing without one. */
    static String after(Optional<Reply> answer) {
        return answer.map(a -> "\n\n" + a.text()).orElse("");
    }

    /** The knowledge's answer to come before a fixed text, then a blank line; nothing without one. */
    static String before(Optional<Reply> answer) {
        return answer.map(a -> a.text() + "\n\n").orElse("");
    }

    static List<Reply.Source> sourcesOf(Optional<Reply> answer) {
        return answer.map(Reply::sources).orElse(List.of());
    }

    /** "I don't have a reliable answer…", with the callback. */
    static Reply fallback() {
        return new Reply.Fallback(FALLBACK, List.of(), null, List.of(leadForm()));
    }

    /** "Of course. Leave your name and number…": asked for a person or a call. */
    static Reply callback() {
        return new Reply.Fallback(PERSON, List.of(), null, List.of(leadForm()));
    }

    /** How to book, with the booking action of the workspace's mode. */
    static Reply bookingReply(WorkspaceView w) {
        return new Reply.Answer(booking(w), List.of(), null, bookingActions(w));
    }

    /** One clarifying question naming the nearest item when it is near enough; after one, the callback. */
    static Reply lowConfidence(List<String> previous, KnowledgeHit near, boolean unknownOffer) {
        if (!previous.isEmpty() && "clarify".equals(previous.get(previous.size() - 1))) {
            return fallback();
        }
        if (unknownOffer) {
            // Nothing in the knowledge names it: say so, and offer the callback with the question.
            return new Reply.Clarify(NOT_LISTED, List.of(), null, List.of(leadForm()));
        }
        String text = near != null && near.confidence() >= Assistant.NAMED_IN_CLARIFY ? clarify(near.title()) : CLARIFY;
        return new Reply.Clarify(text, List.of(), null, List.of());
    }
}
