package ai.treasurecoast.identity;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.ops.Problems;
import ai.treasurecoast.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 from the security filters: problem details for the API, the login page or an error page for the console. */
final class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuditRecorder audit;

    SecurityProblemHandlers(AuditRecorder audit) {
        this.audit = audit;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (isApi(request)) {
            Problems.write(request, response, 401, "Unauthorized", "Please log in.");
        } else {
            response.sendRedirect("/admin/login");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // A logged-in user refused by a URL rule (such as /api/health/internal) is a denied attempt like any other.
        if (!(e instanceof CsrfException)) {
            Actor.current()
                    .ifPresent(actor -> audit.recordSeparately(
                            AuditEvent.of("access.denied", "route", route(request), actor.scope())
                                    .after(Map.of("reason", "route not allowed for role"))
                                    .outcome("denied")
                                    .by(actor)));
        }
        String detail = e instanceof CsrfException
                ? "The CSRF token is missing or invalid. Fetch one from /api/auth/csrf and send it in the X-CSRF-TOKEN header."
                : "You may not do this.";
        if (isApi(request)) {
            Problems.write(request, response, 403, "Forbidden", detail);
        } else {
            response.sendError(403);
        }
    }

    private static String route(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.length() > 200 ? path.substring(0, 200) : path;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator");
    }
}
