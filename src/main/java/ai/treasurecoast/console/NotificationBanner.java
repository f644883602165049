package ai.treasurecoast.console;

import ai.treasurecoast.notifications.NotificationStatus;
import ai.treasurecoast.notifications.Notifications;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Why a workspace's owners would not be alerted right now, if they would not. */
@Component
class NotificationBanner {

    private final Notifications notifications;

    NotificationBanner(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Empty when alerts work; otherwise the detail shown after the banner's fixed sentence. */
    Optional<String> problem(WorkspaceId workspace) {
        NotificationStatus status = notifications.status(workspace);
        if (!status.needsAttention()) {
            return Optional.empty();
        }
        if (!status.configured()) {
            return Optional.of("Notifications are not set up for this workspace.");
        }
        return Optional.of(
                status.lastFailureReason() != null
                        ? "The last alert failed: " + status.lastFailureReason()
                        : "The last alert could not be delivered.");
    }
}
