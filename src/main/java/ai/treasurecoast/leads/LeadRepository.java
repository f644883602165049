package ai.treasurecoast.leads;

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

/** Leads, booking requests, booking intents and idempotency keys, always within one workspace. */
@Repository
class LeadRepository {

    private static final String LEAD_COLUMNS =
            "id, workspace_id, bot_id, name, email, phone, message, session_id, created_at";
    private static final String REQUEST_COLUMNS = """
            id, workspace_id, bot_id, name, email, phone, service, preferred_time, notes, session_id, status, created_at""";

    private final JdbcClient jdbc;

    LeadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a key for {@code resultId}; false when the key was already taken (then see {@link #findKey}). */
    boolean claimKey(WorkspaceId workspace, String scope, String key, String bodyHash, UUID resultId) {
        return jdbc.sql("""
                                INSERT INTO idempotency_keys (workspace_id, scope, idem_key, body_hash, result_id)
                                VALUES (:w, :scope, :key, :hash, :result) ON CONFLICT DO NOTHING""")
                        .param("w", workspace.value())
                        .param("scope", scope)
                        .param("key", key)
                        .param("hash", bodyHash)
                        .param("result", resultId)
                        .update()
                > 0;
    }

    Optional<StoredKey> findKey(WorkspaceId workspace, String scope, String key) {
        return jdbc.sql("SELECT body_hash, result_id FROM idempotency_keys WHERE workspace_id = :w AND scope = :scope"
                        + " AND idem_key = :key")
                .param("w", workspace.value())
                .param("scope", scope)
                .param("key", key)
                .query((rs, n) -> new StoredKey(rs.getString("body_hash"), rs.getObject("result_id", UUID.class)))
                .optional();
    }

    void insertLead(LeadView lead) {
        jdbc.sql("""
                        INSERT INTO leads (id, workspace_id, bot_id, name, email, phone, message, session_id, consent, created_at)
                        VALUES (:id, :w, :bot, :name, :email, :phone, :message, :session, true, :at)""")
                .param("id", lead.id())
                .param("w", lead.workspaceId().value())
                .param("bot", lead.botId())
                .param("name", lead.name())
                .param("email", lead.email())
                .param("phone", lead.phone())
                .param("message", lead.message())
                .param("session", lead.sessionId())
                .param("at", Timestamp.from(lead.createdAt()))
                .update();
    }

    void insertRequest(BookingRequestView r) {
        jdbc.sql("""
                        INSERT INTO booking_requests (id, workspace_id, bot_id, name, email, phone, service, preferred_time,
                            notes, session_id, consent, status, created_at)
                        VALUES (:id, :w, :bot, :name, :email, :phone, :service, :time, :notes, :session, true, :status, :at)""")
                .param("id", r.id())
                .param("w", r.workspaceId().value())
                .param("bot", r.botId())
                .param("name", r.name())
                .param("email", r.email())
                .param("phone", r.phone())
                .param("service", r.service())
                .param("time", r.preferredTime())
                .param("notes", r.notes())
                .param("session", r.sessionId())
                .param("status", r.status())
                .param("at", Timestamp.from(r.createdAt()))
                .update();
    }

    void insertIntent(WorkspaceId workspace, UUID id, String botId, String sessionId, String url) {
        jdbc.sql("""
                        INSERT INTO booking_intents (id, workspace_id, bot_id, session_id, url)
                        VALUES (:id, :w, :bot, :session, :url)""")
                .param("id", id)
                .param("w", workspace.value())
                .param("bot", botId)
                .param("session", sessionId)
                .param("url", url)
                .update();
    }

    List<LeadView> leads(WorkspaceId workspace, PageRequest page) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM leads WHERE workspace_id = :w"
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("w", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(LeadRepository::mapLead)
                .list();
    }

    Optional<LeadView> lead(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + " FROM leads WHERE workspace_id = :w AND id = :id")
                .param("w", workspace.value())
                .param("id", id)
                .query(LeadRepository::mapLead)
                .optional();
    }

    List<BookingRequestView> requests(WorkspaceId workspace, PageRequest page) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM booking_requests WHERE workspace_id = :w"
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("w", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(LeadRepository::mapRequest)
                .list();
    }

    Optional<BookingRequestView> request(WorkspaceId workspace, UUID id) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM booking_requests WHERE workspace_id = :w AND id = :id")
                .param("w", workspace.value())
                .param("id", id)
                .query(LeadRepository::mapRequest)
                .optional();
    }

    /** Counts rows of one of this module's tables; the table name never comes from input. */
    long count(String table, WorkspaceId workspace) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE workspace_id = :w")
                .param("w", workspace.value())
                .query(Long.class)
                .single();
    }

    List<DailyCount> perDay(String table, WorkspaceId workspace, Instant from) {
        return jdbc.sql("SELECT (created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM " + table
                        + " WHERE workspace_id = :w AND created_at >= :from GROUP BY 1 ORDER BY 1")
                .param("w", workspace.value())
                .param("from", Timestamp.from(from))
                .query((rs, n) -> new DailyCount(rs.getObject("day", LocalDate.class), rs.getLong("n")))
                .list();
    }

    private static LeadView mapLead(ResultSet rs, int row) throws SQLException {
        return new LeadView(
                rs.getObject("id", UUID.class),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getString("bot_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("message"),
                rs.getString("session_id"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static BookingRequestView mapRequest(ResultSet rs, int row) throws SQLException {
        return new BookingRequestView(
                rs.getObject("id", UUID.class),
                WorkspaceId.of(rs.getObject("workspace_id", UUID.class)),
                rs.getString("bot_id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("service"),
                rs.getString("preferred_time"),
                rs.getString("notes"),
                rs.getString("session_id"),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }

    record StoredKey(String bodyHash, UUID resultId) {}
}
