package ai.treasurecoast.assistant;

import ai.treasurecoast.workspace.WorkspaceView;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The replies to an emergency: the fixed crisis text first, always, and never model output after
 * it; only the knowledge's own clear answer, as the builtin responder gives it, when the message
 * also asks something.
 */
final class CrisisReplies {

    private final BiFunction<WorkspaceView, String, Optional<Reply>> clearAnswer;

    /** {@code clearAnswer}: the builtin answer from the knowledge when it clearly has one. */
    CrisisReplies(BiFunction<WorkspaceView, String, Optional<Reply>> clearAnswer) {
        this.clearAnswer = clearAnswer;
    }

    /**
     * The fixed crisis text. Only the classifier's flag can be a misreading of an ordinary question
     * ("ice all over the copper lines, what should I do right now?"), so then the business's own
     * answer follows the crisis text: whoever is in danger reads the emergency numbers first, and
     * whoever is not still gets an answer.
     */
    Reply of(WorkspaceView w, CrisisDetector.Crisis c, String message) {
        return withAnswer(
                w, c, c.text(), ReplyTexts.IF_NO_DANGER, message, CrisisDetector.UNCLASSIFIED.equals(c.category()));
    }

    /**
     * "should I just take ibuprofen and come in tomorrow?" right after the 911 reply: the
     * emergency comes first once more, then whatever the knowledge clearly says.
     */
    Reply reminder(WorkspaceView w, CrisisDetector.Crisis c, String message) {
        return withAnswer(w, c, ReplyTexts.STILL_AN_EMERGENCY + c.text(), ReplyTexts.AND_OTHERWISE, message, true);
    }

    /**
     * The emergency the previous message told of, when the reply to it was the crisis text and the
     * one before that was not (one reminder, not a conversation of them). Only a pattern's
     * emergency counts: the classifier's flag may have been a misreading.
     */
    static Optional<CrisisDetector.Crisis> justTold(List<String> kinds, String previousMessage) {
        if (kinds == null || kinds.isEmpty() || previousMessage == null || previousMessage.isBlank()) {
            return Optional.empty();
        }
        boolean lastWasCrisis = "crisis".equals(kinds.get(kinds.size() - 1));
        boolean onceOnly = kinds.size() < 2 || !"crisis".equals(kinds.get(kinds.size() - 2));
        return lastWasCrisis && onceOnly ? CrisisDetector.detect(previousMessage) : Optional.empty();
    }

    private Reply withAnswer(
            WorkspaceView w, CrisisDetector.Crisis c, String text, String joiner, String message, boolean answerToo) {
        // The industry's disclaimer whenever the message touches its subject, as on every reply.
        IndustryRules rules = IndustryRules.of(w.industry());
        String disclaimer = rules.disclaimerFor(message);
        Reply.Crisis alone = new Reply.Crisis(text, List.of(), disclaimer, c.actions(), c.category());
        if (!answerToo
                || !w.aiEnabled()
                || Intents.injection(message)
                || Intents.paymentRequest(message)
                || rules.declineFor(message).isPresent()) {
            return alone;
        }
        // "my cat hasn't peed in 2 days": with no clear answer, what the business says to do in an
        // emergency, since the classifier took the message for one. Only the classifier's flag, and only
        // where 911 is not the help: a pet's or a home's emergency, not a person's.
        boolean theirs = CrisisDetector.UNCLASSIFIED.equals(c.category()) && rules.handlesOwnEmergencies();
        return clearAnswer
                .apply(w, message)
                .or(() -> theirs ? ScheduleReplies.emergencies(w, clearAnswer) : Optional.empty())
                .<Reply>map(answer -> new Reply.Crisis(
                        text + joiner + answer.text(),
                        answer.sources(),
                        answer.disclaimer() != null ? answer.disclaimer() : disclaimer,
                        c.actions(),
                        c.category()))
                .orElse(alone);
    }
}
