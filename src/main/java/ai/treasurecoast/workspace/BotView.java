package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A chat bot of a workspace; {@code botId} is its slug, unique within the workspace. */
public record BotView(
        UUID id,
        WorkspaceId workspaceId,
        String botId,
        String name,
        String greeting,
        String primaryColor,
        String position,
        List<String> allowedOrigins,
        List<String> quickReplies,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {}
