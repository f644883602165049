package ai.treasurecoast.ops;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Boot's fallback error path: problem details for the API, a friendly page with the request id
 * for the console. Never a stack trace.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorTracker errors;

    ErrorPageController(ErrorTracker errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && error != null) {
            errors.record("server", error);
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        String title = resolved != null ? resolved.getReasonPhrase() : "Error";
        if (wantsHtml(request, uri)) {
            response.setStatus(status);
            model.addAttribute("status", status);
            model.addAttribute("title", title);
            model.addAttribute("requestId", RequestIds.current(request));
            return "error";
        }
        Problems.write(
                request,
                response,
                status,
                title,
                status >= 500 ? "Something went wrong on our side. Please try again." : title);
        return null;
    }

    private static boolean wantsHtml(HttpServletRequest request, String uri) {
        if (uri != null && uri.startsWith("/api/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
