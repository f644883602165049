package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.EmailAddress;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.UserId;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password change, reset and the emails that go with them. */
@Service
class Accounts {

    private final UserRepository users;
    private final Passwords passwords;
    private final PasswordTokens tokens;
    private final UserSessions sessions;
    private final AccountMailer mailer;
    private final AuditRecorder audit;
    private final IdentitySettings settings;

    Accounts(
            UserRepository users,
            Passwords passwords,
            PasswordTokens tokens,
            UserSessions sessions,
            AccountMailer mailer,
            AuditRecorder audit,
            IdentitySettings settings) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.sessions = sessions;
        this.mailer = mailer;
        this.audit = audit;
        this.settings = settings;
    }

    /** Changes the password and ends every other session of the user. */
    @Transactional
    void changePassword(Actor actor, String current, String next, String currentSessionId) {
        UserRecord user = users.find(actor.userId()).orElseThrow();
        if (!passwords.matches(current, user.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        checkPolicy(next);
        if (passwords.matches(next, user.passwordHash())) {
            throw InvalidInputException.of("newPassword", "must differ from your current password");
        }
        users.setPassword(user.id(), passwords.hash(next));
        sessions.endAll(user.id(), currentSessionId);
        audit.record(AuditEvent.of("auth.password_change", "user", user.id(), user.workspaceId()));
    }

    /** Always succeeds from the caller's view; only an enabled account gets an email. */
    @Transactional
    void requestReset(String email) {
        if (!EmailAddress.isValid(email)) {
            return;
        }
        users.findByEmail(email).filter(u -> !u.disabled()).ifPresent(user -> {
            String token = tokens.issue(user.id(), "reset", settings.resetTokenLifetime());
            mailer.sendReset(user.email(), token);
            audit.record(AuditEvent.of("user.password_reset", "user", user.id(), user.workspaceId())
                    .after(Map.of("requestedBy", "self"))
                    .by(user.actor()));
        });
    }

    /** Sends a reset link on an administrator's request. */
    @Transactional
    void adminReset(UserRecord user) {
        String token = tokens.issue(user.id(), "reset", settings.resetTokenLifetime());
        mailer.sendReset(user.email(), token);
        audit.record(AuditEvent.of("user.password_reset", "user", user.id(), user.workspaceId())
                .after(Map.of("requestedBy", "admin")));
    }

    /** Sets a new password from a reset or invitation token and ends every session of the user. */
    @Transactional
    void confirmReset(String token, String next) {
        checkPolicy(next);
        UserId userId = tokens.consume(token)
                .orElseThrow(() ->
                        InvalidInputException.of("token", "This link is invalid or has expired. Ask for a new one."));
        UserRecord user =
                users.find(userId).orElseThrow(() -> InvalidInputException.of("token", "This link is invalid."));
        users.setPassword(userId, passwords.hash(next));
        sessions.endAll(userId, null);
        audit.record(AuditEvent.of("auth.password_reset", "user", userId, user.workspaceId())
                .by(user.actor()));
    }

    boolean tokenValid(String token) {
        return tokens.valid(token);
    }

    private void checkPolicy(String next) {
        String problem = passwords.problem(next);
        if (problem != null) {
            throw InvalidInputException.of("newPassword", problem);
        }
    }
}
