package ai.treasurecoast.notifications;

import static ai.treasurecoast.notifications.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@NotificationTest
class NotificationSettingsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Test
    void defaultsThenRoundTripAndAudit() {
        ApiClient admin = superAdmin(port);
        WorkspaceId ws = workspace(admin);
        JsonNode initial = admin.get(base(ws) + "/settings").json();
        assertThat(initial.get("emailRecipients")).isEmpty();
        assertThat(initial.get("smsRecipients")).isEmpty();
        assertThat(initial.get("enabled").asBoolean()).isTrue();
        assertThat(initial.get("dailyDigest").asBoolean()).isTrue();

        var status = admin.get(base(ws) + "/status").json();
        assertThat(status.get("configured").asBoolean()).isFalse();
        for (String field :
                List.of("configured", "lastSuccessAt", "lastFailureAt", "lastFailureReason", "pending", "failed")) {
            assertThat(status.has(field)).as(field).isTrue();
        }
        assertThat(notifications.status(ws).banner()).isEqualTo("Requests are saved but you won't be alerted.");

        var put = admin.put(
                base(ws) + "/settings",
                Map.of(
                        "emailRecipients",
                        List.of(" Owner@Clinic.Test ", "owner@clinic.test"),
                        "smsRecipients",
                        List.of("+15551234567"),
                        "enabled",
                        true));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode saved = admin.get(base(ws) + "/settings").json();
        assertThat(saved.get("emailRecipients").get(0).asString()).isEqualTo("owner@clinic.test");
        assertThat(saved.get("emailRecipients")).hasSize(1);
        assertThat(saved.get("smsRecipients").get(0).asString()).isEqualTo("+15551234567");
        assertThat(admin.get(base(ws) + "/status").json().get("configured").asBoolean())
                .isTrue();
        assertThat(notifications.status(ws).banner()).isNull();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entries WHERE workspace_id = :ws AND action = 'notification.settings_update'")
                        .param("ws", ws.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectsBadAddressesAndNumbersWithFieldErrors() {
        ApiClient admin = superAdmin(port);
        WorkspaceId ws = workspace(admin);
        var r = admin.put(
                base(ws) + "/settings",
                Map.of(
                        "emailRecipients", List.of("good@clinic.test", "not-an-email", "a@b.test\r\nBcc: x@y.test"),
                        "smsRecipients", List.of("555-1234", "+15551234567", "+0123"),
                        "enabled", true));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "emailRecipients[1]", "emailRecipients[2]", "smsRecipients[0]", "smsRecipients[2]");
        assertThat(admin.get(base(ws) + "/settings").json().get("emailRecipients"))
                .isEmpty();
    }

    @Test
    void anotherWorkspacesAdminCannotSeeOrChangeIt() {
        ApiClient admin = superAdmin(port);
        WorkspaceId ws = workspace(admin);
        var anonymous = new ApiClient(port).get(base(ws) + "/settings");
        assertThat(anonymous.status()).isEqualTo(401);
        var unknown = admin.get("/api/admin/workspaces/" + java.util.UUID.randomUUID() + "/notifications/status");
        assertThat(unknown.status()).isEqualTo(404);
        var noCsrf = new ApiClient(port)
                .loginOrFail(
                        ai.treasurecoast.support.TestAccounts.SUPER_EMAIL,
                        ai.treasurecoast.support.TestAccounts.SUPER_PASSWORD)
                .withoutCsrf()
                .put(base(ws) + "/settings", Map.of("emailRecipients", List.of("x@clinic.test")));
        assertThat(noCsrf.status()).isEqualTo(403);
    }
}
