package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.LockedException;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Demo safe mode: destructive actions answer 423 Locked and are recorded as {@code safe_mode.blocked}. */
@Component
public class SafeMode {

    private final boolean enabled;
    private final AuditRecorder audit;

    SafeMode(@Value("${app.demo.safe-mode:false}") boolean enabled, AuditRecorder audit) {
        this.enabled = enabled;
        this.audit = audit;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Call before a destructive action; throws when safe mode blocks it. */
    public void check(String action, String targetType, Object targetId, WorkspaceId workspace) {
        if (!enabled) {
            return;
        }
        audit.recordSeparately(AuditEvent.of("safe_mode.blocked", targetType, targetId, workspace)
                .after(Map.of("blockedAction", action))
                .outcome("blocked"));
        throw new LockedException("Demo safe mode is on: this action is disabled.");
    }
}
