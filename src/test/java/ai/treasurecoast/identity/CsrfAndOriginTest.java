package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.support.TestUsers.TestUser;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every unsafe admin and auth route refuses a request without a CSRF token, or from another site. */
@IntegrationTest
class CsrfAndOriginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;
    String workspace;
    String botId;
    TestUser user;

    @BeforeEach
    void setUp() {
        admin = TestUsers.superClient(port);
        workspace = TestUsers.workspace(admin, "csrf");
        botId = TestUsers.bot(admin, workspace);
        user = TestUsers.user(admin, jdbc, "WORKSPACE_VIEWER", workspace);
    }

    @Test
    void authRoutesWithoutTokenAreRefusedAndChangeNothing() {
        ApiClient anonymous = new ApiClient(port).withoutCsrf();
        assertRefused(anonymous.login(user.email(), user.password()));
        assertThat(anonymous.get("/api/auth/me").status()).isEqualTo(401);

        ApiClient viewer = TestUsers.login(port, user).withoutCsrf();
        assertRefused(viewer.post("/api/auth/logout", null));
        assertThat(viewer.get("/api/auth/me").status()).isEqualTo(200);

        assertRefused(viewer.post(
                "/api/auth/password",
                Map.of("currentPassword", user.password(), "newPassword", "a-brand-new-passphrase-9")));
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(200);

        assertRefused(anonymous.post("/api/auth/password-reset/request", Map.of("email", user.email())));
        assertThat(openTokens(user.id())).isZero();

        String token = TestUsers.issueToken(jdbc, user.id(), "reset");
        assertRefused(anonymous.post(
                "/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "another-new-passphrase-7")));
        assertThat(openTokens(user.id())).isEqualTo(1);
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(200);
    }

    @Test
    void workspaceRoutesWithoutTokenAreRefusedAndChangeNothing() {
        ApiClient noToken = TestUsers.superClient(port).withoutCsrf();
        checkWorkspaceRoutes(noToken);
    }

    @Test
    void aWrongTokenIsRefusedLikeAMissingOne() {
        ApiClient wrong = TestUsers.superClient(port).withoutCsrf().header("X-CSRF-TOKEN", UUID.randomUUID() + "");
        checkWorkspaceRoutes(wrong);
    }

    @Test
    void userAndImpersonationRoutesWithoutTokenAreRefusedAndChangeNothing() {
        ApiClient noToken = TestUsers.superClient(port).withoutCsrf();
        String before = admin.get("/api/admin/users/" + user.id()).body();
        String newEmail = TestUsers.unique("nobody") + "@example.test";
        assertRefused(noToken.post(
                "/api/admin/users", Map.of("email", newEmail, "role", "WORKSPACE_VIEWER", "workspaceId", workspace)));
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE email = :e")
                        .param("e", newEmail)
                        .query(Long.class)
                        .single())
                .isZero();
        assertRefused(noToken.patch("/api/admin/users/" + user.id(), Map.of("role", "WORKSPACE_ADMIN")));
        assertRefused(noToken.post("/api/admin/users/" + user.id() + "/disable", null));
        assertRefused(noToken.post("/api/admin/users/" + user.id() + "/enable", null));
        assertRefused(noToken.post("/api/admin/users/" + user.id() + "/reset-password", null));
        assertThat(admin.get("/api/admin/users/" + user.id()).body()).isEqualTo(before);
        assertThat(openTokens(user.id())).isZero();

        assertRefused(noToken.post("/api/admin/impersonation", Map.of("workspaceId", workspace)));
        assertThat(noToken.get("/api/auth/me").json().get("impersonation").isNull())
                .isTrue();

        ApiClient viewing = TestUsers.superClient(port);
        assertThat(viewing.post("/api/admin/impersonation", Map.of("workspaceId", workspace))
                        .status())
                .isEqualTo(200);
        viewing.withoutCsrf();
        assertRefused(viewing.delete("/api/admin/impersonation"));
        assertThat(viewing.get("/api/auth/me")
                        .json()
                        .get("impersonation")
                        .get("workspaceId")
                        .asString())
                .isEqualTo(workspace);
    }

    @Test
    void aCrossSiteOriginIsRefusedEvenWithAValidToken() {
        ApiClient evil = TestUsers.superClient(port).header("Origin", "https://evil.example");
        checkWorkspaceRoutes(evil);
        String newEmail = TestUsers.unique("evil") + "@example.test";
        assertRefused(evil.post(
                "/api/admin/users", Map.of("email", newEmail, "role", "WORKSPACE_VIEWER", "workspaceId", workspace)));
        assertRefused(evil.post("/api/admin/users/" + user.id() + "/disable", null));
        assertThat(admin.get("/api/admin/users/" + user.id())
                        .json()
                        .get("disabled")
                        .asBoolean())
                .isFalse();

        ApiClient evilLogin = new ApiClient(port);
        evilLogin.csrfToken();
        evilLogin.header("Origin", "https://evil.example");
        assertRefused(evilLogin.login(user.email(), user.password()));
        assertThat(evilLogin.get("/api/auth/me").status()).isEqualTo(401);

        ApiClient sameSite = TestUsers.superClient(port).header("Origin", "http://localhost:" + port);
        assertThat(sameSite.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Renamed"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anOpaqueOriginIsAcceptedOnlyWhenTheBrowserSaysSameOrigin() {
        ApiClient opaque = TestUsers.superClient(port).header("Origin", "null");
        assertRefused(opaque.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Opaque")));
        ApiClient crossSite =
                TestUsers.superClient(port).header("Origin", "null").header("Sec-Fetch-Site", "cross-site");
        assertRefused(crossSite.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Opaque")));
        ApiClient ownForm =
                TestUsers.superClient(port).header("Origin", "null").header("Sec-Fetch-Site", "same-origin");
        assertThat(ownForm.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Own form"))
                        .status())
                .isEqualTo(200);
    }

    private void checkWorkspaceRoutes(ApiClient client) {
        String ws = "/api/admin/workspaces/" + workspace;
        String before = admin.get(ws).body();
        String botBefore = admin.get(ws + "/bots/" + botId).body();
        String clientId = TestUsers.unique("never");
        assertRefused(client.post(
                "/api/admin/workspaces",
                Map.of("name", "Never", "clientId", clientId, "industry", "dental", "timezone", "UTC")));
        assertThat(jdbc.sql("SELECT count(*) FROM workspaces WHERE client_id = :c")
                        .param("c", clientId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertRefused(client.patch(ws, Map.of("name", "Changed")));
        assertRefused(client.put(
                ws + "/booking", Map.of("bookingMode", "external", "externalBookingUrl", "https://book.example.com")));
        assertRefused(client.put(ws + "/failsafe", Map.of("aiEnabled", false, "alwaysOfferCallback", true)));
        assertRefused(client.post(ws + "/bots", Map.of("botId", "never-bot", "name", "Never")));
        assertRefused(client.patch(ws + "/bots/" + botId, Map.of("name", "Changed")));
        assertRefused(client.delete(ws + "/bots/" + botId));
        assertRefused(client.delete(ws));
        assertThat(admin.get(ws).body()).isEqualTo(before);
        assertThat(admin.get(ws + "/bots/" + botId).body()).isEqualTo(botBefore);
        assertThat(admin.get(ws + "/bots").json().get("total").asInt()).isEqualTo(1);
    }

    private long openTokens(String userId) {
        return jdbc.sql(
                        "SELECT count(*) FROM password_tokens WHERE user_id = :u AND kind = 'reset' AND used_at IS NULL")
                .param("u", UUID.fromString(userId))
                .query(Long.class)
                .single();
    }

    static void assertRefused(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(403);
        assertThat(r.json().get("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
    }
}
