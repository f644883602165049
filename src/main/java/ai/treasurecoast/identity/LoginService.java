package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.ops.ClientAddresses;
import ai.treasurecoast.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs users in and out for both the JSON API and the console form. */
@Service
class LoginService {

    private final UserRepository users;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final AuditRecorder audit;
    private final ClientAddresses addresses;
    private final SecurityContextRepository contexts;

    LoginService(
            UserRepository users,
            Passwords passwords,
            LoginThrottle throttle,
            AuditRecorder audit,
            ClientAddresses addresses,
            SecurityContextRepository contexts) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.addresses = addresses;
        this.contexts = contexts;
    }

    sealed interface Outcome permits LoggedIn, Refused, Throttled {}

    record LoggedIn(Actor actor) implements Outcome {}

    record Refused() implements Outcome {}

    record Throttled(long retryAfterSeconds) implements Outcome {}

    @Transactional
    public Outcome login(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        String ip = addresses.clientIp(request);
        String normalized = email == null ? "" : email.trim();
        OptionalLong wait = throttle.retryAfter(normalized, ip);
        if (wait.isPresent()) {
            return new Throttled(wait.getAsLong());
        }
        Optional<UserRecord> found =
                normalized.isEmpty() || normalized.length() > 254 ? Optional.empty() : users.findByEmail(normalized);
        boolean ok =
                passwords.matches(password, found.map(UserRecord::passwordHash).orElse(null))
                        && found.isPresent()
                        && !found.get().disabled();
        if (!ok) {
            throttle.failed(normalized, ip);
            audit.recordSeparately(AuditEvent.of(
                            "auth.login_failed",
                            "user",
                            found.map(u -> u.id().toString()).orElse(null),
                            found.map(UserRecord::workspaceId).orElse(null))
                    .after(Map.of(
                            "reason",
                            found.isEmpty()
                                    ? "unknown account"
                                    : found.get().disabled() ? "disabled" : "wrong password"))
                    .outcome("failure")
                    .by(found.map(UserRecord::actor).orElse(null)));
            return new Refused();
        }
        UserRecord user = found.get();
        throttle.succeeded(normalized);
        users.touchLogin(user.id());
        Actor actor = user.actor();
        establish(actor, request, response, true);
        audit.record(AuditEvent.of("auth.login", "user", user.id(), user.workspaceId())
                .by(actor));
        return new LoggedIn(actor);
    }

    /** Puts the actor in a fresh session; the id rotates so a planted session id is worthless. */
    void establish(Actor actor, HttpServletRequest request, HttpServletResponse response, boolean rotate) {
        HttpSession existing = request.getSession(false);
        if (existing != null && rotate) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(ActorAuthentication.of(actor));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        session.setAttribute(
                FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME,
                actor.userId().toString());
    }

    @Transactional
    public void logout(HttpServletRequest request) {
        Actor.current()
                .ifPresent(
                        actor -> audit.record(AuditEvent.of("auth.logout", "user", actor.userId(), actor.workspaceId())
                                .by(actor)));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }
}
