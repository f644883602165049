package ai.treasurecoast.conversations;

import java.util.List;

/**
 * The session a widget message belongs to. {@code existing} is false when the visitor sent no
 * session id, or one that is unknown or belongs to another bot: a fresh id was minted instead.
 * {@code previousReplyKinds} lists the bot's earlier reply kinds, newest last;
 * {@code previousMessage} is the visitor's previous message (null in a new session), so an answer
 * to "are you asking about ...?" can be understood; {@code previousSource} is the first knowledge
 * item the bot's previous reply cited (or null), so "how much is it?" can be.
 */
public record SessionContext(
        String sessionId,
        boolean existing,
        List<String> previousReplyKinds,
        String previousMessage,
        Exchange.SourceRef previousSource) {}
