package ai.treasurecoast.identity;

import ai.treasurecoast.ops.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 from the security filters: problem details for the API, the login page or an error page for the console. */
final class SecurityProblemHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

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
        String detail = e instanceof CsrfException
                ? "The CSRF token is missing or invalid. Fetch one from /api/auth/csrf and send it in the X-CSRF-TOKEN header."
                : "You may not do this.";
        if (isApi(request)) {
            Problems.write(request, response, 403, "Forbidden", detail);
        } else {
            response.sendError(403);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator");
    }
}
