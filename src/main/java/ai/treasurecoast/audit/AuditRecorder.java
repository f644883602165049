package ai.treasurecoast.audit;

import ai.treasurecoast.ops.ClientAddresses;
import ai.treasurecoast.ops.RequestIds;
import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. {@link #record} joins the caller's transaction, so a change and its entry
 * commit or roll back together; {@link #recordSeparately} is for outcomes whose own transaction
 * fails, such as a denied attempt or a failed login.
 */
@Service
public class AuditRecorder {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ClientAddresses addresses;

    AuditRecorder(JdbcClient jdbc, JsonMapper json, ClientAddresses addresses) {
        this.jdbc = jdbc;
        this.json = json;
        this.addresses = addresses;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(AuditEvent event) {
        return insert(event);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID recordSeparately(AuditEvent event) {
        return insert(event);
    }

    private UUID insert(AuditEvent event) {
        Actor actor = event.actor() != null ? event.actor() : Actor.current().orElse(null);
        HttpServletRequest request = currentRequest();
        UUID id = UUID.randomUUID();
        WorkspaceId actorWorkspace = actor == null ? null : actor.workspaceId();
        WorkspaceId onBehalfOf = actor == null ? null : actor.impersonating();
        jdbc.sql("""
                INSERT INTO audit_entries (id, created_at, actor_user_id, actor_role, actor_workspace_id,
                    on_behalf_of_workspace_id, action, target_type, target_id, workspace_id, before_json, after_json,
                    outcome, ip, user_agent, request_id)
                VALUES (:id, :createdAt, :actorUserId, :actorRole, :actorWorkspaceId, :onBehalfOf, :action, :targetType,
                    :targetId, :workspaceId, CAST(:before AS jsonb), CAST(:after AS jsonb), :outcome, :ip, :userAgent, :requestId)
                """)
                .param("id", id)
                .param("createdAt", Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .param(
                        "actorUserId",
                        actor == null || actor.userId() == null
                                ? null
                                : actor.userId().value())
                .param(
                        "actorRole",
                        actor == null || actor.role() == null
                                ? null
                                : actor.role().name())
                .param("actorWorkspaceId", actorWorkspace == null ? null : actorWorkspace.value())
                .param("onBehalfOf", onBehalfOf == null ? null : onBehalfOf.value())
                .param("action", event.action())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param(
                        "workspaceId",
                        event.workspaceId() == null ? null : event.workspaceId().value())
                .param("before", toJson(event.before()))
                .param("after", toJson(event.after()))
                .param("outcome", event.outcome() == null ? "success" : event.outcome())
                .param("ip", request == null ? null : addresses.clientIp(request))
                .param("userAgent", request == null ? null : truncate(request.getHeader("User-Agent"), 400))
                .param("requestId", RequestIds.current(request))
                .update();
        return id;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        Object tree = json.convertValue(value, Object.class);
        return json.writeValueAsString(AuditRedaction.redact(tree));
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest()
                : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
