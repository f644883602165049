package ai.treasurecoast.conversations;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;

/**
 * A conversation was flagged urgent because the visitor's message triggered crisis handling.
 * Published inside the transaction that stores the message; notifications turn it into an urgent alert.
 */
public record CrisisFlagged(
        WorkspaceId workspaceId, String botId, String sessionId, String category, Instant flaggedAt) {}
