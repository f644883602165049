package ai.treasurecoast.console;

import ai.treasurecoast.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Why a workspace's owners would not be alerted right now, if they would not. */
@Component
class NotificationBanner {

    Optional<String> problem(WorkspaceId workspace) {
        return Optional.empty();
    }
}
