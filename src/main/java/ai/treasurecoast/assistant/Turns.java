package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.DurationWording;
import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.PriceWording;
import ai.treasurecoast.knowledge.QuestionWording;
import ai.treasurecoast.workspace.WorkspaceView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Messages that only make sense after the bot's previous reply: a follow-up, or a "yes". */
final class Turns {

    // Longer messages say what they are about.
    private static final int FOLLOW_UP_WORDS = 6;
    // "what time do you close?", "how late?": when the day asked about ends. Not "what are your hours?",
    // which asks about the week.
    private static final Pattern CLOSING_TIME = Pattern.compile(
            "\\b(what time (do|does) (you|u|it|y'?all) close|close at what time|how late|when do (you|u) close)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL_WHEN = Pattern.compile(
            "((and|ok(ay)?|so)[,.]? )?('?til+|until|up ?til+)( what time| when)?[?.!]*", Pattern.CASE_INSENSITIVE);

    // Days named, in a question ("is it on weekends too?") or in an item ("Monday to Friday").
    private static final String DAY_WORDS =
            "(mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|daily|every ?day";
    private static final Pattern DAYS = Pattern.compile("\\b(" + DAY_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN =
            Pattern.compile("\\b(" + DAY_WORDS + "|(what|which) days?)\\b", Pattern.CASE_INSENSITIVE);

    // A follow-up this short has no room for a subject of its own.
    private static final int BARE_WORDS = 3;

    private final KnowledgeBase knowledge;

    Turns(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * A short message after an answer that is wholly about the item that answered ("what's
     * included?", "how much is it?", "how long does that take?") is answered from that item. One
     * with a subject of its own ("where do I park?"), that asks whether something is offered ("do
     * you do highlights?" after balayage) or that names another item is a new question. One that
     * only changes a count the item states ("and for 8 vents?") is about the same item. After a
     * fallback about the item ({@code afterAnswer} false) only a new count or a stray is read so:
     * the item was just found not to answer, so it does not answer now.
     */
    Optional<Reply> followUp(WorkspaceView w, String message, Reply.Source previousSource, boolean afterAnswer) {
        if (!isShort(message)) {
            return Optional.empty();
        }
        Optional<KnowledgeHit> cited = cited(w, previousSource);
        if (cited.isEmpty()) {
            return Optional.empty();
        }
        KnowledgeHit item = cited.get();
        if (recounts(message, item)) {
            // "what about my 8 year old?" after the kids' cut: the same item, another count.
            return Optional.of(ItemReplies.forCount(message, item));
        }
        if (DurationWording.asksNotStated(item, message)) {
            return strayed(w, message, item);
        }
        if (QuestionWording.asksWhetherOffered(message)) {
            return Optional.empty();
        }
        if (afterAnswer && ItemReplies.priceNotStated(message, item)) {
            return priceOfWhatItNames(w, message, item);
        }
        if (afterAnswer && asksWhenItIs(message, item)) {
            // "is it on weekends too?" after happy hour: the days that item gives.
            return Optional.of(ItemReplies.from(message, item));
        }
        if (!afterAnswer || !knowledge.coversSubject(item, message)) {
            return strayed(w, message, item);
        }
        List<KnowledgeHit> own = knowledge.search(w.id(), message, 1);
        if (!own.isEmpty()
                && own.get(0).confidence() >= Assistant.NAMED_IN_CLARIFY
                && !own.get(0).id().equals(item.id())
                && QuestionWording.namesTitleOf(message, own.get(0))) {
            return Optional.empty();
        }
        return Optional.of(ItemReplies.from(message, item));
    }

    /**
     * A price the cited item does not state. "how much is a checkup?" names its own thing: a new
     * question. "how much is that?" after the HydraFacial's downtime is the price of the priced
     * service that item is about, when it names exactly one; otherwise the item says it has none.
     */
    private Optional<Reply> priceOfWhatItNames(WorkspaceView w, String message, KnowledgeHit item) {
        if (QuestionWording.hasSubject(message)) {
            return Optional.empty();
        }
        List<KnowledgeHit> priced =
                PriceQuestions.pricedServicesNamedBy(item.title(), knowledge.search(w.id(), item.title(), 5));
        return Optional.of(ItemReplies.from(message, priced.size() == 1 ? priced.get(0) : item));
    }

    /**
     * "is there downtime?" after lip filler, when only the HydraFacial's item speaks of downtime:
     * the search would answer about an offering the visitor never named. Say that the cited item
     * does not tell, and offer the callback, rather than answer about something else.
     */
    private Optional<Reply> strayed(WorkspaceView w, String message, KnowledgeHit item) {
        if (!leansOnTheItem(message)) {
            // "can we meet over zoom?", "do I need a consultation?": a question of its own.
            return Optional.empty();
        }
        List<KnowledgeHit> own = knowledge.search(w.id(), message, 1);
        if (own.isEmpty()
                || own.get(0).confidence() < Assistant.NAMED_IN_CLARIFY
                || own.get(0).id().equals(item.id())
                || !knowledge.aboutAnotherOffering(w.id(), own.get(0), message, item)) {
            return Optional.empty();
        }
        return Optional.of(new Reply.Fallback(
                ReplyTexts.notStatedFor(item.title()),
                List.of(ItemReplies.source(item)),
                null,
                List.of(ReplyTexts.leadForm())));
    }

    /**
     * Only another count of what the item counts, asked as a follow-up ("and my 14 year old?") or
     * for a price: not "do you do 30 minute sessions?", which asks whether something is offered.
     */
    private boolean recounts(String message, KnowledgeHit item) {
        return (Intents.elliptical(message) || PriceWording.asks(message))
                && !QuestionWording.asksWhetherOffered(message)
                && Quantities.countsLike(message, item.text(), item.title());
    }

    /** "is it on weekends too?", "what days is that?": when the item just named happens, which it says. */
    private static boolean asksWhenItIs(String message, KnowledgeHit item) {
        return Intents.refersBack(message)
                && WHEN.matcher(message).find()
                && DAYS.matcher(item.text()).find();
    }

    /** "does it hurt?", "how long does that last?", or a bare "is there downtime?". */
    private static boolean leansOnTheItem(String message) {
        return Intents.refersBack(message) || message.split("\\s+").length <= BARE_WORDS;
    }

    /** "and sunday?" right after the hours: another day's hours are asked for. */
    static boolean asksAnotherDay(String last, Reply.Source previousSource, String message, LocalDate today) {
        return "answer".equals(last)
                && Assistant.HOURS_SOURCE.equals(previousSource)
                && isShort(message)
                && HoursQuestion.namesWhen(message, today);
    }

    /**
     * "till when?" or "what time do you close?" right after the hours of a day: the same day again,
     * not today.
     */
    static boolean asksSameDayAgain(String last, Reply.Source previousSource, String message, LocalDate today) {
        return "answer".equals(last)
                && Assistant.HOURS_SOURCE.equals(previousSource)
                && isShort(message)
                && (UNTIL_WHEN.matcher(message).matches()
                        || CLOSING_TIME.matcher(message).find())
                && !HoursQuestion.namesWhen(message, today);
    }

    private static boolean isShort(String message) {
        return message.split("\\s+").length <= FOLLOW_UP_WORDS;
    }

    /** The cited item as the search sees it; empty when it was deleted since. */
    private Optional<KnowledgeHit> cited(WorkspaceView w, Reply.Source source) {
        return knowledge.search(w.id(), source.title(), 5).stream()
                .filter(h -> h.id().equals(source.id()))
                .findFirst();
    }

    /** A "yes" to "are you asking about ...?": the item that question named, if it named one. */
    Optional<Reply> confirmed(WorkspaceView w, String previousMessage) {
        List<KnowledgeHit> hits = knowledge.search(w.id(), previousMessage, 5);
        // Only an item the clarifying question named: one at or above ANSWERABLE was answered or
        // rejected by the model, and "yes" to "tell me more" confirms nothing.
        if (!hits.isEmpty()
                && hits.get(0).confidence() >= Assistant.NAMED_IN_CLARIFY
                && hits.get(0).confidence() < KnowledgeBase.ANSWERABLE) {
            return Optional.of(ItemReplies.from(previousMessage, hits.get(0)));
        }
        return Optional.empty();
    }
}
