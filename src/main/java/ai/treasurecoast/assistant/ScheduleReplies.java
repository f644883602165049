package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.QuestionWording;
import ai.treasurecoast.workspace.WorkspaceView;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Replies to requests to book and questions about the opening hours, computed from the workspace's
 * hours and booking settings. What the knowledge says about the very thing asked comes first:
 * "what time does happy hour end?" is answered by the happy hour FAQ, not the opening hours.
 */
final class ScheduleReplies {

    static final Reply.Source HOURS_SOURCE = new Reply.Source("hours", "hours", "Opening hours");
    private static final String SAME_DAY = "Do you offer same-day appointments?";
    // Words of the schedule itself: a title sharing only these is not about the thing asked.
    private static final String SCHEDULE_WORDS = "hours hour open opening close closing closed time times today tonight"
            + " tomorrow morning afternoon evening night late early now week weekday weekend day monday tuesday"
            + " wednesday thursday friday saturday sunday holiday christmas thanksgiving new year easter memorial labor"
            + " independence july";
    // The visitor's own things name no item: "what time can I pick up my pet?" asks the hours.
    private static final String OWN_THINGS =
            " pet dog cat puppy kitten car truck vehicle kid kids child son daughter wife husband";
    // An item that gives clock times of its own ("3:00 to 6:00 PM") answers when its thing happens.
    private static final Pattern TIMES = Pattern.compile(
            "\\b\\d{1,2}(:\\d{2})? ?([ap]\\.?m\\.?)(?![a-z])|\\b(noon|midnight)\\b", Pattern.CASE_INSENSITIVE);

    // Words of any visit: a title sharing only these names nothing the request asks about.
    private static final String VISIT_WORDS = " book booking reserve reservation appointment appt visit slot spot"
            + " schedule come see seen get next same";
    private static final Pattern VISIT_POLICY = Pattern.compile(
            "\\b(walk-?ins?|appointments?|reserv\\w*|book(ing|ed)?|schedul\\w*|ahead)\\b", Pattern.CASE_INSENSITIVE);

    private final KnowledgeBase knowledge;
    private final Clock clock;
    private final BiFunction<WorkspaceView, String, Optional<Reply>> clearAnswer;

