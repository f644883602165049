package ai.treasurecoast.notifications;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/workspaces/{id}/notifications")
class NotificationsApiController {

    private final Notifications notifications;
    private final WorkspaceAccess access;
    private final Workspaces workspaces;

    NotificationsApiController(Notifications notifications, WorkspaceAccess access, Workspaces workspaces) {
        this.notifications = notifications;
        this.access = access;
        this.workspaces = workspaces;
    }

    @GetMapping("/settings")
    NotificationPreferences settings(@PathVariable String id) {
        WorkspaceId workspace = readable(id);
        return notifications.settings(workspace);
    }

    @PutMapping("/settings")
    NotificationPreferences update(@PathVariable String id, @RequestBody Notifications.SettingsUpdate body) {
        WorkspaceId workspace = writable(id);
        return notifications.updateSettings(workspace, body);
    }

    @GetMapping("/status")
    NotificationStatus status(@PathVariable String id) {
        WorkspaceId workspace = readable(id);
        return notifications.status(workspace);
    }

    @GetMapping("/log")
    PageResult<NotificationLogEntry> log(
            @PathVariable String id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        WorkspaceId workspace = readable(id);
        return notifications.log(workspace, PageRequest.of(page, size));
    }

    @PostMapping("/test")
    TestSendResult test(@PathVariable String id) {
        WorkspaceId workspace = writable(id);
        return notifications.test(workspace);
    }

    /** Access first (404 outside scope), then existence, so a super admin gets 404 for a workspace that does not exist. */
    private WorkspaceId readable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.read(workspace);
        workspaces.get(workspace);
        return workspace;
    }

    private WorkspaceId writable(String id) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        workspaces.get(workspace);
        return workspace;
    }
}
