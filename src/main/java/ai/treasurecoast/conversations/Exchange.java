package ai.treasurecoast.conversations;

import java.util.List;

/**
 * One visitor message and the bot's reply, as stored. {@code visitorText} must already have its
 * card numbers replaced; {@code crisisCategory} is set only for crisis replies.
 */
public record Exchange(
        String visitorText, String replyText, String kind, List<SourceRef> sources, String crisisCategory) {

    public Exchange {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** A knowledge item a reply rested on: type faq, article, service or hours. */
    public record SourceRef(String type, String id, String title) {}
}
