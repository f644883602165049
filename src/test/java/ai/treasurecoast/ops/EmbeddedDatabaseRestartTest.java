package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.TreasureCoastApplication;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import ai.treasurecoast.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its data in DATA_DIR across a restart, with durable settings on. */
class EmbeddedDatabaseRestartTest {

    @Test
    void aWorkspaceCreatedBeforeARestartIsThereAfterIt() throws Exception {
        Path dataDir = Path.of("target", "test-data", "restart-" + UUID.randomUUID());
        String workspace;
        String generated;
        try (ConfigurableApplicationContext first = start(dataDir, false)) {
            // Without ADMIN_EMAIL/ADMIN_PASSWORD the first super admin's password goes to a private file.
            Path secret = dataDir.resolve("initial-admin-password");
            assertThat(Files.getPosixFilePermissions(secret))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            generated = Files.readString(secret).trim();
            assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
            ApiClient client = new ApiClient(port(first)).loginOrFail("admin@treasurecoast.local", generated);
            workspace = TestUsers.workspace(client, "restart");
        }
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
        try (ConfigurableApplicationContext second = start(dataDir, true)) {
            assertThat(new ApiClient(port(second))
                            .login("admin@treasurecoast.local", generated)
                            .status())
                    .isEqualTo(200);
            ApiClient client = TestUsers.superClient(port(second));
            var found = client.get("/api/admin/workspaces/" + workspace);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(found.json().get("clientId").asString()).startsWith("restart-");
            assertThat(client.get("/api/admin/audit-logs/verify")
                            .json()
                            .get("ok")
                            .asBoolean())
                    .isTrue();
        }
        assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION")))
                .isTrue();
    }

    private static ConfigurableApplicationContext start(Path dataDir, boolean withAdmin) {
        return new SpringApplicationBuilder(TreasureCoastApplication.class)
                .run(
                        "--server.port=0",
                        "--app.database.data-dir=" + dataDir,
                        "--app.identity.admin-email=" + (withAdmin ? TestAccounts.SUPER_EMAIL : ""),
                        "--app.identity.admin-password=" + (withAdmin ? TestAccounts.SUPER_PASSWORD : ""),
                        "--app.demo.seed=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestAccounts.SMTP_PORT,
                        "--app.base-url=http://localhost:8080",
                        "--logging.level.root=WARN");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
