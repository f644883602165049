package ai.treasurecoast.assistant;

import ai.treasurecoast.shared.WorkspaceId;
import java.util.List;

/**
 * One visitor message to answer, with the kinds of the bot's previous replies in this session
 * (newest last), so the pipeline can ask for clarification at most once in a row; the visitor's
 * previous message (or null), so a reply to that clarifying question is understood; and the first
 * item the previous reply cited (or null), so a follow-up ("how much is it?") is.
 */
public record AnswerRequest(
        WorkspaceId workspaceId,
        String botId,
        String message,
        List<String> previousReplyKinds,
        String previousMessage,
        Reply.Source previousSource) {

    /** A message with no earlier visitor message to refer to. */
    public AnswerRequest(WorkspaceId workspaceId, String botId, String message, List<String> previousReplyKinds) {
        this(workspaceId, botId, message, previousReplyKinds, null, null);
    }

    /** A message after a reply that cited nothing. */
    public AnswerRequest(
            WorkspaceId workspaceId,
            String botId,
            String message,
            List<String> previousReplyKinds,
            String previousMessage) {
        this(workspaceId, botId, message, previousReplyKinds, previousMessage, null);
    }
}
