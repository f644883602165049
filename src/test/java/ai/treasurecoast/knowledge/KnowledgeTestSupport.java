package ai.treasurecoast.knowledge;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Creates workspaces through the API and workspace users directly (the users API belongs to another module). */
final class KnowledgeTestSupport {

    private static final Argon2PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, 4096, 1);

    private KnowledgeTestSupport() {}

    static String workspace(ApiClient superAdmin, String industry) {
        String clientId = "kb-" + industry.replace('_', '-') + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        var r = superAdmin.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "KB " + clientId,
                        "clientId",
                        clientId,
                        "industry",
                        industry,
                        "timezone",
                        "America/New_York"));
        if (r.status() != 201) {
            throw new AssertionError(r.toString());
        }
        return r.json().get("id").asString();
    }

    static ApiClient user(int port, JdbcClient jdbc, String workspaceId, String role) {
        String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@kb.test";
        jdbc.sql("INSERT INTO users (id, email, password_hash, role, workspace_id) VALUES (:id, :e, :h, :r, :w)")
                .param("id", UUID.randomUUID())
                .param("e", email)
                .param("h", ENCODER.encode(TestAccounts.USER_PASSWORD))
                .param("r", role)
                .param("w", UUID.fromString(workspaceId))
                .update();
        return new ApiClient(port).loginOrFail(email, TestAccounts.USER_PASSWORD);
    }
}
