package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safety net: once a day each workspace gets an email listing everything received in the last
 * 24 hours and every alert not yet delivered. Safe with many nodes: a digest is claimed by inserting
 * its (workspace, day) row, and only the node whose insert succeeds writes the digest into the outbox,
 * in the same transaction, so it is delivered (and retried) like any alert.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final JdbcClient jdbc;
    private final PreferencesRepository preferences;
    private final NotificationQueries queries;
    private final OutboxRepository rows;
    private final NotificationSettings.Dispatch settings;
    private final TransactionTemplate tx;
    private final String baseUrl;

    DailyDigest(
            JdbcClient jdbc,
            PreferencesRepository preferences,
            NotificationQueries queries,
            OutboxRepository rows,
            NotificationSettings settings,
            TransactionTemplate tx,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.queries = queries;
        this.rows = rows;
        this.settings = settings.notifications();
        this.tx = tx;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${app.notifications.digest-cron:0 0 13 * * *}", zone = "UTC")
    void scheduled() {
        if (settings.digestEnabled()) {
            try {
                run(Instant.now());
            } catch (RuntimeException e) {
                log.warn("Daily digest run failed: {}", e.getClass().getSimpleName());
            }
        }
    }

    /** Returns how many workspaces got a digest from this node. */
    int run(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int sent = 0;
        for (WorkspaceId workspace : preferences.digestWorkspaces()) {
            Boolean done = tx.execute(status -> digest(workspace, day, now));
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean digest(WorkspaceId workspace, LocalDate day, Instant now) {
        int claimed = jdbc.sql("""
                        INSERT INTO notification_digests (workspace_id, day, claimed_at, claimed_by)
                        VALUES (:ws, :day, now(), :node) ON CONFLICT DO NOTHING
                        """)
                .param("ws", workspace.value())
                .param("day", day)
                .param("node", "digest")
                .update();
        if (claimed == 0) {
            return false;
        }
        List<NotificationQueries.EventLine> events = queries.events(workspace, now.minus(Duration.ofHours(24)));
        List<NotificationQueries.Undelivered> undelivered =
                queries.undelivered(workspace, settings.undeliveredWindow());
        if (events.isEmpty() && undelivered.isEmpty()) {
            return false;
        }
        NotificationPreferences p = preferences.find(workspace);
        String subject = (undelivered.isEmpty() ? "" : AlertMessages.URGENT_PREFIX) + "Daily summary: " + events.size()
                + " received, " + undelivered.size() + " alerts not delivered";
        List<String[]> lines = new ArrayList<>();
        for (NotificationQueries.EventLine e : events) {
            lines.add(new String[] {e.at().toString(), (e.urgent() ? "URGENT " : "") + e.summary()});
        }
        for (NotificationQueries.Undelivered u : undelivered) {
            lines.add(new String[] {
                "Not delivered",
                u.kind() + " " + u.channel() + " to " + u.recipient() + " (" + u.status() + ")"
                        + (u.lastError() == null ? "" : ": " + u.lastError())
            });
        }
        String intro = "Everything your assistant received in the last 24 hours"
                + (undelivered.isEmpty()
                        ? "."
                        : ", and alerts that could not be delivered. Every request is saved in the console.");
        String link = baseUrl + "/admin/workspaces/" + workspace.value();
        String text = AlertMessages.text(intro, lines, link);
        String html = AlertMessages.html(intro, lines, link);
        for (String email : p.emailRecipients()) {
            rows.insert(
                    workspace,
                    null,
                    "digest",
                    new OutgoingMessage(OutgoingMessage.EMAIL, email, subject, text, html, !undelivered.isEmpty()),
                    settings.maxAttempts(),
                    "pending");
        }
        return true;
    }
}
