package ai.treasurecoast.conversations;

import java.util.List;

/** A conversation with all its messages, oldest first. */
public record ConversationDetail(ConversationView conversation, List<MessageView> messages) {}
