package ai.treasurecoast.identity;

import ai.treasurecoast.shared.UserId;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions in the shared session store, so they end on every node at once. */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user except {@code keepSessionId} (null: end all). Returns how many ended. */
    int endAll(UserId user, String keepSessionId) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(user.toString()).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
