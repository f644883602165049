package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bots, always looked up within a workspace. */
@Repository
class BotRepository {

    private static final String COLUMNS = """
            id, workspace_id, bot_id, name, greeting, primary_color, position, allowed_origins, quick_replies, active,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    BotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BotView> list(WorkspaceId workspace) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bots WHERE workspace_id = :w ORDER BY bot_id")
                .param("w", workspace.value())
                .query(BotRepository::map)
                .list();
    }

    List<BotView> page(WorkspaceId workspace, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bots WHERE workspace_id = :w ORDER BY bot_id"
                        + " LIMIT :limit OFFSET :offset")
                .param("w", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(BotRepository::map)
                .list();
    }

    long count(WorkspaceId workspace) {
        return jdbc.sql("SELECT count(*) FROM bots WHERE workspace_id = :w")
                .param("w", workspace.value())
                .query(Long.class)
                .single();
    }

    Optional<BotView> find(WorkspaceId workspace, String botId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bots WHERE workspace_id = :w AND bot_id = :b")
                .param("w", workspace.value())
                .param("b", botId)
                .query(BotRepository::map)
                .optional();
    }

    void insert(BotView bot) {
        jdbc.sql("""
                INSERT INTO bots (id, workspace_id, bot_id, name, greeting, primary_color, position, allowed_origins,
                    quick_replies, active)
                VALUES (:id, :w, :botId, :name, :greeting, :color, :position, :origins, :quick, :active)
                """)
                .param("id", bot.id())
                .param("w", bot.workspaceId().value())
                .param("botId", bot.botId())
                .param("name", bot.name())
                .param("greeting", bot.greeting())
                .param("color", bot.primaryColor())
                .param("position", bot.position())
                .param("origins", bot.allowedOrigins().toArray(String[]::new))
                .param("quick", bot.quickReplies().toArray(String[]::new))
                .param("active", bot.active())
                .update();
    }

    void update(BotView bot) {
        jdbc.sql("""
                UPDATE bots SET name = :name, greeting = :greeting, primary_color = :color, position = :position,
                    allowed_origins = :origins, quick_replies = :quick, active = :active, updated_at = now()
                WHERE workspace_id = :w AND id = :id
                """)
                .param("id", bot.id())
                .param("w", bot.workspaceId().value())
                .param("name", bot.name())
                .param("greeting", bot.greeting())
                .param("color", bot.primaryColor())
                .param("position", bot.position())
                .param("origins", bot.allowedOrigins().toArray(String[]::new))
                .param("quick", bot.quickReplies().toArray(String[]::new))
                .param("active", bot.active())
                .update();
    }

    void delete(WorkspaceId workspace, UUID id) {
        jdbc.sql("DELETE FROM bots WHERE workspace_id = :w AND id = :id")
                .param("w", workspace.value())
                .param("id", id)
                .update();
    }

    static BotView map(ResultSet rs, int row) throws SQLException {
        return new BotView(
                rs.getObject("id", UUID.class),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getString("bot_id"),
                rs.getString("name"),
                rs.getString("greeting"),
                rs.getString("primary_color"),
                rs.getString("position"),
                strings(rs.getArray("allowed_origins")),
                strings(rs.getArray("quick_replies")),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
