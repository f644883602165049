package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.TreasureCoastApplication;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.support.TestUsers.TestUser;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database: a session ended on one node is ended on the other. */
@IntegrationTest
class TwoNodeSessionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aPasswordResetOnNodeOneEndsTheSessionsOnNodeTwo() {
        ApiClient superClient = TestUsers.superClient(port);
        String workspace = TestUsers.workspace(superClient, "nodes");
        TestUser user = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", workspace);

        try (ConfigurableApplicationContext node2 = new SpringApplicationBuilder(TreasureCoastApplication.class)
                .run(
                        "--server.port=0",
                        "--app.database.url=" + dataSource.getJdbcUrl(),
                        "--app.identity.admin-email=" + TestAccounts.SUPER_EMAIL,
                        "--app.identity.admin-password=" + TestAccounts.SUPER_PASSWORD,
                        "--app.identity.max-failures-per-ip=1000",
                        "--app.demo.seed=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestAccounts.SMTP_PORT,
                        "--app.base-url=http://localhost:8080",
                        "--logging.level.root=WARN")) {
            int port2 = Integer.parseInt(node2.getEnvironment().getProperty("local.server.port"));
            assertThat(port2).isNotEqualTo(port);

            ApiClient onNode1 = TestUsers.login(port, user);
            ApiClient onNode2 = TestUsers.login(port2, user);
            ApiClient copied = TestUsers.withSession("http://localhost:" + port2, TestUsers.sessionCookie(onNode1));
            assertThat(onNode2.get("/api/auth/me").status()).isEqualTo(200);
            assertThat(copied.get("/api/auth/me").status()).isEqualTo(200);
            assertThat(onNode2.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Renamed on node 2"))
                            .status())
                    .isEqualTo(200);

            TestUsers.setPassword("http://localhost:" + port, jdbc, user.id(), "node-one-passphrase-1");

            assertThat(onNode1.get("/api/auth/me").status()).isEqualTo(401);
            assertThat(onNode2.get("/api/auth/me").status()).isEqualTo(401);
            assertThat(copied.get("/api/auth/me").status()).isEqualTo(401);
            assertThat(new ApiClient(port2)
                            .login(user.email(), "node-one-passphrase-1")
                            .status())
                    .isEqualTo(200);
        }
    }
}
