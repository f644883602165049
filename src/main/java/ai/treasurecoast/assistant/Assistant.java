package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.knowledge.PriceWording;
import ai.treasurecoast.knowledge.QuestionWording;
import ai.treasurecoast.knowledge.ServiceOffering;
import ai.treasurecoast.ops.ErrorTracker;
import ai.treasurecoast.shared.CardNumbers;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one entry point of the answer pipeline, in this order: normalise and mask card numbers;
 * crisis (fixed text); the {@code aiEnabled=false} fallback; prompt injection, payment requests and
 * the industry's declined questions (refusals); booking and opening hours from data; a grounded
 * answer from the workspace's own knowledge (builtin, or an OpenAI-compatible model checked
 * against what was retrieved); otherwise one clarifying question, then the callback fallback.
 * The industry disclaimer is attached when the exchange touches its subject.
 */
@Service
public class Assistant {

    static final Reply.Source HOURS_SOURCE = ScheduleReplies.HOURS_SOURCE;

    // A clarifying question names the nearest item from this confidence on; a "yes" then answers with
    // it. In cross-validation (tools/answer-model) about half the items named from here were right.
    static final double NAMED_IN_CLARIFY = 0.2;
    private static final int OVERVIEW_SERVICES = 12;

    private final Workspaces workspaces;
    private final KnowledgeBase knowledge;
    private final Turns turns;
    private final CrisisReplies crises;
    private final ScheduleReplies schedule;
    private final ErrorTracker errors;
    private final OpenAiResponder llm;
    private final Clock clock;

    @Autowired
    Assistant(
            Workspaces workspaces,
            KnowledgeBase knowledge,
            AssistantSettings settings,
            JsonMapper json,
            ErrorTracker errors) {
        this(workspaces, knowledge, errors, responder(settings, json), Clock.systemUTC());
        // The crisis check must never fail on a visitor's message: load its model now, so a broken
        // build stops at startup instead.
        CrisisModel.check(knowledge.meaning("ready"));
    }

    Assistant(Workspaces workspaces, KnowledgeBase knowledge, ErrorTracker errors, OpenAiResponder llm, Clock clock) {
        this.workspaces = workspaces;
        this.knowledge = knowledge;
        this.turns = new Turns(knowledge);
        this.crises = new CrisisReplies((w, message) -> clearAnswer(w, IndustryRules.of(w.industry()), message));
        this.schedule = new ScheduleReplies(
                knowledge, clock, (w, message) -> clearAnswer(w, IndustryRules.of(w.industry()), message));
        this.errors = errors;
        this.llm = llm;
        this.clock = clock;
    }

    private static OpenAiResponder responder(AssistantSettings settings, JsonMapper json) {
        if ("openai".equals(settings.provider()) && !settings.openAi()) {
            org.slf4j.LoggerFactory.getLogger(Assistant.class)
                    .warn("LLM_PROVIDER=openai without LLM_BASE_URL: answering with the builtin responder");
        }
        return settings.openAi() ? new OpenAiResponder(settings, json) : null;
    }

    /** Answers one visitor message; never throws for visitor input. */
    public Reply answer(AnswerRequest request) {
        String message = Intents.normalise(request.message());
        Optional<WorkspaceView> found =
                request.workspaceId() == null ? Optional.empty() : workspaces.find(request.workspaceId());
        if (found.isEmpty()) {
            return new Reply.Fallback(ReplyTexts.AI_OFF, List.of(), null, List.of(ReplyTexts.leadForm()));
        }
        WorkspaceView w = found.get();
        String previousMessage = Intents.normalise(request.previousMessage());
        // "and for my son? he's 2" adds no news of its own, only who: the classifier takes such family
        // talk for a crisis. "and my son keeps talking about killing himself" says more, and is read.
        Optional<CrisisDetector.Crisis> crisis = Intents.onlyWho(message)
                ? CrisisDetector.detect(message)
                : CrisisDetector.detect(message, knowledge::meaning);
        if (crisis.isPresent()) {
            return crises.of(w, crisis.get(), message);
        }
        Optional<CrisisDetector.Crisis> justTold =
                CrisisReplies.justTold(request.previousReplyKinds(), previousMessage);
        if (justTold.isPresent() && !Intents.allClear(message)) {
            return crises.reminder(w, justTold.get(), message);
        }
        if (!w.aiEnabled()) {
            return new Reply.Fallback(ReplyTexts.AI_OFF, List.of(), null, List.of(ReplyTexts.leadForm()));
        }
        IndustryRules rules = IndustryRules.of(w.industry());
        Reply reply;
        try {
            List<String> previous = request.previousReplyKinds() == null ? List.of() : request.previousReplyKinds();
            reply = route(w, rules, message, previous, previousMessage, request.previousSource());
        } catch (RuntimeException e) {
            errors.record("assistant", e);
            reply = ReplyTexts.fallback();
        }
        return Guardrails.apply(w, rules, message, reply);
    }

