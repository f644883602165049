package ai.treasurecoast.ops;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with the request id, for advice, filters and security handlers alike. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static ProblemDetail of(HttpServletRequest request, int status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (request != null) {
            // On Boot's error dispatch the request URI is /error; the instance is the path the client asked for.
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = original instanceof String s ? s : request.getRequestURI();
            problem.setInstance(URI.create(safePath(path)));
            problem.setProperty("requestId", RequestIds.current(request));
        } else {
            problem.setProperty("requestId", RequestIds.current());
        }
        return problem;
    }

    /** Writes a problem directly, for code that runs outside Spring MVC (filters, security handlers). */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        ProblemDetail problem = of(request, status, title, detail);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put(
                "instance",
                problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
        response.getWriter().flush();
    }

    static List<Map<String, String>> fieldErrors(
            List<ai.treasurecoast.shared.InvalidInputException.FieldProblem> problems) {
        return problems.stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
    }

    private static String safePath(String path) {
        if (path == null) {
            return "/";
        }
        return path.replaceAll("[^A-Za-z0-9/._~-]", "");
    }
}
