package ai.treasurecoast.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Its own context (demo safe mode on), because tampering with a row breaks the chain for every
 * later test that shares the database.
 */
@IntegrationTest
@TestPropertySource(properties = "app.demo.safe-mode=true")
class AuditTamperAndSafeModeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void safeModeAnswers423ForDestructiveActionsAndRecordsIt() {
        ApiClient superClient = TestUsers.superClient(port);
        String ws = TestUsers.workspace(superClient, "safe");
        String bot = TestUsers.bot(superClient, ws);
        Response delete = superClient.delete("/api/admin/workspaces/" + ws);
        assertThat(delete.status()).as(delete.body()).isEqualTo(423);
        assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
        assertThat(delete.json().get("requestId").asString()).isEqualTo(delete.header("X-Request-Id"));
        assertThat(superClient.get("/api/admin/workspaces/" + ws).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE action = 'safe_mode.blocked'"
                                + " AND request_id = :r AND workspace_id = :w")
                        .param("r", delete.header("X-Request-Id"))
                        .param("w", UUID.fromString(ws))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entries WHERE action = 'workspace.delete' AND workspace_id = :w")
                        .param("w", UUID.fromString(ws))
                        .query(Long.class)
                        .single())
                .isZero();

        Response botDelete = superClient.delete("/api/admin/workspaces/" + ws + "/bots/" + bot);
        assertThat(botDelete.status()).isEqualTo(423);
        assertThat(superClient
                        .get("/api/admin/workspaces/" + ws + "/bots/" + bot)
                        .status())
                .isEqualTo(200);
        // Safe mode blocks destruction, not ordinary work.
        assertThat(superClient
                        .patch("/api/admin/workspaces/" + ws, Map.of("name", "Still editable"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void safeModeBlocksKnowledgeDeletesThroughTheApiAndRecordsThem() {
        ApiClient superClient = TestUsers.superClient(port);
        String ws = TestUsers.workspace(superClient, "safe-kb");
        String base = "/api/admin/workspaces/" + ws;
        Map<String, Map<String, Object>> bodies = Map.of(
                "faq", Map.of("question", "Do you see kids?", "answer", "Yes."),
                "article", Map.of("title", "First visit", "body", "Bring your ID."),
                "service", Map.of("name", "Cleaning", "description", "Cleaning and exam."));
        for (var kind : bodies.entrySet()) {
            String path = base + "/" + kind.getKey() + "s";
            Response created = superClient.post(path, kind.getValue());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String item = created.json().get("id").asString();

            Response delete = superClient.delete(path + "/" + item);
            assertThat(delete.status()).as(kind.getKey() + ": " + delete.body()).isEqualTo(423);
            assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
            assertThat(superClient.get(path + "/" + item).status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entries WHERE action = 'safe_mode.blocked'"
                                    + " AND request_id = :r AND workspace_id = :w AND target_id = :t"
                                    + " AND after_json ->> 'blockedAction' = :a")
                            .param("r", delete.header("X-Request-Id"))
                            .param("w", UUID.fromString(ws))
                            .param("t", item)
                            .param("a", kind.getKey() + ".delete")
                            .query(Long.class)
                            .single())
                    .as(kind.getKey())
                    .isEqualTo(1);
        }
        // An item that does not exist is not found; there is nothing to protect.
        assertThat(superClient.delete(base + "/faqs/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void verifyFindsTheFirstTamperedRow() {
        ApiClient superClient = TestUsers.superClient(port);
        TestUsers.workspace(superClient, "tamper");
        TestUsers.workspace(superClient, "tamper");
        JsonNode intact = superClient.get("/api/admin/audit-logs/verify").json();
        assertThat(intact.get("ok").asBoolean()).as(intact.toString()).isTrue();

        UUID victim = jdbc.sql("SELECT id FROM audit_entries WHERE action = 'workspace.create' ORDER BY seq DESC"
                        + " OFFSET 1 LIMIT 1")
                .query(UUID.class)
                .single();
        String original = jdbc.sql("SELECT target_type FROM audit_entries WHERE id = :id")
                .param("id", victim)
                .query(String.class)
                .single();
        tamper(victim, "tampered");
        try {
            JsonNode broken = superClient.get("/api/admin/audit-logs/verify").json();
            assertThat(broken.get("ok").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenId").asString()).isEqualTo(victim.toString());
            assertThat(broken.get("checked").asLong()).isPositive();
        } finally {
            tamper(victim, original);
        }
        assertThat(superClient
                        .get("/api/admin/audit-logs/verify")
                        .json()
                        .get("ok")
                        .asBoolean())
                .isTrue();
    }

    private void tamper(UUID id, String targetType) {
        jdbc.sql("ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_no_update")
                .update();
        try {
            jdbc.sql("UPDATE audit_entries SET target_type = :t WHERE id = :id")
                    .param("t", targetType)
                    .param("id", id)
                    .update();
        } finally {
            jdbc.sql("ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_no_update")
                    .update();
        }
    }
}