    /** The builtin answer from the knowledge when it clearly has one; never model output. */
    private Optional<Reply> clearAnswer(WorkspaceView w, IndustryRules rules, String message) {
        try {
            List<KnowledgeHit> hits = knowledge.search(w.id(), message, 5);
            if (hits.isEmpty() || hits.get(0).confidence() < KnowledgeBase.ANSWERABLE) {
                return Optional.empty();
            }
            KnowledgeHit best = PriceQuestions.best(message, hits);
            if (Languages.missing(message, best.title() + " " + best.text()) != null) {
                return Optional.empty();
            }
            Reply answer = Guardrails.apply(w, rules, message, itemReply(w, message, best));
            return answer instanceof Reply.Answer ? Optional.of(answer) : Optional.empty();
        } catch (RuntimeException e) {
            errors.record("assistant", e);
            return Optional.empty();
        }
    }

    private Reply route(
            WorkspaceView w,
            IndustryRules rules,
            String message,
            List<String> previous,
            String previousMessage,
            Reply.Source previousSource) {
        if (message.isEmpty()) {
            return new Reply.Clarify(ReplyTexts.EMPTY, List.of(), null, List.of());
        }
        if (Intents.greeting(message)) {
            return new Reply.Clarify(ReplyTexts.EMPTY, List.of(), null, List.of());
        }
        if (Intents.thanks(message)) {
            return new Reply.Clarify(ReplyTexts.WELCOME, List.of(), null, List.of());
        }
        if (Intents.injection(message)) {
            return new Reply.Refusal(ReplyTexts.injection(w), List.of(), null, List.of());
        }
        if (Spanish.looksSpanish(message)) {
            // What the business itself says about Spanish ("two of our attorneys speak Spanish"),
            // which answers "¿hablan español?".
            Optional<Reply> spoken = clearAnswer(w, rules, "Do you speak Spanish?");
            String text = Spanish.REPLY + ReplyTexts.after(spoken);
            List<Reply.Source> sources = ReplyTexts.sourcesOf(spoken);
            return spoken.isPresent()
                            && Spanish.ASKS_ABOUT_SPANISH.matcher(message).find()
                    ? new Reply.Answer(text, sources, null, List.of(ReplyTexts.leadForm()))
                    : new Reply.Fallback(text, sources, null, List.of(ReplyTexts.leadForm()));
        }
        if (Intents.paymentRequest(message)) {
            return new Reply.Refusal(
                    ReplyTexts.payment(w, message.contains(CardNumbers.MARKER)),
                    List.of(),
                    null,
                    ReplyTexts.bookingActions(w));
        }
        Optional<IndustryRules.Decline> decline = rules.declineFor(message);
        if (decline.isPresent()) {
            Optional<Reply> answer = decline.get().withAnswer() ? clearAnswer(w, rules, message) : Optional.empty();
            if (answer.isEmpty() && decline.get().withEmergencies()) {
                answer = schedule.emergencies(w);
            }
            return new Reply.Refusal(
                    decline.get().reply() + ReplyTexts.after(answer),
                    ReplyTexts.sourcesOf(answer),
                    rules.disclaimer(),
                    ReplyTexts.bookingActions(w));
        }
        if (Intents.callback(message) || Intents.personOnly(message)) {
            // "Can I talk to a human?" with nothing more: the team, not an item that shares a word
            // ("the dentist will talk through the options").
            return ReplyTexts.callback();
        }
        if (Intents.whoAnswers(message)) {
            return ReplyTexts.assistant(w);
        }
        if (Intents.overview(message)) {
            // "What do you guys do?": the services the knowledge lists, not the one item that shares a word.
            PageResult<ServiceOffering> offered = knowledge.services(w.id(), new PageRequest(0, OVERVIEW_SERVICES));
            Reply overview = ReplyTexts.overview(offered.items(), offered.total());
            if (overview != null) {
                return overview;
            }
        }
        if (Intents.cancel(message)) {
            // The business's own cancellation policy, when its knowledge has one, comes first.
            Optional<Reply> policy = clearAnswer(w, rules, "What is your cancellation policy?");
            return new Reply.Fallback(
                    ReplyTexts.before(policy) + ReplyTexts.CANCEL,
                    ReplyTexts.sourcesOf(policy),
                    null,
                    List.of(ReplyTexts.leadForm()));
        }
        // Booking and hours are read from the sentence that asks: "we were closed last week. do you
        // do water heaters?" is not about opening hours.
        String asking = Intents.askingSentence(message);
        // "water is pouring from under the sink" then "will someone come out tonight?": the emergency
        // told just before counts for the visit asked for now.
        String toldSoFar = previousMessage.isEmpty() ? message : previousMessage + "\n" + message;
        // "I'd like to book the new patient special. Anything Wednesday morning?": the request may
        // be a sentence of its own before the one that asks.
        Optional<String> request = Bookings.sentence(message, asking);
        if (request.isPresent()) {
            return request.get().equals(asking)
                    ? schedule.booking(w, asking, message, toldSoFar)
                    : schedule.requestThenQuestion(w, request.get(), message, toldSoFar);
        }
        if (Intents.howSoon(asking)) {
            return schedule.howSoon(w);
        }
        String last = previous.isEmpty() ? "" : previous.get(previous.size() - 1);
        // "what about on Saturday?" after "Is there a happy hour?" asks about happy hour, not the hours.
        boolean afterKnowledge =
                "answer".equals(last) && previousSource != null && !HOURS_SOURCE.equals(previousSource);
        LocalDate today = ZonedDateTime.now(clock).toLocalDate();
        boolean anotherDay = Turns.asksAnotherDay(last, previousSource, message, today)
                || Intents.justADay(message) && !afterKnowledge;
        if (Turns.asksSameDayAgain(last, previousSource, message, today)) {
            Optional<Reply> again = schedule.hours(w, rules, previousMessage, toldSoFar);
            if (again.isPresent()) {
                return again.get();
            }
        }
        if (Intents.hours(asking) || anotherDay) {
            Optional<Reply> hours = schedule.hours(w, rules, anotherDay ? message : asking, toldSoFar);
            if (hours.isPresent()) {
                return hours.get();
            }
        }
        boolean afterClarify = !previous.isEmpty()
                && "clarify".equals(previous.get(previous.size() - 1))
                && !previousMessage.isEmpty();
        if (afterClarify && Intents.no(message)) {
            return ReplyTexts.fallback();
        }
        if (afterClarify && Intents.yes(message)) {
            return turns.confirmed(w, previousMessage).orElseGet(ReplyTexts::fallback);
        }
        if (afterClarify) {
            return grounded(w, rules, message, previous, previousMessage);
        }
        if (("answer".equals(last) || "fallback".equals(last)) && previousSource != null) {
            // After an answer, or after "no price for that exact option" about the same item: "what
            // about my 8 year old?", "how long does it last?"
            Optional<Reply> followUp = turns.followUp(w, message, previousSource, "answer".equals(last));
            if (followUp.isPresent()) {
                return followUp.get();
            }
        }
        return grounded(w, rules, message, previous, null);
    }

