package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class AuthApiController {

    private final LoginService logins;
    private final Accounts accounts;
    private final WorkspaceAccess access;

    AuthApiController(LoginService logins, Accounts accounts, WorkspaceAccess access) {
        this.logins = logins;
        this.accounts = accounts;
        this.access = access;
    }

    record Credentials(String email, String password) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record ResetRequest(String email) {}

    record ResetConfirm(String token, String newPassword) {}

    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@RequestBody Credentials body, HttpServletRequest request, HttpServletResponse response) {
        LoginService.Outcome outcome = logins.login(body.email(), body.password(), request, response);
        if (outcome instanceof LoginService.LoggedIn in) {
            return ResponseEntity.ok(MeJson.of(in.actor()));
        }
        if (outcome instanceof LoginService.Throttled t) {
            return problem(
                    request,
                    429,
                    "Too Many Requests",
                    "Too many failed attempts. Try again in a few minutes.",
                    t.retryAfterSeconds());
        }
        return problem(request, 401, "Unauthorized", "The email or password is not correct.", null);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        logins.logout(request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    MeJson me() {
        return MeJson.of(access.current());
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, HttpServletRequest request) {
        Actor actor = access.current();
        HttpSession session = request.getSession(false);
        accounts.changePassword(
                actor, body.currentPassword(), body.newPassword(), session == null ? null : session.getId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/password-reset/request")
    ResponseEntity<Void> requestReset(@RequestBody ResetRequest body) {
        accounts.requestReset(body.email());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/password-reset/confirm")
    ResponseEntity<Void> confirmReset(@RequestBody ResetConfirm body) {
        accounts.confirmReset(body.token(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<?> problem(
            HttpServletRequest request, int status, String title, String detail, Long retryAfter) {
        var builder =
                ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfter != null) {
            builder.header("Retry-After", Long.toString(retryAfter));
        }
        return builder.body(ai.treasurecoast.ops.Problems.of(request, status, title, detail));
    }
}
