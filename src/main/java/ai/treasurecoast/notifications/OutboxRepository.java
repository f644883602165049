package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox rows and their attempts. Every query that serves a workspace takes its id first. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed row, as the dispatcher needs it. */
    record Claimed(
            UUID id, WorkspaceId workspaceId, String kind, int attempt, int maxAttempts, OutgoingMessage message) {}

    UUID insertEvent(WorkspaceId workspace, Alert alert, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO notification_events (id, workspace_id, kind, source_id, summary, urgent, occurred_at)
                        VALUES (:id, :ws, :kind, :source, :summary, :urgent, :at)
                        """)
                .param("id", id)
                .param("ws", workspace.value())
                .param("kind", alert.kind())
                .param("source", alert.sourceId())
                .param("summary", alert.summary())
                .param("urgent", alert.urgent())
                .param("at", ts(at))
                .update();
        return id;
    }

    UUID insert(WorkspaceId workspace, UUID eventId, String kind, OutgoingMessage m, int maxAttempts, String status) {
        UUID id = UUID.randomUUID();
        Timestamp now = ts(Instant.now());
        jdbc.sql("""
                        INSERT INTO notifications (id, workspace_id, event_id, kind, channel, recipient, urgent, subject,
                            body_text, body_html, status, attempts, max_attempts, next_attempt_at, created_at, updated_at)
                        VALUES (:id, :ws, :event, :kind, :channel, :recipient, :urgent, :subject, :text, :html, :status, 0,
                            :max, :now, :now, :now)
                        """)
                .param("id", id)
                .param("ws", workspace.value())
                .param("event", eventId)
                .param("kind", kind)
                .param("channel", m.channel())
                .param("recipient", m.recipient())
                .param("urgent", m.urgent())
                .param("subject", m.subject())
                .param("text", m.text())
                .param("html", m.html())
                .param("status", status)
                .param("max", maxAttempts)
                .param("now", now)
                .update();
        return id;
    }

    /**
     * Claims due rows in one short statement: pending rows whose time has come and in-flight rows
     * whose lease expired (their node died between send and record). Rows locked by another node are skipped.
     */
    List<Claimed> claim(String node, int batch, Duration lease) {
        return jdbc.sql("""
                        UPDATE notifications n SET status = 'in_flight', attempts = n.attempts + 1,
                            locked_until = now() + make_interval(secs => :lease), locked_by = :node, updated_at = now()
                        WHERE n.id IN (
                            SELECT id FROM notifications
                            WHERE (status = 'pending' AND next_attempt_at <= now())
                               OR (status = 'in_flight' AND locked_until < now())
                            ORDER BY next_attempt_at
                            LIMIT :batch
                            FOR UPDATE SKIP LOCKED)
                        RETURNING n.id, n.workspace_id, n.kind, n.channel, n.recipient, n.subject, n.body_text, n.body_html,
                            n.urgent, n.attempts, n.max_attempts
                        """)
                .param("lease", lease.toMillis() / 1000.0)
                .param("node", node)
                .param("batch", batch)
                .query(OutboxRepository::claimed)
                .list();
    }

    /** Writes the attempt and moves the row on; a row reclaimed by another node after its lease expired is left alone. */
    void record(Claimed c, Delivery d, long durationMs, String node, Instant nextAttemptAt) {
        String status = d.ok() ? "sent" : nextAttemptAt == null ? "dead" : "pending";
        jdbc.sql("""
                        INSERT INTO notification_logs (id, notification_id, workspace_id, attempt, channel, recipient, outcome,
                            provider_status, error_category, error_message, duration_ms, node, created_at)
                        VALUES (:id, :nid, :ws, :attempt, :channel, :recipient, :outcome, :ps, :cat, :msg, :ms, :node, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("nid", c.id())
                .param("ws", c.workspaceId().value())
                .param("attempt", c.attempt())
                .param("channel", c.message().channel())
                .param(
                        "recipient",
                        Recipients.mask(c.message().channel(), c.message().recipient()))
                .param("outcome", d.outcomeName())
                .param("ps", d.providerStatus())
                .param("cat", d.category())
                .param("msg", d.reason())
                .param("ms", durationMs)
                .param("node", node)
                .update();
        jdbc.sql("""
                        UPDATE notifications SET status = CAST(:status AS text), locked_until = NULL, locked_by = NULL, updated_at = now(),
                            sent_at = CASE WHEN CAST(:status AS text) = 'sent' THEN now() ELSE sent_at END,
                            last_error = CASE WHEN CAST(:status AS text) = 'sent' THEN last_error ELSE CAST(:error AS text) END,
                            next_attempt_at = COALESCE(CAST(:next AS timestamptz), next_attempt_at)
                        WHERE workspace_id = :ws AND id = :id AND status = 'in_flight' AND locked_by = :node AND attempts = :attempt
                        """)
                .param("status", status)
                .param("error", d.reason())
                .param("next", nextAttemptAt == null ? null : ts(nextAttemptAt))
                .param("ws", c.workspaceId().value())
                .param("id", c.id())
                .param("node", node)
                .param("attempt", c.attempt())
                .update();
    }

    /** Hands a claimed row back unsent, as if it had not been claimed. */
    void release(Claimed c, String node) {
        jdbc.sql("""
                        UPDATE notifications SET status = 'pending', attempts = attempts - 1, locked_until = NULL,
                            locked_by = NULL, updated_at = now()
                        WHERE workspace_id = :ws AND id = :id AND status = 'in_flight' AND locked_by = :node AND attempts = :attempt
                        """)
                .param("ws", c.workspaceId().value())
                .param("id", c.id())
                .param("node", node)
                .param("attempt", c.attempt())
                .update();
    }

    /** A test send is recorded as a finished notification with its one attempt, so it shows in the log and status. */
    void recordTest(WorkspaceId workspace, OutgoingMessage m, Delivery d, long durationMs, String node) {
        UUID id = insert(workspace, null, "test", m, 1, "in_flight");
        jdbc.sql("UPDATE notifications SET attempts = 1, locked_by = :node WHERE workspace_id = :ws AND id = :id")
                .param("node", node)
                .param("ws", workspace.value())
                .param("id", id)
                .update();
        record(new Claimed(id, workspace, "test", 1, 1, m), d, durationMs, node, null);
    }

    static Claimed claimed(ResultSet rs, int i) throws SQLException {
        OutgoingMessage m = new OutgoingMessage(
                rs.getString("channel"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body_text"),
                rs.getString("body_html"),
                rs.getBoolean("urgent"));
        return new Claimed(
                rs.getObject("id", UUID.class),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getString("kind"),
                rs.getInt("attempts"),
                rs.getInt("max_attempts"),
                m);
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
