package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes an alert's rows: the event, then one row per channel and recipient, in the caller's transaction. */
@Component
class Outbox {

    private final OutboxRepository rows;
    private final PreferencesRepository preferences;
    private final NotificationSettings settings;

    Outbox(OutboxRepository rows, PreferencesRepository preferences, NotificationSettings settings) {
        this.rows = rows;
        this.preferences = preferences;
        this.settings = settings;
    }

    /** Joins the storing transaction, so the request and its alerts commit or roll back together. */
    @Transactional
    int enqueue(WorkspaceId workspace, Alert alert, Instant at) {
        UUID event = rows.insertEvent(workspace, alert, at == null ? Instant.now() : at);
        NotificationPreferences p = preferences.find(workspace);
        if (!p.enabled()) {
            return 0;
        }
        int max = settings.notifications().maxAttempts();
        int count = 0;
        for (String email : p.emailRecipients()) {
            rows.insert(
                    workspace,
                    event,
                    alert.kind(),
                    new OutgoingMessage(
                            OutgoingMessage.EMAIL,
                            email,
                            alert.subject(),
                            alert.emailText(),
                            alert.emailHtml(),
                            alert.urgent()),
                    max,
                    "pending");
            count++;
        }
        for (String phone : p.smsRecipients()) {
            rows.insert(
                    workspace,
                    event,
                    alert.kind(),
                    new OutgoingMessage(OutgoingMessage.SMS, phone, null, alert.smsText(), null, alert.urgent()),
                    max,
                    "pending");
            count++;
        }
        return count;
    }
}
