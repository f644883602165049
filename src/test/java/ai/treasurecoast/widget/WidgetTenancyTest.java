package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A workspace's users read its leads, conversations and booking requests, and nothing of another workspace. */
@IntegrationTest
class WidgetTenancyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aViewerReadsOwnDataAndAnotherWorkspaceIsNotFound() {
        var fixtures = new WidgetFixtures(port);
        var mine = fixtures.site("general", List.of());
        var theirs = fixtures.site("general", List.of());
        fixtures.booking(theirs, "internal", null);
        var visitor = new ApiClient(port);
        String myLead = visitor.post(
                        "/api/widget/leads" + mine.path(),
                        Map.of("name", "Mine", "email", "m@example.com", "consent", true))
                .json()
                .get("leadId")
                .asString();
        String theirLead = visitor.post(
                        "/api/widget/leads" + theirs.path(),
                        Map.of("name", "Theirs", "email", "t@example.com", "consent", true))
                .json()
                .get("leadId")
                .asString();
        String theirRequest = visitor.post(
                        "/api/widget/booking-requests" + theirs.path(),
                        Map.of("name", "T", "email", "t@example.com", "consent", true))
                .json()
                .get("requestId")
                .asString();
        visitor.post("/api/widget/chat" + theirs.path(), Map.of("message", "hello"));

        var viewer = TestUsers.user(fixtures.admin(), jdbc, "WORKSPACE_VIEWER", mine.workspaceId());
        ApiClient client = new ApiClient(port).loginOrFail(viewer.email(), viewer.password());
        String own = "/api/admin/workspaces/" + mine.workspaceId();
        String other = "/api/admin/workspaces/" + theirs.workspaceId();

        var leads = client.get(own + "/leads");
        assertThat(leads.status()).isEqualTo(200);
        assertThat(leads.json().get("total").asLong()).isEqualTo(1);
        assertThat(leads.json().get("items").get(0).get("id").asString()).isEqualTo(myLead);
        assertThat(client.get(own + "/leads/" + myLead).status()).isEqualTo(200);
        assertThat(client.get(own + "/leads/" + theirLead).status()).isEqualTo(404);
        assertThat(client.get(own + "/booking-requests/" + theirRequest).status())
                .isEqualTo(404);
        assertThat(client.get(own + "/conversations").json().get("total").asLong())
                .isZero();

        for (String path : List.of(
                "/leads",
                "/leads/" + theirLead,
                "/conversations",
                "/booking-requests",
                "/booking-requests/" + theirRequest)) {
            var r = client.get(other + path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Theirs", "t@example.com");
        }
        assertThat(new ApiClient(port).get(own + "/leads").status()).isEqualTo(401);
    }
}
