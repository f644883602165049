package ai.treasurecoast.notifications;

import java.util.List;

/**
 * A workspace's alert settings: who gets emails and text messages, whether alerts are on, and
 * whether the daily digest is sent (it cannot be turned off while alerts are undelivered).
 */
public record NotificationPreferences(
        List<String> emailRecipients, List<String> smsRecipients, boolean enabled, boolean dailyDigest) {

    public NotificationPreferences {
        emailRecipients = emailRecipients == null ? List.of() : List.copyOf(emailRecipients);
        smsRecipients = smsRecipients == null ? List.of() : List.copyOf(smsRecipients);
    }

    static NotificationPreferences defaults() {
        return new NotificationPreferences(List.of(), List.of(), true, true);
    }
}
