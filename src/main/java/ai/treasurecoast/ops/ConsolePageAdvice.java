package ai.treasurecoast.ops;

import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.LockedException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.Redaction;
import ai.treasurecoast.shared.UnprocessableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The console's one advice: the plain exceptions of {@code shared} become friendly error pages
 * with the request id. The JSON API has its own advice, which takes precedence there.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ConsolePageAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsolePageAdvice.class);

    private final ErrorTracker errors;

    ConsolePageAdvice(ErrorTracker errors) {
        this.errors = errors;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 404, "Page not found", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 403, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 409, "Already exists", e.getMessage());
    }

    @ExceptionHandler(LockedException.class)
    ModelAndView locked(LockedException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 423, "Action disabled", e.getMessage());
    }

    @ExceptionHandler(UnprocessableException.class)
    ModelAndView unprocessable(UnprocessableException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 422, "Cannot do this", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        String message = e.errors().isEmpty()
                ? null
                : e.errors().get(0).field() + " " + e.errors().get(0).message() + ".";
        return page(request, response, 400, "Please check your input", message);
    }

    @ExceptionHandler(AuthenticationException.class)
    String unauthenticated() {
        return "redirect:/admin/login";
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        errors.record("console", e);
        log.error("Unexpected console error: {}", Redaction.text(e.toString()));
        return page(request, response, 500, "Something went wrong", null);
    }

    private static ModelAndView page(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String message) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status);
        view.addObject("title", title);
        view.addObject("message", message);
        view.addObject("requestId", RequestIds.current(request));
        return view;
    }
}
