package ai.treasurecoast.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.support.TestUsers.TestUser;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every implemented action leaves one entry with who, where and which request; nothing secret; append-only. */
@IntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<String> secrets = new ArrayList<>();
    private ApiClient reader;

    @Test
    void everyImplementedActionIsRecordedWithActorRequestIdAndIp() {
        ApiClient superClient = new ApiClient(port);
        Response login = superClient.login(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String superId = superClient.get("/api/auth/me").json().get("id").asString();
        expect("auth.login", login, superId);

        String clientId = TestUsers.unique("audit");
        Response created = superClient.post(
                "/api/admin/workspaces",
                Map.of("name", "Audit Dental", "clientId", clientId, "industry", "dental", "timezone", "UTC"));
        String ws = created.json().get("id").asString();
        String base = "/api/admin/workspaces/" + ws;
        JsonNode entry = expect("workspace.create", created, superId);
        assertThat(entry.get("workspaceId").asString()).isEqualTo(ws);
        assertThat(entry.get("after").get("clientId").asString()).isEqualTo(clientId);

        JsonNode update =
                expect("workspace.update", superClient.patch(base, Map.of("name", "Audit Dental 2")), superId);
        assertThat(update.get("before").get("name").asString()).isEqualTo("Audit Dental");
        assertThat(update.get("after").get("name").asString()).isEqualTo("Audit Dental 2");
        expect(
                "booking.update",
                superClient.put(
                        base + "/booking",
                        Map.of("bookingMode", "external", "externalBookingUrl", "https://book.example.com/x")),
                superId);
        expect("failsafe.update", superClient.put(base + "/failsafe", Map.of("aiEnabled", false)), superId);
        expect("bot.create", superClient.post(base + "/bots", Map.of("botId", "desk", "name", "Desk")), superId);
        expect("bot.update", superClient.patch(base + "/bots/desk", Map.of("name", "Desk 2")), superId);
        expect("bot.delete", superClient.delete(base + "/bots/desk"), superId);

        String email = TestUsers.unique("audited") + "@example.test";
        Response invited = superClient.post(
                "/api/admin/users", Map.of("email", email, "role", "WORKSPACE_ADMIN", "workspaceId", ws));
        String userId = invited.json().get("id").asString();
        expect("user.create", invited, superId);
        expect(
                "user.update",
                superClient.patch("/api/admin/users/" + userId, Map.of("role", "WORKSPACE_VIEWER")),
                superId);
        expect("user.disable", superClient.post("/api/admin/users/" + userId + "/disable", null), superId);
        expect("user.enable", superClient.post("/api/admin/users/" + userId + "/enable", null), superId);
        expect(
                "user.password_reset",
                superClient.post("/api/admin/users/" + userId + "/reset-password", null),
                superId);

        String token = TestUsers.issueToken(jdbc, userId, "reset");
        secrets.add(token);
        Response confirm = new ApiClient(port)
                .post(
                        "/api/auth/password-reset/confirm",
                        Map.of("token", token, "newPassword", "audited-passphrase-1"));
        secrets.add("audited-passphrase-1");
        expect("auth.password_reset", confirm, userId);

        ApiClient viewer = new ApiClient(port);
        expect("auth.login_failed", viewer.login(email, "wrong-passphrase-123"), userId);
        secrets.add("wrong-passphrase-123");
        viewer.loginOrFail(email, "audited-passphrase-1");
        JsonNode denied = expect("access.denied", viewer.patch(base, Map.of("name", "Nope")), userId);
        assertThat(denied.get("outcome").asString()).isEqualTo("denied");
        expect(
                "auth.password_change",
                viewer.post(
                        "/api/auth/password",
                        Map.of("currentPassword", "audited-passphrase-1", "newPassword", "audited-passphrase-2")),
                userId);
        secrets.add("audited-passphrase-2");
        expect("auth.logout", viewer.post("/api/auth/logout", null), userId);

        JsonNode start = expect(
                "impersonation.start",
                superClient.post("/api/admin/impersonation", Map.of("workspaceId", ws)),
                superId);
        assertThat(start.get("onBehalfOfWorkspaceId").asString()).isEqualTo(ws);
        expect("impersonation.stop", superClient.delete("/api/admin/impersonation"), superId);

        expect("workspace.delete", superClient.delete(base), superId);

        secrets.add(TestAccounts.SUPER_PASSWORD);
        secrets.add(TestAccounts.USER_PASSWORD);
        List<String> stored = jdbc.sql("SELECT coalesce(before_json::text, '') || ' ' || coalesce(after_json::text, '')"
                        + " FROM audit_entries")
                .query(String.class)
                .list();
        for (String text : stored) {
            assertThat(text).doesNotContain("$argon2");
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    @Test
    void concurrentWritersKeepOneUnbrokenChain() throws Exception {
        ApiClient superClient = TestUsers.superClient(port);
        String ws = TestUsers.workspace(superClient, "chain");
        superClient.csrfToken();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String name = "Chain " + i;
                results.add(pool.submit(() -> superClient
                        .patch("/api/admin/workspaces/" + ws, Map.of("name", name))
                        .status()));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entries WHERE action = 'workspace.update' AND workspace_id = :w")
                        .param("w", UUID.fromString(ws))
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        JsonNode result = superClient.get("/api/admin/audit-logs/verify").json();
        assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
    }

    @Test
    void theDatabaseRejectsUpdatesAndDeletesOfAuditEntries() {
        TestUsers.superClient(port);
        UUID any = jdbc.sql("SELECT id FROM audit_entries ORDER BY seq DESC LIMIT 1")
                .query(UUID.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entries SET outcome = 'failure' WHERE id = :id")
                        .param("id", any)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entries WHERE id = :id")
                        .param("id", any)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entries").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE id = :id")
                        .param("id", any)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void verifyAcceptsAnIntactChainAndOnlySuperAdminsMayRunIt() {
        ApiClient superClient = TestUsers.superClient(port);
        JsonNode result = superClient.get("/api/admin/audit-logs/verify").json();
        assertThat(result.get("ok").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("checked").asLong()).isPositive();
        assertThat(result.get("firstBrokenId").isNull()).isTrue();

        String ws = TestUsers.workspace(superClient, "verify");
        TestUser admin = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", ws);
        assertThat(TestUsers.login(port, admin)
                        .get("/api/admin/audit-logs/verify")
                        .status())
                .isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/admin/audit-logs/verify").status())
                .isEqualTo(401);
    }

    @Test
    void filtersNarrowTheListAndAdminsSeeOnlyTheirWorkspace() {
        Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
        ApiClient superClient = TestUsers.superClient(port);
        String a = TestUsers.workspace(superClient, "filter-a");
        String b = TestUsers.workspace(superClient, "filter-b");
        TestUser adminA = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", a);
        TestUser viewerA = TestUsers.user(superClient, jdbc, "WORKSPACE_VIEWER", a);
        ApiClient admin = TestUsers.login(port, adminA);
        admin.patch("/api/admin/workspaces/" + a, Map.of("name", "Filtered A"));
        admin.post("/api/admin/workspaces/" + a + "/bots", Map.of("botId", "filter-bot", "name", "F"));
        superClient.patch("/api/admin/workspaces/" + b, Map.of("name", "Filtered B"));

        JsonNode byWorkspace = list(superClient, "workspaceId=" + a + "&action=workspace.update");
        assertThat(byWorkspace.get("total").asLong()).isEqualTo(1);
        assertThat(byWorkspace.get("items").get(0).get("actorUserId").asString())
                .isEqualTo(adminA.id());

        JsonNode byActor = list(superClient, "actorUserId=" + adminA.id());
        assertThat(byActor.get("total").asLong()).isGreaterThanOrEqualTo(3);
        byActor.get("items")
                .forEach(e -> assertThat(e.get("actorUserId").asString()).isEqualTo(adminA.id()));

        JsonNode byType = list(superClient, "targetType=bot&workspaceId=" + a);
        assertThat(byType.get("total").asLong()).isEqualTo(1);
        assertThat(byType.get("items").get(0).get("action").asString()).isEqualTo("bot.create");

        assertThat(list(superClient, "from=" + start + "&workspaceId=" + b)
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(list(superClient, "from=" + Instant.now().plus(1, ChronoUnit.HOURS) + "&workspaceId=" + b)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(list(superClient, "to=" + start + "&workspaceId=" + b)
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(list(superClient, "to=" + Instant.now().plus(1, ChronoUnit.MINUTES) + "&workspaceId=" + b)
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(superClient.get("/api/admin/audit-logs?from=yesterday").status())
                .isEqualTo(400);
        assertThat(superClient
                        .get("/api/admin/audit-logs?size=many")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("size");

        JsonNode own = list(admin, "");
        assertThat(own.get("total").asLong()).isPositive();
        own.get("items")
                .forEach(e -> assertThat(e.get("workspaceId").asString()).isEqualTo(a));
        assertThat(admin.get("/api/admin/audit-logs?workspaceId=" + b).status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/audit-logs/export?workspaceId=" + b).status())
                .isEqualTo(404);
        assertThat(admin.get("/api/admin/audit-logs/export").body()).doesNotContain(b);
        assertThat(TestUsers.login(port, viewerA).get("/api/admin/audit-logs").status())
                .isEqualTo(403);
        assertThat(TestUsers.login(port, viewerA)
                        .get("/api/admin/audit-logs/export")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void viewersAreRefusedBeforeTheirFiltersAreReadAndOnlyASuccessfulExportIsAnAttachment() {
        ApiClient superClient = TestUsers.superClient(port);
        String a = TestUsers.workspace(superClient, "refuse-a");
        String b = TestUsers.workspace(superClient, "refuse-b");
        ApiClient viewer = TestUsers.login(port, TestUsers.user(superClient, jdbc, "WORKSPACE_VIEWER", a));
        ApiClient admin = TestUsers.login(port, TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", a));
        for (String query : List.of("from=yesterday", "to=soon", "actorUserId=nobody", "workspaceId=x", "size=many")) {
            Response list = viewer.get("/api/admin/audit-logs?" + query);
            assertThat(list.status()).as(query + " " + list.body()).isEqualTo(403);
            Response export = viewer.get("/api/admin/audit-logs/export?" + query);
            assertThat(export.status()).as(query + " " + export.body()).isEqualTo(403);
            assertThat(export.header("Content-Disposition")).as(query).isNull();
            assertThat(viewer.get("/admin/audit-logs?" + query).status())
                    .as("console " + query)
                    .isEqualTo(403);
        }
        Response refused = viewer.get("/api/admin/audit-logs/export");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Content-Disposition")).isNull();

        Response otherWorkspace = admin.get("/api/admin/audit-logs/export?workspaceId=" + b);
        assertThat(otherWorkspace.status()).isEqualTo(404);
        assertThat(otherWorkspace.header("Content-Disposition")).isNull();
        Response badFilter = admin.get("/api/admin/audit-logs/export?from=yesterday");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.header("Content-Disposition")).isNull();

        Response own = admin.get("/api/admin/audit-logs/export");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Content-Type")).startsWith("text/csv");
        assertThat(own.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void theCsvExportEscapesFormulas() {
        ApiClient superClient = TestUsers.superClient(port);
        String ws = TestUsers.workspace(superClient, "csv");
        ApiClient formula = TestUsers.superClient(port).header("User-Agent", "=HYPERLINK(\"https://evil.example\")");
        formula.patch("/api/admin/workspaces/" + ws, Map.of("name", "@SUM(1+1)"));
        Response csv = superClient.get("/api/admin/audit-logs/export?action=workspace.update&workspaceId=" + ws);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("id,createdAt,actorUserId");
        assertThat(lines[1]).contains("'=HYPERLINK").doesNotContain(",=");
        assertThat(AuditCsv.cell("=1+2")).isEqualTo("'=1+2");
        assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
        assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
        assertThat(AuditCsv.cell("@A1")).isEqualTo("'@A1");
        assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
        assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditCsv.cell("=a,\"b\"")).isEqualTo("\"'=a,\"\"b\"\"\"");
    }

    private static JsonNode list(ApiClient client, String query) {
        Response r = client.get("/api/admin/audit-logs?size=200&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Finds the one entry of this action written by this request, and checks who and where. */
    private JsonNode expect(String action, Response response, String actorUserId) {
        assertThat(response.status()).as(action + ": " + response.body()).isLessThan(500);
        String requestId = response.header("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<Map.Entry<String, String>> rows = jdbc.sql("SELECT action, coalesce(actor_user_id::text, '') FROM"
                        + " audit_entries WHERE request_id = :r AND action = :a")
                .param("r", requestId)
                .param("a", action)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(rows).as(action).hasSize(1);
        if (reader == null) {
            reader = TestUsers.superClient(port);
        }
        JsonNode page =
                reader.get("/api/admin/audit-logs?size=200&action=" + action).json();
        for (JsonNode e : page.get("items")) {
            if (requestId.equals(e.get("requestId").asString())) {
                assertThat(e.get("action").asString()).isEqualTo(action);
                assertThat(e.get("actorUserId").asString()).as(action).isEqualTo(actorUserId);
                assertThat(e.get("ip").asString()).as(action).isNotBlank();
                assertThat(e.get("createdAt").asString()).endsWith("Z");
                return e;
            }
        }
        throw new AssertionError("no " + action + " entry for request " + requestId);
    }
}
