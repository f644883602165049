package ai.treasurecoast.conversations;

import java.time.Instant;
import java.util.UUID;

/** A visitor question the bot could not answer from the workspace's knowledge (a fallback reply). */
public record UnansweredQuestion(UUID messageId, UUID conversationId, String botId, String question, Instant askedAt) {}
