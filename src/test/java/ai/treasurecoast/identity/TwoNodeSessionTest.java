package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.TreasureCoastApplication;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
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

/**
 * Two nodes on one database: a session ended on one node is ended on the other. The second node
 * runs with APP_ENV=production, so its cookie and headers are checked on a real server as well.
 */
@IntegrationTest
class TwoNodeSessionTest {

    private static final String PRODUCTION_COOKIE = "__Host-TCAI_SESSION";

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
                        "--app.env=production",
                        "--app.database.url=" + dataSource.getJdbcUrl(),
                        "--app.identity.admin-email=" + TestAccounts.SUPER_EMAIL,
                        "--app.identity.admin-password=" + TestAccounts.SUPER_PASSWORD,
                        "--app.identity.max-failures-per-ip=1000",
                        "--app.demo.seed=false",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestAccounts.SMTP_PORT,
                        "--app.base-url=https://desk.example.com",
                        "--logging.level.root=WARN")) {
            int port2 = Integer.parseInt(node2.getEnvironment().getProperty("local.server.port"));
            String base2 = "http://localhost:" + port2;

            ApiClient onNode1 = TestUsers.login(port, user);
            ApiClient onNode2 = loginOnProductionNode(base2, user);
            // The same session, carried to the other node under its production cookie name.
            ApiClient copied =
                    new ApiClient(base2).header("Cookie", PRODUCTION_COOKIE + "=" + TestUsers.sessionCookie(onNode1));
            assertThat(onNode2.get("/api/auth/me").status()).isEqualTo(200);
            assertThat(copied.get("/api/auth/me").status()).isEqualTo(200);
            Response renamed = onNode2.patch("/api/admin/workspaces/" + workspace, Map.of("name", "Renamed on node 2"));
            assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
            assertThat(renamed.header("Strict-Transport-Security")).contains("max-age=");
            assertThat(superClient
                            .get("/api/admin/workspaces/" + workspace)
                            .json()
                            .get("name")
                            .asString())
                    .isEqualTo("Renamed on node 2");

            TestUsers.setPassword("http://localhost:" + port, jdbc, user.id(), "node-one-passphrase-1");

            assertThat(onNode1.get("/api/auth/me").status()).isEqualTo(401);
            assertThat(onNode2.get("/api/auth/me").status()).isEqualTo(401);
            assertThat(copied.get("/api/auth/me").status()).isEqualTo(401);
            TestUser changed =
                    new TestUser(user.id(), user.email(), user.role(), user.workspaceId(), "node-one-passphrase-1");
            assertThat(loginOnProductionNode(base2, changed).get("/api/auth/me").status())
                    .isEqualTo(200);
        }
    }

    /** Secure cookies are not sent over plain http by a client, so the test carries the cookie by hand. */
    private static ApiClient loginOnProductionNode(String base, TestUser user) {
        ApiClient client = new ApiClient(base);
        Response csrf = client.get("/api/auth/csrf");
        client.header("Cookie", PRODUCTION_COOKIE + "=" + cookieValue(csrf.header("Set-Cookie")));
        Response login = client.login(user.email(), user.password());
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie)
                .startsWith(PRODUCTION_COOKIE + "=")
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
        client.header("Cookie", PRODUCTION_COOKIE + "=" + cookieValue(setCookie));
        return client;
    }

    private static String cookieValue(String setCookie) {
        assertThat(setCookie).as("Set-Cookie").startsWith(PRODUCTION_COOKIE + "=");
        String pair = setCookie.split(";", 2)[0];
        return pair.substring(pair.indexOf('=') + 1);
    }
}
