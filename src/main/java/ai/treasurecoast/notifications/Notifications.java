package ai.treasurecoast.notifications;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.EmailAddress;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.PhoneNumber;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's alerts: its settings, whether the owner is being alerted (for the console banner),
 * the log of every notification and attempt, and a test send. Access is checked by callers.
 */
@Service
public class Notifications {

    static final int MAX_RECIPIENTS = 10;

    private final PreferencesRepository preferences;
    private final NotificationQueries queries;
    private final Channels channels;
    private final NotificationSettings settings;
    private final AuditRecorder audit;
    private final TestSender testSender;

    Notifications(
            PreferencesRepository preferences,
            NotificationQueries queries,
            Channels channels,
            NotificationSettings settings,
            AuditRecorder audit,
            TestSender testSender) {
        this.preferences = preferences;
        this.queries = queries;
        this.channels = channels;
        this.settings = settings;
        this.audit = audit;
        this.testSender = testSender;
    }

    /** A settings change as sent by a client; a null flag keeps its current value. */
    public record SettingsUpdate(
            List<String> emailRecipients, List<String> smsRecipients, Boolean enabled, Boolean dailyDigest) {}

    @Transactional(readOnly = true)
    public NotificationPreferences settings(WorkspaceId workspace) {
        return preferences.find(workspace);
    }

    /**
     * Validates every recipient (field errors name the index, e.g. {@code emailRecipients[1]}), refuses to
     * turn the digest off while alerts are undelivered, saves and audits {@code notification.settings_update}.
     */
    @Transactional
    public NotificationPreferences updateSettings(WorkspaceId workspace, SettingsUpdate input) {
        NotificationPreferences before = preferences.find(workspace);
        FieldChecks checks = new FieldChecks();
        List<String> emails = clean(input.emailRecipients(), "emailRecipients", checks, true);
        List<String> phones = clean(input.smsRecipients(), "smsRecipients", checks, false);
        boolean enabled = input.enabled() == null ? before.enabled() : input.enabled();
        boolean digest = input.dailyDigest() == null ? before.dailyDigest() : input.dailyDigest();
        if (!digest) {
            long undelivered =
                    queries.undeliveredCount(workspace, settings.notifications().undeliveredWindow());
            checks.require(
                    undelivered == 0,
                    "dailyDigest",
                    "cannot be turned off while " + undelivered + " alert(s) are not delivered");
        }
        checks.throwIfAny();
        NotificationPreferences after = new NotificationPreferences(emails, phones, enabled, digest);
        preferences.save(workspace, after);
        audit.record(
                AuditEvent.of("notification.settings_update", "notification_settings", workspace.value(), workspace)
                        .before(auditView(before))
                        .after(auditView(after)));
        return after;
    }

    /** For the console banner: {@link NotificationStatus#banner()} says when requests are saved but nobody is alerted. */
    @Transactional(readOnly = true)
    public NotificationStatus status(WorkspaceId workspace) {
        NotificationPreferences p = preferences.find(workspace);
        NotificationQueries.Counts counts =
                queries.counts(workspace, settings.notifications().undeliveredWindow());
        NotificationQueries.LastAttempt failure = queries.lastFailure(workspace);
        return new NotificationStatus(
                configured(p),
                queries.lastSuccess(workspace),
                failure == null ? null : failure.at(),
                failure == null ? null : failure.reason(),
                counts.pending(),
                counts.failed());
    }

    /** Each notification, newest first, with every attempt. Recipients are masked. */
    @Transactional(readOnly = true)
    public PageResult<NotificationLogEntry> log(WorkspaceId workspace, PageRequest page) {
        return queries.page(workspace, page);
    }

    /** Sends a test alert to every recipient now, records it in the log and audits {@code notification.test}. */
    public TestSendResult test(WorkspaceId workspace) {
        return testSender.send(workspace, preferences.find(workspace));
    }

    boolean configured(NotificationPreferences p) {
        return p.enabled()
                && ((!p.emailRecipients().isEmpty() && channels.emailConfigured())
                        || (!p.smsRecipients().isEmpty() && channels.smsConfigured()));
    }

    private static List<String> clean(List<String> raw, String field, FieldChecks checks, boolean email) {
        if (raw == null) {
            return List.of();
        }
        checks.require(raw.size() <= MAX_RECIPIENTS, field, "must list at most " + MAX_RECIPIENTS + " recipients");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String value = raw.get(i) == null ? "" : raw.get(i).strip();
            String name = field + "[" + i + "]";
            if (email) {
                boolean ok = EmailAddress.isValid(value) && !value.matches(".*[\\r\\n,;<>].*");
                checks.require(ok, name, "is not a valid email address");
                if (ok) {
                    out.add(new EmailAddress(value).value());
                }
            } else {
                boolean ok = PhoneNumber.isValid(value);
                checks.require(ok, name, "must be a phone number in E.164 form, such as +15551234567");
                if (ok) {
                    out.add(value);
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static Map<String, Object> auditView(NotificationPreferences p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("emailRecipients", p.emailRecipients().size());
        m.put("smsRecipients", p.smsRecipients().size());
        m.put("enabled", p.enabled());
        m.put("dailyDigest", p.dailyDigest());
        return m;
    }
}
