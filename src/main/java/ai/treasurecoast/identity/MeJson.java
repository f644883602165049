package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import java.util.Map;

/** The logged-in user as {@code /api/auth/me} and login answer it. */
record MeJson(String id, String email, String role, String workspaceId, Map<String, String> impersonation) {

    static MeJson of(Actor actor) {
        return new MeJson(
                actor.userId().toString(),
                actor.email(),
                actor.role().name(),
                actor.workspaceId() == null ? null : actor.workspaceId().toString(),
                actor.isImpersonating()
                        ? Map.of("workspaceId", actor.impersonating().toString())
                        : null);
    }
}
