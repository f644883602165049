package ai.treasurecoast.conversations;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A widget conversation without its messages (list rows). */
public record ConversationView(
        UUID id,
        WorkspaceId workspaceId,
        String botId,
        boolean urgent,
        String crisisCategory,
        int messageCount,
        Instant startedAt,
        Instant lastMessageAt) {}