    /**
     * A grounded answer, or the low-confidence reply. After a clarifying question
     * ({@code previousMessage} not null), more detail is also read together with the first
     * question: "do you insure those?" then "jet skis".
     */
    private Reply grounded(
            WorkspaceView w, IndustryRules rules, String message, List<String> previous, String previousMessage) {
        List<String> questions = previousMessage == null && llm == null
                ? Questions.of(message, q -> QuestionWording.hasSubject(q) && !Intents.refersBack(q))
                : List.of(message);
        Map<String, Optional<Reply>> answered = new HashMap<>();
        Function<String, Optional<Reply>> answer =
                q -> answered.computeIfAbsent(q, x -> schedule.of(w, rules, x).or(() -> clearAnswer(w, rules, x)));
        Optional<Reply> each = Questions.answerAll(questions, answer);
        if (each.isPresent()) {
            return each.get();
        }
        List<KnowledgeHit> hits = knowledge.search(w.id(), message, 5);
        KnowledgeHit top = hits.isEmpty() ? null : hits.get(0);
        boolean unsure = top == null
                || (top.confidence() < KnowledgeBase.ANSWERABLE
                        && !(PriceQuestions.namesPricedService(message, hits)
                                && knowledge.coversSubject(top, message)));
        if (unsure && top != null && previousMessage == null && questions.size() == 1) {
            // "Our unit is on its last legs and we can't drop ten grand. Do you offer financing?":
            // the scene set around a question weakens every match, so the question alone is asked
            // too, and answered when it is sure of the very item the whole message leaned to.
            String asking = Intents.askingSentence(message);
            if (!asking.equals(message) && QuestionWording.hasSubject(asking) && !Intents.refersBack(asking)) {
                List<KnowledgeHit> alone = knowledge.search(w.id(), asking, 5);
                if (!alone.isEmpty()
                        && alone.get(0).confidence() >= KnowledgeBase.ANSWERABLE
                        && alone.get(0).id().equals(top.id())) {
                    hits = alone;
                    unsure = false;
                }
            }
        }
        if (unsure) {
            // Some of the questions answered beats "tell me more" for all of them.
            each = Questions.answerSome(questions, answer);
            if (each.isPresent()) {
                return each.get();
            }
        }
        if (unsure && previousMessage != null) {
            // One clause, so both messages count fully.
            String together = (previousMessage + " " + message).replaceAll("[.!?;]+", " ");
            List<KnowledgeHit> both = knowledge.search(w.id(), together, 5);
            if (!both.isEmpty() && both.get(0).confidence() >= KnowledgeBase.ANSWERABLE) {
                return itemReply(w, together, PriceQuestions.best(together, both));
            }
        }
        if (unsure) {
            // "Can I talk to a real person?": the callback, unless the knowledge says how.
            if (Intents.person(message)) {
                return ReplyTexts.callback();
            }
            if (rules.offersVisitForProblems() && Intents.problemOnly(message)) {
                // Nothing in the knowledge on it: someone can come and look.
                return new Reply.Answer(
                        ReplyTexts.PROBLEM + " " + ReplyTexts.booking(w),
                        List.of(),
                        null,
                        ReplyTexts.bookingActions(w));
            }
            return ReplyTexts.lowConfidence(previous, top, knowledge.asksForUnknown(w.id(), message));
        }
        if (knowledge.asksPriceOfUnknown(w.id(), message)) {
            // "how much is dysport?" is not answered with Botox's price, however close they are.
            return ReplyTexts.lowConfidence(previous, null, true);
        }
        KnowledgeHit best = PriceQuestions.best(message, hits);
        if (Languages.missing(message, best.title() + " " + best.text()) != null) {
            return ReplyTexts.lowConfidence(previous, null, true);
        }
        if (llm != null && !ItemReplies.priceNotStated(message, best)) {
            // A price the best item does not state is the same honest fallback with either
            // provider, so it never reaches the model.
            try {
                List<KnowledgeHit> passages = hits.stream()
                        .filter(h -> h.confidence() >= KnowledgeBase.ANSWERABLE / 2)
                        .toList();
                OpenAiResponder.Draft draft = llm.draft(message, passages);
                if (!draft.grounded()) {
                    return ReplyTexts.lowConfidence(previous, null, false);
                }
                List<Reply.Source> sources = passages.stream()
                        .filter(h -> draft.cited().contains(h.id()))
                        .map(ItemReplies::source)
                        .distinct()
                        .toList();
                return new Reply.Answer(draft.text(), sources, null, List.of());
            } catch (RuntimeException e) {
                errors.record(
                        "llm",
                        "Model answer not used, builtin answered instead: "
                                + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return ItemReplies.options(message, hits).orElseGet(() -> itemReply(w, message, best));
    }

    /** The item as the reply; but "a tetanus shot" against "Flu shot" asks about something else, and not its price. */
    private Reply itemReply(WorkspaceView w, String message, KnowledgeHit hit) {
        return PriceWording.asks(message) && knowledge.namesOtherKind(w.id(), message, hit)
                ? ItemReplies.variant(hit)
                : ItemReplies.from(message, hit);
    }
}
