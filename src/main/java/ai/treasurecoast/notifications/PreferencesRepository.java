package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.WorkspaceId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class PreferencesRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PreferencesRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    NotificationPreferences find(WorkspaceId workspace) {
        return jdbc.sql("""
                        SELECT email_recipients::text AS e, sms_recipients::text AS s, enabled, daily_digest
                        FROM notification_settings WHERE workspace_id = :ws
                        """)
                .param("ws", workspace.value())
                .query((rs, i) -> new NotificationPreferences(
                        list(rs.getString("e")),
                        list(rs.getString("s")),
                        rs.getBoolean("enabled"),
                        rs.getBoolean("daily_digest")))
                .optional()
                .orElseGet(NotificationPreferences::defaults);
    }

    void save(WorkspaceId workspace, NotificationPreferences p) {
        jdbc.sql("""
                        INSERT INTO notification_settings (workspace_id, email_recipients, sms_recipients, enabled, daily_digest, updated_at)
                        VALUES (:ws, CAST(:e AS jsonb), CAST(:s AS jsonb), :enabled, :digest, now())
                        ON CONFLICT (workspace_id) DO UPDATE SET email_recipients = EXCLUDED.email_recipients,
                            sms_recipients = EXCLUDED.sms_recipients, enabled = EXCLUDED.enabled,
                            daily_digest = EXCLUDED.daily_digest, updated_at = now()
                        """)
                .param("ws", workspace.value())
                .param("e", json.writeValueAsString(p.emailRecipients()))
                .param("s", json.writeValueAsString(p.smsRecipients()))
                .param("enabled", p.enabled())
                .param("digest", p.dailyDigest())
                .update();
    }

    /** Workspaces that want a digest and have someone to send it to. */
    List<WorkspaceId> digestWorkspaces() {
        return jdbc.sql("""
                        SELECT workspace_id FROM notification_settings
                        WHERE enabled AND daily_digest AND jsonb_array_length(email_recipients) > 0
                        """)
                .query((rs, i) -> new WorkspaceId(rs.getObject(1, UUID.class)))
                .list();
    }

    /** Workspaces with no settings, alerts off, or nobody to alert. */
    long countUnconfigured() {
        return jdbc.sql("""
                        SELECT count(*) FROM workspaces w LEFT JOIN notification_settings s ON s.workspace_id = w.id
                        WHERE s.workspace_id IS NULL OR NOT s.enabled
                           OR (jsonb_array_length(s.email_recipients) = 0 AND jsonb_array_length(s.sms_recipients) = 0)
                        """).query(Long.class).single();
    }

    private List<String> list(String text) {
        return text == null ? List.of() : Arrays.asList(json.readValue(text, String[].class));
    }
}