    ScheduleReplies(
            KnowledgeBase knowledge, Clock clock, BiFunction<WorkspaceView, String, Optional<Reply>> clearAnswer) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.clearAnswer = clearAnswer;
    }

    /** One of several questions in a message, when it asks for the hours or to book. */
    Optional<Reply> of(WorkspaceView w, IndustryRules rules, String question) {
        if (Bookings.booking(question)) {
            return Optional.of(booking(w, question));
        }
        return Intents.hours(question) ? hours(w, rules, question, question) : Optional.empty();
    }

    /**
     * How to book; a request for a day ("can I come in Monday?") first says the hours of that day,
     * so nobody books for a day the business is closed.
     */
    Reply booking(WorkspaceView w, String question) {
        return booking(w, question, question, question);
    }

    /**
     * As {@link #booking(WorkspaceView, String)} for the request {@code question}
     * of {@code message}: "can I get a HydraFacial Thursday and still wear makeup?" or "75 people.
     * Could we book the whole patio?" first gets what the knowledge clearly says to the message.
     * {@code told} is what the visitor has said so far, where an emergency may have been told.
     */
    Reply booking(WorkspaceView w, String question, String message, String told) {
        return withHowToBook(
                w,
                question,
                told,
                () -> Bookings.whetherToBook(question) ? visitPolicy(w, question) : toTheRequest(w, message));
    }

    /**
     * A request to book with a question after it ("can I get in Thursday for an oil change? how much
     * is that?"): the knowledge's answer to the whole message when it is clear (the question leans
     * on the request), then how to book.
     */
    Reply requestThenQuestion(WorkspaceView w, String request, String message, String told) {
        Optional<Reply> answer = clearAnswer.apply(w, message);
        if (answer.isEmpty()) {
            return booking(w, request);
        }
        Reply booking = withHowToBook(w, request, told, Optional::empty);
        List<Reply.Source> sources = new ArrayList<>(answer.get().sources());
        sources.addAll(booking.sources());
        List<Map<String, Object>> actions = new ArrayList<>(booking.actions());
        answer.get().actions().stream().filter(a -> !actions.contains(a)).forEach(actions::add);
        return new Reply.Answer(
                answer.get().text() + "\n\n" + booking.text(),
                sources,
                answer.get().disclaimer(),
                actions);
    }

    /**
     * How to book, after the hours of the day asked for and what the business says to the request.
     * The emergency may be told in a sentence or a message of its own ({@code told}): "AC died at
     * 9pm and it's 88 in here. Can someone come tonight?"
     */
    private Reply withHowToBook(
            WorkspaceView w, String question, String told, Supplier<Optional<Reply>> toldOtherwise) {
        Reply booking = ReplyTexts.bookingReply(w);
        ZonedDateTime now = ZonedDateTime.now(clock);
        Optional<String> hours = HoursQuestion.namesWhen(question, now.toLocalDate()) && !Intents.notThatDay(question)
                ? HoursAnswerer.answer(knowledge.hours(w.id()), question, now)
                : Optional.empty();
        // "I chipped my tooth, can you see me today?": what the business says to do in an emergency;
        // "any chance I can be seen today?": what it says about same-day visits.
        // When the business says nothing about emergencies, the request still gets its own answer.
        boolean urgent = QuestionWording.tellsOfUrgency(question) || EmergencyTold.in(told);
        Optional<Reply> said = (urgent ? emergencies(w) : Optional.<Reply>empty())
                .or(() -> Intents.today(question) ? clearAnswer.apply(w, SAME_DAY) : toldOtherwise.get());
        if (hours.isEmpty() && said.isEmpty()) {
            return booking;
        }
        List<Reply.Source> sources = new ArrayList<>(ReplyTexts.sourcesOf(said));
        hours.ifPresent(h -> sources.add(HOURS_SOURCE));
        return new Reply.Answer(
                ReplyTexts.before(said) + hours.map(h -> h + " ").orElse("") + booking.text(),
                sources,
                said.map(Reply::disclaimer).orElse(null),
                booking.actions());
    }

    /**
     * "Can I just roll in, or do I need to book first?": what the business says about walk-ins and
     * appointments, when the item the question finds speaks of them.
     */
    private Optional<Reply> visitPolicy(WorkspaceView w, String question) {
        return clearAnswer
                .apply(w, question)
                .filter(r -> VISIT_POLICY.matcher(r.text()).find());
    }

    /**
     * What the knowledge clearly says to a request that names a thing of its own ("a HydraFacial
     * Thursday"), or to how visits are booked ("can you reserve the patio?"). "Can I book a visit next
     * week?" names only the visit: an item that merely shares its words is no answer to it.
     */
    private Optional<Reply> toTheRequest(WorkspaceView w, String message) {
        return clearAnswer
                .apply(w, message)
                .filter(r -> VISIT_POLICY.matcher(r.text()).find()
                        || !r.sources().isEmpty()
                                && knowledge.titleNames(
                                        r.sources().get(0).title(),
                                        message,
                                        SCHEDULE_WORDS + OWN_THINGS + VISIT_WORDS));
    }

    /** "How soon can someone come?": what the business says about urgent visits, then how to book. */
    Reply howSoon(WorkspaceView w) {
        Optional<Reply> urgent = emergencies(w).or(() -> clearAnswer.apply(w, SAME_DAY));
        return new Reply.Answer(
                ReplyTexts.before(urgent) + ReplyTexts.booking(w),
                ReplyTexts.sourcesOf(urgent),
                null,
                ReplyTexts.bookingActions(w));
    }

    /**
     * The hours asked about; a trade closed then, or told of an emergency in what the visitor has
     * said so far ({@code told}), also says what it does in an emergency.
     */
    Optional<Reply> hours(WorkspaceView w, IndustryRules rules, String question, String told) {
        Optional<Reply> own = Intents.whenToArrive(question) ? clearAnswer.apply(w, question) : named(w, question);
        if (own.isPresent()) {
            return own;
        }
        Optional<String> hours = HoursAnswerer.answer(knowledge.hours(w.id()), question, ZonedDateTime.now(clock));
        if (hours.isEmpty()
                || !rules.offersVisitForProblems()
                || !hours.get().contains("closed") && !EmergencyTold.in(told)) {
            return hours.map(text -> new Reply.Answer(text, List.of(HOURS_SOURCE), null, List.of()));
        }
        Optional<Reply> urgent = emergencies(w);
        List<Reply.Source> sources = new ArrayList<>(List.of(HOURS_SOURCE));
        sources.addAll(ReplyTexts.sourcesOf(urgent));
        return Optional.of(new Reply.Answer(hours.get() + ReplyTexts.after(urgent), sources, null, List.of()));
    }

    /** What the business says about emergencies, when its knowledge clearly says something. */
    Optional<Reply> emergencies(WorkspaceView w) {
        return emergencies(w, clearAnswer);
    }

    static Optional<Reply> emergencies(
            WorkspaceView w, BiFunction<WorkspaceView, String, Optional<Reply>> clearAnswer) {
        return clearAnswer
                .apply(w, "Do you handle emergencies?")
                .or(() -> clearAnswer.apply(w, "Do you offer 24 hour emergency service?"))
                .map(r -> new Reply.Answer(ReplyTexts.withoutYes(r.text()), r.sources(), r.disclaimer(), r.actions()));
    }

    /**
     * The item the question names besides the words of the schedule, when it gives clock times of
     * its own: "what time does happy hour end?" (not "are you open saturday for flu shots?", which
     * the opening hours answer). Its opening "Yes." answered its own question, not the visitor's.
     */
    private Optional<Reply> named(WorkspaceView w, String question) {
        return clearAnswer
                .apply(w, question)
                .filter(r -> !r.sources().isEmpty()
                        && TIMES.matcher(r.text()).find()
                        && knowledge.titleNames(r.sources().get(0).title(), question, SCHEDULE_WORDS + OWN_THINGS))
                .map(r -> new Reply.Answer(ReplyTexts.withoutYes(r.text()), r.sources(), r.disclaimer(), r.actions()));
    }
}
