package ai.treasurecoast.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One stored exchange of a conversation. */
public record MessageView(
        UUID id,
        UUID conversationId,
        String visitorText,
        String replyText,
        String replyKind,
        List<Exchange.SourceRef> sources,
        Instant createdAt) {}
