package ai.treasurecoast.ops;

import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.LockedException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.UnprocessableException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The JSON API's one advice: every error leaves as problem details with the request id, nothing internal. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final ErrorTracker errors;

    ApiProblemAdvice(ErrorTracker errors) {
        this.errors = errors;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return problem(request, 404, "Not Found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
        return problem(request, 403, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return problem(request, 409, "Conflict", e.getMessage());
    }

    @ExceptionHandler(LockedException.class)
    ResponseEntity<ProblemDetail> locked(LockedException e, HttpServletRequest request) {
        return problem(request, 423, "Locked", e.getMessage());
    }

    @ExceptionHandler(UnprocessableException.class)
    ResponseEntity<ProblemDetail> unprocessable(UnprocessableException e, HttpServletRequest request) {
        return problem(request, 422, "Unprocessable Content", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(request, 400, "Bad Request", "Some fields are not valid.");
        problem.setProperty("errors", Problems.fieldErrors(e.errors()));
        return respond(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        errors.record("api", e);
        log.error("Unexpected error: {}", ai.treasurecoast.shared.Redaction.text(e.toString()));
        return problem(request, 500, "Internal Server Error", "Something went wrong on our side. Please try again.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(nativeRequest(request), 400, "Bad Request", "Some fields are not valid.");
        List<InvalidInputException.FieldProblem> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", Problems.fieldErrors(fields));
        return new ResponseEntity<>(problem, jsonHeaders(), 400);
    }

    /** {@code ?page=abc}: a query parameter of the wrong type is a field error named after the parameter. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A malformed path segment names nothing; that stays the framework's answer.
        if (!(ex instanceof MethodArgumentTypeMismatchException mismatch)
                || mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return super.handleTypeMismatch(ex, headers, status, request);
        }
        ProblemDetail problem = Problems.of(nativeRequest(request), 400, "Bad Request", "Some fields are not valid.");
        problem.setProperty(
                "errors",
                Problems.fieldErrors(List.of(new InvalidInputException.FieldProblem(
                        mismatch.getName(), expected(mismatch.getRequiredType())))));
        return new ResponseEntity<>(problem, jsonHeaders(), 400);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (hasCause(ex, BodyLimitFilter.BodyTooLargeException.class)) {
            return new ResponseEntity<>(
                    Problems.of(
                            nativeRequest(request),
                            413,
                            "Payload Too Large",
                            "The request body is larger than 64 KiB."),
                    jsonHeaders(),
                    413);
        }
        return new ResponseEntity<>(
                Problems.of(
                        nativeRequest(request),
                        400,
                        "Bad Request",
                        "The request body is not valid JSON for this endpoint."),
                jsonHeaders(),
                400);
    }

    /** Framework-raised errors (405, 415, 406, ...) get our shape and a plain detail. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpServletRequest servletRequest = nativeRequest(request);
        ProblemDetail problem = body instanceof ProblemDetail pd ? pd : ProblemDetail.forStatus(statusCode);
        ProblemDetail ours = Problems.of(
                servletRequest,
                statusCode.value(),
                problem.getTitle() != null ? problem.getTitle() : "Error",
                problem.getDetail());
        HttpHeaders out = new HttpHeaders();
        if (headers != null) {
            out.putAll(headers);
        }
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(ours, out, statusCode);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, int status, String title, String detail) {
        return respond(Problems.of(request, status, title, detail));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        return "is not valid";
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private static HttpServletRequest nativeRequest(WebRequest request) {
        return request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
