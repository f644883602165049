package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.support.TestUsers.TestUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Viewers never change anything, other workspaces are invisible, impersonation is read-only. */
@IntegrationTest
class RoleEnforcementTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient superClient;
    String a;
    String b;
    String botA;
    String botB;
    TestUser adminA;
    TestUser viewerA;
    TestUser adminB;

    @BeforeEach
    void setUp() {
        superClient = TestUsers.superClient(port);
        a = TestUsers.workspace(superClient, "roles-a");
        b = TestUsers.workspace(superClient, "roles-b");
        botA = TestUsers.bot(superClient, a);
        botB = TestUsers.bot(superClient, b);
        adminA = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", a);
        viewerA = TestUsers.user(superClient, jdbc, "WORKSPACE_VIEWER", a);
        adminB = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", b);
    }

    @Test
    void aViewerMayReadButGets403OnEveryMutationOfTheirOwnWorkspace() {
        ApiClient viewer = TestUsers.login(port, viewerA);
        String ws = "/api/admin/workspaces/" + a;
        String wsBefore = superClient.get(ws).body();
        String botsBefore = superClient.get(ws + "/bots").body();
        String adminBefore = superClient.get("/api/admin/users/" + adminA.id()).body();
        long deniedBefore = TestUsers.auditCount(jdbc, "access.denied", viewerA.id());

        assertThat(viewer.get(ws).status()).isEqualTo(200);
        assertThat(viewer.get(ws + "/bots").status()).isEqualTo(200);
        assertThat(viewer.get(ws + "/bots/" + botA).status()).isEqualTo(200);

        List<Response> attempts = new ArrayList<>();
        attempts.add(viewer.patch(ws, Map.of("name", "Viewer was here")));
        attempts.add(viewer.put(
                ws + "/booking", Map.of("bookingMode", "external", "externalBookingUrl", "https://book.example.com")));
        attempts.add(viewer.put(ws + "/failsafe", Map.of("aiEnabled", false)));
        attempts.add(viewer.post(ws + "/bots", Map.of("botId", "viewer-bot", "name", "V")));
        attempts.add(viewer.patch(ws + "/bots/" + botA, Map.of("name", "V")));
        attempts.add(viewer.delete(ws + "/bots/" + botA));
        attempts.add(viewer.delete(ws));
        attempts.add(viewer.post(
                "/api/admin/users",
                Map.of(
                        "email",
                        TestUsers.unique("v") + "@example.test",
                        "role",
                        "WORKSPACE_VIEWER",
                        "workspaceId",
                        a)));
        attempts.add(viewer.patch("/api/admin/users/" + adminA.id(), Map.of("role", "WORKSPACE_VIEWER")));
        attempts.add(viewer.post("/api/admin/users/" + adminA.id() + "/disable", null));
        attempts.add(viewer.post("/api/admin/users/" + adminA.id() + "/enable", null));
        attempts.add(viewer.post("/api/admin/users/" + adminA.id() + "/reset-password", null));
        attempts.add(viewer.post("/api/admin/impersonation", Map.of("workspaceId", a)));
        attempts.add(viewer.post(
                "/api/admin/workspaces", Map.of("name", "X", "clientId", "xx-viewer", "industry", "dental")));
        attempts.add(viewer.get("/api/admin/users"));
        attempts.add(viewer.get("/api/admin/audit-logs"));
        for (Response r : attempts) {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }

        assertThat(superClient.get(ws).body()).isEqualTo(wsBefore);
        assertThat(superClient.get(ws + "/bots").body()).isEqualTo(botsBefore);
        assertThat(superClient.get("/api/admin/users/" + adminA.id()).body()).isEqualTo(adminBefore);
        assertThat(TestUsers.auditCount(jdbc, "access.denied", viewerA.id()))
                .isGreaterThanOrEqualTo(deniedBefore + attempts.size());
    }

    @Test
    void anAdminOfAnotherWorkspaceGets404ForEveryResourceFamilyAndChangesNothing() {
        ApiClient admin = TestUsers.login(port, adminA);
        String ws = "/api/admin/workspaces/" + b;
        String wsBefore = superClient.get(ws).body();
        String botsBefore = superClient.get(ws + "/bots").body();
        String userBefore = superClient.get("/api/admin/users/" + adminB.id()).body();
        long deniedBefore = TestUsers.auditCount(jdbc, "access.denied", adminA.id());

        List<Response> attempts = new ArrayList<>();
        attempts.add(admin.get(ws));
        attempts.add(admin.patch(ws, Map.of("name", "Hijacked")));
        attempts.add(admin.delete(ws));
        attempts.add(admin.put(
                ws + "/booking", Map.of("bookingMode", "external", "externalBookingUrl", "https://evil.example")));
        attempts.add(admin.put(ws + "/failsafe", Map.of("aiEnabled", false)));
        attempts.add(admin.get(ws + "/bots"));
        attempts.add(admin.get(ws + "/bots/" + botB));
        attempts.add(admin.post(ws + "/bots", Map.of("botId", "intruder", "name", "I")));
        attempts.add(admin.patch(ws + "/bots/" + botB, Map.of("name", "I")));
        attempts.add(admin.delete(ws + "/bots/" + botB));
        attempts.add(admin.get("/api/admin/users/" + adminB.id()));
        attempts.add(admin.patch("/api/admin/users/" + adminB.id(), Map.of("role", "WORKSPACE_VIEWER")));
        attempts.add(admin.post("/api/admin/users/" + adminB.id() + "/disable", null));
        attempts.add(admin.post("/api/admin/users/" + adminB.id() + "/enable", null));
        attempts.add(admin.post("/api/admin/users/" + adminB.id() + "/reset-password", null));
        attempts.add(admin.post(
                "/api/admin/users",
                Map.of("email", TestUsers.unique("x") + "@example.test", "role", "WORKSPACE_ADMIN", "workspaceId", b)));
        attempts.add(admin.get("/api/admin/audit-logs?workspaceId=" + b));
        for (Response r : attempts) {
            assertThat(r.status())
                    .as(r.raw().request().method() + " " + r.raw().uri() + " " + r.body())
                    .isEqualTo(404);
            assertThat(r.body()).doesNotContain(adminB.email());
        }

        var own = admin.get("/api/admin/workspaces").json();
        assertThat(own.get("total").asInt()).isEqualTo(1);
        assertThat(own.get("items").get(0).get("id").asString()).isEqualTo(a);
        assertThat(admin.get("/api/admin/users").body()).doesNotContain(adminB.email());

        assertThat(superClient.get(ws).body()).isEqualTo(wsBefore);
        assertThat(superClient.get(ws + "/bots").body()).isEqualTo(botsBefore);
        assertThat(superClient.get("/api/admin/users/" + adminB.id()).body()).isEqualTo(userBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM password_tokens WHERE user_id = :u AND kind = 'reset'"
                                + " AND used_at IS NULL")
                        .param("u", java.util.UUID.fromString(adminB.id()))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(TestUsers.auditCount(jdbc, "access.denied", adminA.id()))
                .isGreaterThanOrEqualTo(deniedBefore + attempts.size());
    }

    @Test
    void adminsMayCreateOnlyAdminsAndViewersOfTheirOwnWorkspace() {
        ApiClient admin = TestUsers.login(port, adminA);
        Response viewer = admin.post("/api/admin/users", newUser("WORKSPACE_VIEWER", a));
        assertThat(viewer.status()).as(viewer.body()).isEqualTo(201);
        assertThat(viewer.json().get("workspaceId").asString()).isEqualTo(a);
        assertThat(admin.post("/api/admin/users", newUser("WORKSPACE_ADMIN", a)).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/admin/users", newUser("SUPER_ADMIN", null)).status())
                .isEqualTo(403);
        assertThat(admin.post("/api/admin/users", newUser("SUPER_ADMIN", a)).status())
                .isEqualTo(403);
        assertThat(admin.post("/api/admin/users", newUser("WORKSPACE_VIEWER", b))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE workspace_id = :b")
                        .param("b", java.util.UUID.fromString(b))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // An admin may not promote anyone to super admin either.
        Response promote = admin.patch("/api/admin/users/" + viewerA.id(), Map.of("role", "SUPER_ADMIN"));
        assertThat(promote.status()).isEqualTo(403);
        assertThat(superClient
                        .get("/api/admin/users/" + viewerA.id())
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("WORKSPACE_VIEWER");
    }

    @Test
    void anImpersonatingSuperAdminMayReadButNotWriteAndTheSessionRotates() {
        ApiClient viewing = TestUsers.superClient(port);
        String before = TestUsers.sessionCookie(viewing);
        Response start = viewing.post("/api/admin/impersonation", Map.of("workspaceId", a));
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String during = TestUsers.sessionCookie(viewing);
        assertThat(during).isNotNull().isNotEqualTo(before);
        assertThat(TestUsers.withSession(viewing.base(), before)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(401);

        var me = viewing.get("/api/auth/me").json();
        assertThat(me.get("role").asString()).isEqualTo("SUPER_ADMIN");
        assertThat(me.get("impersonation").get("workspaceId").asString()).isEqualTo(a);

        String ws = "/api/admin/workspaces/" + a;
        String wsBefore = superClient.get(ws).body();
        assertThat(viewing.get(ws).status()).isEqualTo(200);
        assertThat(viewing.get(ws + "/bots").status()).isEqualTo(200);
        assertThat(viewing.get("/api/admin/workspaces/" + b).status()).isEqualTo(404);
        assertThat(viewing.get("/api/admin/workspaces").json().get("total").asInt())
                .isEqualTo(1);
        Response users = viewing.get("/api/admin/users");
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.body()).contains(adminA.email()).doesNotContain(adminB.email());
        assertThat(viewing.get("/api/admin/users/" + adminA.id()).status()).isEqualTo(200);
        assertThat(viewing.get("/api/admin/users/" + adminB.id()).status()).isEqualTo(404);
        String superId = superClient.get("/api/auth/me").json().get("id").asString();
        long deniedBefore = TestUsers.auditCount(jdbc, "access.denied", superId);

        List<Response> writes = new ArrayList<>();
        writes.add(viewing.patch(ws, Map.of("name", "Changed while viewing")));
        writes.add(viewing.put(ws + "/failsafe", Map.of("aiEnabled", false)));
        writes.add(viewing.put(ws + "/booking", Map.of("bookingMode", "internal")));
        writes.add(viewing.post(ws + "/bots", Map.of("botId", "imp-bot", "name", "I")));
        writes.add(viewing.patch(ws + "/bots/" + botA, Map.of("name", "I")));
        writes.add(viewing.delete(ws + "/bots/" + botA));
        writes.add(viewing.delete(ws));
        writes.add(viewing.post("/api/admin/users", newUser("WORKSPACE_VIEWER", a)));
        writes.add(viewing.post("/api/admin/users/" + viewerA.id() + "/disable", null));
        writes.add(viewing.post("/api/admin/impersonation", Map.of("workspaceId", b)));
        for (Response r : writes) {
            assertThat(r.status()).as(r.raw().uri() + " " + r.body()).isEqualTo(403);
        }
        assertThat(superClient.get(ws).body()).isEqualTo(wsBefore);
        assertThat(TestUsers.auditCount(jdbc, "access.denied", superId))
                .isGreaterThanOrEqualTo(deniedBefore + writes.size());

        Response stop = viewing.delete("/api/admin/impersonation");
        assertThat(stop.status()).as(stop.body()).isEqualTo(204);
        String after = TestUsers.sessionCookie(viewing);
        assertThat(after).isNotNull().isNotEqualTo(during);
        assertThat(viewing.get("/api/auth/me").json().get("impersonation").isNull())
                .isTrue();
        assertThat(viewing.patch(ws, Map.of("name", "Changed after viewing")).status())
                .isEqualTo(200);
        assertThat(viewing.delete("/api/admin/impersonation").status()).isEqualTo(409);
    }

    @Test
    void onlyASuperAdminMayImpersonate() {
        ApiClient admin = TestUsers.login(port, adminA);
        assertThat(admin.post("/api/admin/impersonation", Map.of("workspaceId", a))
                        .status())
                .isEqualTo(403);
        assertThat(admin.delete("/api/admin/impersonation").status()).isEqualTo(403);
        assertThat(admin.get("/api/auth/me").json().get("impersonation").isNull())
                .isTrue();
        assertThat(superClient
                        .post("/api/admin/impersonation", Map.of("workspaceId", java.util.UUID.randomUUID() + ""))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aWorkspaceThatDoesNotExistIsNotFoundEvenForASuperAdmin() {
        String missing = java.util.UUID.randomUUID().toString();
        String ws = "/api/admin/workspaces/" + missing;
        List<Response> attempts = new ArrayList<>();
        for (String list : List.of(
                "/faqs",
                "/articles",
                "/services",
                "/hours",
                "/leads",
                "/booking-requests",
                "/conversations",
                "/bots")) {
            attempts.add(superClient.get(ws + list));
        }
        attempts.add(superClient.post(ws + "/faqs", Map.of("question", "Q?", "answer", "A.")));
        attempts.add(superClient.post(ws + "/articles", Map.of("title", "T", "body", "B.")));
        attempts.add(superClient.post(ws + "/services", Map.of("name", "N", "description", "D.")));
        for (Response r : attempts) {
            assertThat(r.status())
                    .as(r.raw().request().method() + " " + r.raw().uri() + " " + r.body())
                    .isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM knowledge_items WHERE workspace_id = :w")
                        .param("w", java.util.UUID.fromString(missing))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void malformedWorkspaceIdsInBodiesAreFieldErrorsAndUnknownOnesNotFound() {
        assertFieldError(superClient.post("/api/admin/users", newUser("WORKSPACE_ADMIN", "not-a-uuid")));
        assertFieldError(superClient.post("/api/admin/impersonation", Map.of()));
        assertFieldError(superClient.post("/api/admin/impersonation", Map.of("workspaceId", "not-a-uuid")));
        String unknown = java.util.UUID.randomUUID().toString();
        assertThat(superClient
                        .post("/api/admin/users", newUser("WORKSPACE_ADMIN", unknown))
                        .status())
                .isEqualTo(404);
        assertThat(superClient
                        .post("/api/admin/impersonation", Map.of("workspaceId", unknown))
                        .status())
                .isEqualTo(404);
        assertThat(superClient.get("/api/auth/me").json().get("impersonation").isNull())
                .isTrue();
        // A caller who may not do it at all is refused first, whatever is wrong with the body.
        assertThat(TestUsers.login(port, viewerA)
                        .post("/api/admin/users", newUser("WORKSPACE_VIEWER", "not-a-uuid"))
                        .status())
                .isEqualTo(403);
        assertThat(TestUsers.login(port, adminA)
                        .post("/api/admin/impersonation", Map.of("workspaceId", "not-a-uuid"))
                        .status())
                .isEqualTo(403);
    }

    private static void assertFieldError(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        var errors = r.json().get("errors");
        assertThat(errors).as(r.body()).isNotNull();
        assertThat(errors.get(0).get("field").asString()).isEqualTo("workspaceId");
        assertThat(errors.get(0).get("message").asString()).isNotBlank();
    }

    private static Map<String, Object> newUser(String role, String workspace) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", TestUsers.unique("new") + "@example.test");
        body.put("role", role);
        body.put("workspaceId", workspace);
        return body;
    }
}
