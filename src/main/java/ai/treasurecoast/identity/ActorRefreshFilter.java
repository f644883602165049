package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reloads the session's user on every request, so a role change applies at once and a disabled
 * or deleted user is out; ends sessions past their absolute lifetime; puts ids in the log context.
 */
class ActorRefreshFilter extends OncePerRequestFilter {

    private final UserRepository users;
    private final IdentitySettings settings;

    ActorRefreshFilter(UserRepository users, IdentitySettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> stored = Actor.current();
        if (stored.isPresent()) {
            HttpSession session = request.getSession(false);
            Optional<UserRecord> user = users.find(stored.get().userId()).filter(u -> !u.disabled());
            boolean expired = session != null
                    && System.currentTimeMillis() - session.getCreationTime()
                            > settings.absoluteTimeout().toMillis();
            if (user.isEmpty() || expired || session == null) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else {
                Actor fresh = user.get().actor();
                if (fresh.isSuperAdmin() && stored.get().isImpersonating()) {
                    fresh = fresh.withImpersonating(stored.get().impersonating());
                }
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(ActorAuthentication.of(fresh));
                SecurityContextHolder.setContext(context);
                MDC.put("userId", fresh.userId().toString());
                if (fresh.scope() != null) {
                    MDC.put("workspaceId", fresh.scope().toString());
                }
            }
        }
        chain.doFilter(request, response);
    }
}
