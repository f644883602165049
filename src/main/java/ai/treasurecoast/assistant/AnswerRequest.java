package ai.treasurecoast.assistant;

import ai.treasurecoast.shared.WorkspaceId;
import java.util.List;

/**
 * One visitor message to answer, with the kinds of the bot's previous replies in this session
 * (newest last), so the pipeline can ask for clarification at most once in a row, and the
 * visitor's previous message (or null), so a reply to that clarifying question is understood.
 */
public record AnswerRequest(
        WorkspaceId workspaceId,
        String botId,
        String message,
        List<String> previousReplyKinds,
        String previousMessage) {

    /** A message with no earlier visitor message to refer to. */
    public AnswerRequest(WorkspaceId workspaceId, String botId, String message, List<String> previousReplyKinds) {
        this(workspaceId, botId, message, previousReplyKinds, null);
    }
}
