package ai.treasurecoast.conversations;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversations and their messages, always within one workspace. */
@Repository
class ConversationRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Exchange.SourceRef>> SOURCES = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, workspace_id, bot_id, urgent, crisis_category, message_count, started_at, last_message_at";
    private static final String MESSAGE_COLUMNS =
            "id, conversation_id, visitor_text, reply_text, reply_kind, sources::text AS sources, created_at";

    private final JdbcClient jdbc;

    ConversationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conversation of a session, only if it belongs to this workspace and bot. */
    Optional<UUID> findSession(WorkspaceId workspace, String botId, String sessionId) {
        return jdbc.sql("SELECT id FROM conversations WHERE workspace_id = :w AND bot_id = :b AND session_id = :s")
                .param("w", workspace.value())
                .param("b", botId)
                .param("s", sessionId)
                .query(UUID.class)
                .optional();
    }

    List<String> recentKinds(WorkspaceId workspace, UUID conversation, int limit) {
        List<String> newestFirst = jdbc.sql("""
                        SELECT reply_kind FROM conversation_messages WHERE workspace_id = :w AND conversation_id = :c
                        ORDER BY created_at DESC, id DESC LIMIT :n""")
                .param("w", workspace.value())
                .param("c", conversation)
                .param("n", limit)
                .query(String.class)
                .list();
        List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The latest exchange of a conversation: the visitor's text and the first source the reply cited. */
    record Last(String visitorText, Exchange.SourceRef source) {}

    /** The latest exchange in a conversation (its text already masked when it was stored), one read. */
    Optional<Last> lastExchange(WorkspaceId workspace, UUID conversation) {
        return jdbc.sql("""
                        SELECT visitor_text, sources::text AS sources FROM conversation_messages
                        WHERE workspace_id = :w AND conversation_id = :c
                        ORDER BY created_at DESC, id DESC LIMIT 1""")
                .param("w", workspace.value())
                .param("c", conversation)
                .query((rs, n) -> new Last(
                        rs.getString("visitor_text"),
                        JSON.readValue(rs.getString("sources"), SOURCES).stream()
                                .findFirst()
                                .orElse(null)))
                .optional();
    }

    /** Creates the conversation of a session if it does not exist yet and returns its id. */
    UUID upsertSession(WorkspaceId workspace, String botId, String sessionId) {
        jdbc.sql("""
                        INSERT INTO conversations (id, workspace_id, bot_id, session_id) VALUES (:id, :w, :b, :s)
                        ON CONFLICT (session_id) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("w", workspace.value())
                .param("b", botId)
                .param("s", sessionId)
                .update();
        return findSession(workspace, botId, sessionId)
                .orElseThrow(() -> new IllegalStateException("session belongs to another bot"));
    }

    void addMessage(WorkspaceId workspace, UUID conversation, Exchange exchange) {
        jdbc.sql("""
                        INSERT INTO conversation_messages (id, workspace_id, conversation_id, visitor_text, reply_text,
                            reply_kind, sources)
                        VALUES (:id, :w, :c, :v, :r, :k, CAST(:src AS jsonb))""")
                .param("id", UUID.randomUUID())
                .param("w", workspace.value())
                .param("c", conversation)
                .param("v", exchange.visitorText())
                .param("r", exchange.replyText())
                .param("k", exchange.kind())
                .param("src", JSON.writeValueAsString(exchange.sources()))
                .update();
        jdbc.sql("""
                        UPDATE conversations SET message_count = message_count + 1, last_message_at = now()
                        WHERE workspace_id = :w AND id = :c""").param("w", workspace.value()).param("c", conversation).update();
    }

    /** Marks the conversation urgent; true only the first time, so the alert goes out once. */
    boolean flagUrgent(WorkspaceId workspace, UUID conversation, String category) {
        return jdbc.sql("""
                                UPDATE conversations SET urgent = true, crisis_category = :cat
                                WHERE workspace_id = :w AND id = :c AND NOT urgent""")
                        .param("w", workspace.value())
                        .param("c", conversation)
                        .param("cat", category)
                        .update()
                > 0;
    }

    List<ConversationView> page(WorkspaceId workspace, boolean urgentOnly, PageRequest page) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE workspace_id = :w"
                        + (urgentOnly ? " AND urgent" : "")
                        + " ORDER BY last_message_at DESC, id LIMIT :limit OFFSET :offset")
                .param("w", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(ConversationRepository::map)
                .list();
    }

    long count(WorkspaceId workspace, boolean urgentOnly) {
        return jdbc.sql("SELECT count(*) FROM conversations WHERE workspace_id = :w"
                        + (urgentOnly ? " AND urgent" : ""))
                .param("w", workspace.value())
                .query(Long.class)
                .single();
    }

    Optional<ConversationView> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE workspace_id = :w AND id = :id")
                .param("w", workspace.value())
                .param("id", id)
                .query(ConversationRepository::map)
                .optional();
    }

    List<MessageView> messages(WorkspaceId workspace, UUID conversation) {
        return jdbc.sql("SELECT " + MESSAGE_COLUMNS
                        + " FROM conversation_messages WHERE workspace_id = :w AND conversation_id = :c"
                        + " ORDER BY created_at, id")
                .param("w", workspace.value())
                .param("c", conversation)
                .query(ConversationRepository::mapMessage)
                .list();
    }

    List<UnansweredQuestion> unanswered(WorkspaceId workspace, PageRequest page) {
        return jdbc.sql("""
                        SELECT m.id, m.conversation_id, c.bot_id, m.visitor_text, m.created_at
                        FROM conversation_messages m JOIN conversations c ON c.id = m.conversation_id
                        WHERE m.workspace_id = :w AND c.workspace_id = :w AND m.reply_kind = 'fallback'
                        ORDER BY m.created_at DESC, m.id LIMIT :limit OFFSET :offset""")
                .param("w", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new UnansweredQuestion(
                        rs.getObject("id", UUID.class),
                        rs.getObject("conversation_id", UUID.class),
                        rs.getString("bot_id"),
                        rs.getString("visitor_text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    long countUnanswered(WorkspaceId workspace) {
        return jdbc.sql(
                        "SELECT count(*) FROM conversation_messages WHERE workspace_id = :w AND reply_kind = 'fallback'")
                .param("w", workspace.value())
                .query(Long.class)
                .single();
    }

    List<DailyCount> perDay(WorkspaceId workspace, Instant from) {
        return jdbc.sql("""
                        SELECT (started_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM conversations
                        WHERE workspace_id = :w AND started_at >= :from GROUP BY 1 ORDER BY 1""")
                .param("w", workspace.value())
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new DailyCount(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list();
    }

    private static ConversationView map(ResultSet rs, int row) throws SQLException {
        return new ConversationView(
                rs.getObject("id", UUID.class),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getString("bot_id"),
                rs.getBoolean("urgent"),
                rs.getString("crisis_category"),
                rs.getInt("message_count"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("last_message_at").toInstant());
    }

    private static MessageView mapMessage(ResultSet rs, int row) throws SQLException {
        return new MessageView(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("visitor_text"),
                rs.getString("reply_text"),
                rs.getString("reply_kind"),
                JSON.readValue(rs.getString("sources"), SOURCES),
                rs.getTimestamp("created_at").toInstant());
    }
}
