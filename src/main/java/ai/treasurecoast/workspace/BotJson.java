package ai.treasurecoast.workspace;

import java.util.List;

/** A bot in the admin API. */
record BotJson(
        String id,
        String botId,
        String name,
        String greeting,
        Theme theme,
        List<String> allowedOrigins,
        List<String> quickReplies,
        boolean active,
        String createdAt,
        String updatedAt) {

    record Theme(String primaryColor, String position) {}

    static BotJson of(BotView b) {
        return new BotJson(
                b.id().toString(),
                b.botId(),
                b.name(),
                b.greeting(),
                new Theme(b.primaryColor(), b.position()),
                b.allowedOrigins(),
                b.quickReplies(),
                b.active(),
                b.createdAt().toString(),
                b.updatedAt().toString());
    }
}
