package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Ids;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import ai.treasurecoast.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
class UserAdminApiController {

    private final Users users;
    private final Impersonation impersonation;
    private final WorkspaceAccess access;

    UserAdminApiController(Users users, Impersonation impersonation, WorkspaceAccess access) {
        this.users = users;
        this.impersonation = impersonation;
        this.access = access;
    }

    record NewUser(String email, String role, String workspaceId) {}

    record RoleChange(String role) {}

    record ImpersonationStart(String workspaceId) {}

    /** A user in the admin API. */
    record UserJson(
            String id,
            String email,
            String role,
            String workspaceId,
            boolean disabled,
            boolean passwordSet,
            String createdAt,
            String lastLoginAt) {
        static UserJson of(UserView u) {
            return new UserJson(
                    u.id().toString(),
                    u.email(),
                    u.role().name(),
                    u.workspaceId() == null ? null : u.workspaceId().toString(),
                    u.disabled(),
                    u.passwordSet(),
                    u.createdAt() == null ? null : u.createdAt().toString(),
                    u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
        }
    }

    @GetMapping("/users")
    PageResult<UserJson> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return users.list(PageRequest.of(page, size)).map(UserJson::of);
    }

    @PostMapping("/users")
    ResponseEntity<UserJson> create(@RequestBody NewUser body) {
        // Authority before the body, as the console does: a caller who may not invite gets 403 whatever they sent.
        access.adminOrSuper("user.create");
        WorkspaceId workspace = body.workspaceId() == null || body.workspaceId().isBlank()
                ? null
                : WorkspaceId.of(Ids.parseField(body.workspaceId(), "workspaceId"));
        return ResponseEntity.status(201)
                .body(UserJson.of(users.invite(body.email(), Role.parse(body.role()), workspace)));
    }

    @GetMapping("/users/{id}")
    UserJson get(@PathVariable String id) {
        return UserJson.of(users.get(UserId.parse(id)));
    }

    @PatchMapping("/users/{id}")
    UserJson update(@PathVariable String id, @RequestBody RoleChange body) {
        return UserJson.of(users.changeRole(UserId.parse(id), Role.parse(body.role())));
    }

    @PostMapping("/users/{id}/disable")
    UserJson disable(@PathVariable String id) {
        return UserJson.of(users.disable(UserId.parse(id)));
    }

    @PostMapping("/users/{id}/enable")
    UserJson enable(@PathVariable String id) {
        return UserJson.of(users.enable(UserId.parse(id)));
    }

    @PostMapping("/users/{id}/reset-password")
    ResponseEntity<Void> reset(@PathVariable String id) {
        users.sendReset(UserId.parse(id));
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/impersonation")
    MeJson startImpersonation(
            @RequestBody ImpersonationStart body, HttpServletRequest request, HttpServletResponse response) {
        access.superAdmin("impersonation.start");
        WorkspaceId workspace = WorkspaceId.of(Ids.parseField(body.workspaceId(), "workspaceId"));
        return MeJson.of(impersonation.start(workspace, request, response));
    }

    @DeleteMapping("/impersonation")
    ResponseEntity<Void> stopImpersonation(HttpServletRequest request, HttpServletResponse response) {
        impersonation.stop(request, response);
        return ResponseEntity.noContent().build();
    }
}
