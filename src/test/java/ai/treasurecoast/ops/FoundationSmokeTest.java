package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class FoundationSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void healthAnswersOkWithARequestId() {
        var r = new ApiClient(port).get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("ok");
        assertThat(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.header("Set-Cookie")).isNull();
    }

    @Test
    void superAdminLogsInAndCreatesAWorkspace() {
        ApiClient client = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        var me = client.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("SUPER_ADMIN");
        var created = client.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "Smoke Dental",
                        "clientId",
                        "smoke-dental",
                        "industry",
                        "dental",
                        "timezone",
                        "America/New_York"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("clientId").asString()).isEqualTo("smoke-dental");
    }
}
