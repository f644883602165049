package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads for status, log, digest and health. Alerts exclude test sends and digests unless said otherwise. */
@Repository
class NotificationQueries {

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LastAttempt(Instant at, String category, String reason) {}

    record Counts(long pending, long failed) {}

    record EventLine(String summary, boolean urgent, Instant at) {}

    record Undelivered(
            String kind, String channel, String recipient, String status, String lastError, Instant createdAt) {}

    Counts counts(WorkspaceId workspace, Duration failedWindow) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status IN ('pending', 'in_flight')) AS pending,
                               count(*) FILTER (WHERE status = 'dead' AND created_at > :since) AS failed
                        FROM notifications WHERE workspace_id = :ws AND kind <> 'test'
                        """)
                .param("ws", workspace.value())
                .param("since", Timestamp.from(Instant.now().minus(failedWindow)))
                .query((rs, i) -> new Counts(rs.getLong("pending"), rs.getLong("failed")))
                .single();
    }

    Instant lastSuccess(WorkspaceId workspace) {
        return jdbc.sql(
                        "SELECT max(created_at) AS last FROM notification_logs WHERE workspace_id = :ws AND outcome = 'sent'")
                .param("ws", workspace.value())
                .query((rs, i) -> Optional.ofNullable(OutboxRepository.instant(rs, "last")))
                .single()
                .orElse(null);
    }

    LastAttempt lastFailure(WorkspaceId workspace) {
        return jdbc.sql("""
                        SELECT created_at, error_category, error_message FROM notification_logs
                        WHERE workspace_id = :ws AND outcome <> 'sent' ORDER BY created_at DESC LIMIT 1
                        """)
                .param("ws", workspace.value())
                .query((rs, i) -> new LastAttempt(
                        OutboxRepository.instant(rs, "created_at"),
                        rs.getString("error_category"),
                        rs.getString("error_message")))
                .optional()
                .orElse(null);
    }

    /** Alerts of the window that were not delivered: waiting, in flight or dead. */
    long undeliveredCount(WorkspaceId workspace, Duration window) {
        return jdbc.sql("""
                        SELECT count(*) FROM notifications WHERE workspace_id = :ws AND kind NOT IN ('test', 'digest')
                        AND status <> 'sent' AND created_at > :since
                        """)
                .param("ws", workspace.value())
                .param("since", Timestamp.from(Instant.now().minus(window)))
                .query(Long.class)
                .single();
    }

    List<Undelivered> undelivered(WorkspaceId workspace, Duration window) {
        return jdbc.sql("""
                        SELECT kind, channel, recipient, status, last_error, created_at FROM notifications
                        WHERE workspace_id = :ws AND kind NOT IN ('test', 'digest') AND status <> 'sent' AND created_at > :since
                        ORDER BY created_at LIMIT 200
                        """)
                .param("ws", workspace.value())
                .param("since", Timestamp.from(Instant.now().minus(window)))
                .query((rs, i) -> new Undelivered(
                        rs.getString("kind"),
                        rs.getString("channel"),
                        Recipients.mask(rs.getString("channel"), rs.getString("recipient")),
                        rs.getString("status"),
                        rs.getString("last_error"),
                        OutboxRepository.instant(rs, "created_at")))
                .list();
    }

    List<EventLine> events(WorkspaceId workspace, Instant since) {
        return jdbc.sql("""
                        SELECT summary, urgent, occurred_at FROM notification_events
                        WHERE workspace_id = :ws AND occurred_at > :since AND kind <> 'test' ORDER BY occurred_at LIMIT 500
                        """)
                .param("ws", workspace.value())
                .param("since", Timestamp.from(since))
                .query((rs, i) -> new EventLine(
                        rs.getString("summary"), rs.getBoolean("urgent"), OutboxRepository.instant(rs, "occurred_at")))
                .list();
    }

    PageResult<NotificationLogEntry> page(WorkspaceId workspace, PageRequest page) {
        long total = jdbc.sql("SELECT count(*) FROM notifications WHERE workspace_id = :ws")
                .param("ws", workspace.value())
                .query(Long.class)
                .single();
        List<NotificationLogEntry> rows = jdbc.sql("""
                        SELECT id, kind, channel, recipient, urgent, status, attempts, max_attempts, last_error, created_at,
                            next_attempt_at, sent_at
                        FROM notifications WHERE workspace_id = :ws ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset
                        """)
                .param("ws", workspace.value())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, i) -> new NotificationLogEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("channel"),
                        Recipients.mask(rs.getString("channel"), rs.getString("recipient")),
                        rs.getBoolean("urgent"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getInt("max_attempts"),
                        rs.getString("last_error"),
                        OutboxRepository.instant(rs, "created_at"),
                        "pending".equals(rs.getString("status"))
                                ? OutboxRepository.instant(rs, "next_attempt_at")
                                : null,
                        OutboxRepository.instant(rs, "sent_at"),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return new PageResult<>(rows, page.page(), page.size(), total);
        }
        Map<UUID, List<NotificationLogEntry.Attempt>> attempts = jdbc
                .sql("""
                        SELECT notification_id, attempt, channel, recipient, outcome, provider_status, error_category,
                            error_message, duration_ms, created_at
                        FROM notification_logs WHERE workspace_id = :ws AND notification_id IN (:ids)
                        ORDER BY attempt, created_at
                        """)
                .param("ws", workspace.value())
                .param("ids", rows.stream().map(NotificationLogEntry::id).toList())
                .query((rs, i) -> Map.entry(
                        rs.getObject("notification_id", UUID.class),
                        new NotificationLogEntry.Attempt(
                                rs.getInt("attempt"),
                                rs.getString("channel"),
                                rs.getString("recipient"),
                                rs.getString("outcome"),
                                rs.getString("provider_status"),
                                rs.getString("error_category"),
                                rs.getString("error_message"),
                                rs.getLong("duration_ms"),
                                OutboxRepository.instant(rs, "created_at"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<NotificationLogEntry> items = rows.stream()
                .map(r -> new NotificationLogEntry(
                        r.id(),
                        r.kind(),
                        r.channel(),
                        r.recipient(),
                        r.urgent(),
                        r.status(),
                        r.attemptCount(),
                        r.maxAttempts(),
                        r.lastError(),
                        r.createdAt(),
                        r.nextAttemptAt(),
                        r.sentAt(),
                        attempts.getOrDefault(r.id(), List.of())))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Across all workspaces, for the internal health report. */
    Map<String, Object> totals() {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status IN ('pending', 'in_flight')) AS pending,
                               count(*) FILTER (WHERE status = 'in_flight') AS in_flight,
                               count(*) FILTER (WHERE status = 'dead') AS dead,
                               count(*) FILTER (WHERE status = 'dead' AND created_at > now() - interval '1 day') AS failed_24h
                        FROM notifications WHERE kind <> 'test'
                        """)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("pending", rs.getLong("pending"));
                    m.put("inFlight", rs.getLong("in_flight"));
                    m.put("failed", rs.getLong("failed_24h"));
                    m.put("dead", rs.getLong("dead"));
                    return m;
                })
                .single();
    }

    LastAttempt lastFailureAnywhere() {
        return jdbc.sql("""
                        SELECT created_at, error_category, error_message FROM notification_logs
                        WHERE outcome <> 'sent' ORDER BY created_at DESC LIMIT 1
                        """)
                .query((rs, i) -> new LastAttempt(
                        OutboxRepository.instant(rs, "created_at"),
                        rs.getString("error_category"),
                        rs.getString("error_message")))
                .optional()
                .orElse(null);
    }
}
