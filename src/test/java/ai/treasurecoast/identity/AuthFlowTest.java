package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.support.TestUsers.TestUser;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Login, logout, throttling, password change and reset, and disabling, against the real endpoints. */
@IntegrationTest
class AuthFlowTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
                    new ServerSetup(TestAccounts.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final String RESET = "Reset your";
    private static final String INVITE = "invited";
    private static final Pattern LINK = Pattern.compile("(\\S+/admin/set-password\\?token=)([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient superClient;
    String workspace;
    TestUser user;

    @BeforeEach
    void setUp() {
        superClient = TestUsers.superClient(port);
        workspace = TestUsers.workspace(superClient, "auth");
        user = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", workspace);
    }

    @Test
    void loginAnswersMeAndWrongCredentialsOneGenericMessage() {
        ApiClient client = new ApiClient(port);
        Response ok = client.login(user.email().toUpperCase(java.util.Locale.ROOT), user.password());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode me = ok.json();
        assertThat(me.get("id").asString()).isEqualTo(user.id());
        assertThat(me.get("email").asString()).isEqualTo(user.email());
        assertThat(me.get("role").asString()).isEqualTo("WORKSPACE_ADMIN");
        assertThat(me.get("workspaceId").asString()).isEqualTo(workspace);
        assertThat(me.has("impersonation")).isTrue();
        assertThat(me.get("impersonation").isNull()).isTrue();
        assertThat(ok.body()).doesNotContain("password").doesNotContain("argon");

        Response wrong = new ApiClient(port).login(user.email(), "not-the-right-passphrase");
        Response unknown = new ApiClient(port).login("nobody-" + UUID.randomUUID() + "@example.test", "whatever-it-is");
        Response empty = new ApiClient(port).post("/api/auth/login", Map.of());
        for (Response r : new Response[] {wrong, unknown, empty}) {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("detail").asString())
                    .isEqualTo(wrong.json().get("detail").asString());
            assertThat(r.json().get("title").asString())
                    .isEqualTo(wrong.json().get("title").asString());
        }
    }

    @Test
    void fiveFailuresThrottleTheAccountWith429AndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(new ApiClient(port)
                            .login(user.email(), "wrong-passphrase-" + i)
                            .status())
                    .isEqualTo(401);
        }
        Response throttled = new ApiClient(port).login(user.email(), user.password());
        assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        // Another account from the same address is not affected.
        assertThat(new ApiClient(port)
                        .login(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD)
                        .status())
                .isEqualTo(200);
        // Nothing is locked for good: once the attempts age out of the window, the account logs in.
        jdbc.sql("UPDATE login_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE key = :k")
                .param("k", "account:" + user.email())
                .update();
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAndTheOldCookieNoLongerWorks() {
        ApiClient client = TestUsers.login(port, user);
        String cookie = TestUsers.sessionCookie(client);
        assertThat(cookie).isNotNull();
        assertThat(TestUsers.withSession(client.base(), cookie)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(200);
        Response out = client.post("/api/auth/logout", null);
        assertThat(out.status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(TestUsers.withSession(client.base(), cookie)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void loginRotatesTheSessionId() {
        ApiClient client = new ApiClient(port);
        client.csrfToken();
        String anonymous = TestUsers.sessionCookie(client);
        assertThat(anonymous).isNotNull();
        client.loginOrFail(user.email(), user.password());
        String loggedIn = TestUsers.sessionCookie(client);
        assertThat(loggedIn).isNotNull().isNotEqualTo(anonymous);
        assertThat(TestUsers.withSession(client.base(), anonymous)
                        .get("/api/auth/me")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndTwelveHoursInAll() {
        ApiClient idle = TestUsers.login(port, user);
        ApiClient old = TestUsers.login(port, user);
        ApiClient fresh = TestUsers.login(port, user);
        Integer interval = jdbc.sql(
                        "SELECT max_inactive_interval FROM spring_session WHERE principal_name = :p LIMIT 1")
                .param("p", user.id())
                .query(Integer.class)
                .single();
        assertThat(interval).isEqualTo(30 * 60);
        long minute = 60_000;
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - :d, expiry_time = expiry_time - :d"
                        + " WHERE session_id = :s")
                .param("d", 31 * minute)
                .param("s", sessionId(idle))
                .update();
        // Active all along, but created thirteen hours ago.
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - :d WHERE session_id = :s")
                .param("d", 13 * 60 * minute)
                .param("s", sessionId(old))
                .update();
        assertThat(idle.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(old.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(fresh.get("/api/auth/me").status()).isEqualTo(200);
    }

    private static String sessionId(ApiClient client) {
        return new String(
                java.util.Base64.getDecoder().decode(TestUsers.sessionCookie(client)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordFollowsThePolicyAndEndsOtherSessions() {
        ApiClient current = TestUsers.login(port, user);
        ApiClient other = TestUsers.login(port, user);

        Response wrongCurrent = current.post(
                "/api/auth/password",
                Map.of("currentPassword", "not-my-passphrase", "newPassword", "a-fresh-passphrase-2026"));
        assertFieldError(wrongCurrent, "currentPassword");
        assertFieldError(
                current.post("/api/auth/password", Map.of("currentPassword", user.password(), "newPassword", "short")),
                "newPassword");
        assertFieldError(
                current.post(
                        "/api/auth/password",
                        Map.of("currentPassword", user.password(), "newPassword", "x".repeat(129) + "Ab1")),
                "newPassword");
        assertFieldError(
                current.post(
                        "/api/auth/password",
                        Map.of("currentPassword", user.password(), "newPassword", "password1234")),
                "newPassword");
        assertThat(other.get("/api/auth/me").status()).isEqualTo(200);

        Response changed = current.post(
                "/api/auth/password",
                Map.of("currentPassword", user.password(), "newPassword", "a-fresh-passphrase-2026"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(current.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(other.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(401);
        assertThat(new ApiClient(port)
                        .login(user.email(), "a-fresh-passphrase-2026")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void passwordResetIsTheSameForEveryEmailSendsALinkIsSingleUseAndEndsSessions() throws Exception {
        ApiClient session = TestUsers.login(port, user);

        String ghost = "ghost-" + UUID.randomUUID() + "@example.test";
        Response unknown = new ApiClient(port).post("/api/auth/password-reset/request", Map.of("email", ghost));
        Response known = new ApiClient(port).post("/api/auth/password-reset/request", Map.of("email", user.email()));
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());

        String token = tokenFromMail(user.email(), RESET);
        assertThat(messagesTo(user.email(), RESET)).isEqualTo(1);
        assertThat(messagesTo(ghost, "")).isZero();

        Response weak = new ApiClient(port)
                .post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short"));
        assertFieldError(weak, "newPassword");

        Response confirmed = new ApiClient(port)
                .post(
                        "/api/auth/password-reset/confirm",
                        Map.of("token", token, "newPassword", "reset-passphrase-2026"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port)
                        .login(user.email(), "reset-passphrase-2026")
                        .status())
                .isEqualTo(200);

        Response again = new ApiClient(port)
                .post(
                        "/api/auth/password-reset/confirm",
                        Map.of("token", token, "newPassword", "second-passphrase-2026"));
        assertFieldError(again, "token");
        assertThat(new ApiClient(port)
                        .login(user.email(), "second-passphrase-2026")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anExpiredResetTokenIsRefused() throws Exception {
        new ApiClient(port).post("/api/auth/password-reset/request", Map.of("email", user.email()));
        String token = tokenFromMail(user.email(), RESET);
        jdbc.sql("UPDATE password_tokens SET expires_at = now() - interval '1 minute'"
                        + " WHERE user_id = :u AND kind = 'reset' AND used_at IS NULL")
                .param("u", UUID.fromString(user.id()))
                .update();
        Response expired = new ApiClient(port)
                .post(
                        "/api/auth/password-reset/confirm",
                        Map.of("token", token, "newPassword", "too-late-passphrase-1"));
        assertFieldError(expired, "token");
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(200);
    }

    @Test
    void resetTokensLiveThirtyMinutes() throws Exception {
        new ApiClient(port).post("/api/auth/password-reset/request", Map.of("email", user.email()));
        tokenFromMail(user.email(), RESET);
        Double minutes = jdbc.sql("SELECT extract(epoch FROM expires_at - created_at) / 60 FROM password_tokens"
                        + " WHERE user_id = :u AND kind = 'reset' AND used_at IS NULL")
                .param("u", UUID.fromString(user.id()))
                .query(Double.class)
                .single();
        assertThat(minutes).isBetween(29.9, 30.1);
    }

    @Test
    void anInvitationEmailCarriesASetPasswordLink() throws Exception {
        String email = TestUsers.unique("invited") + "@example.test";
        Response created = superClient.post(
                "/api/admin/users", Map.of("email", email, "role", "WORKSPACE_VIEWER", "workspaceId", workspace));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("token");
        String token = tokenFromMail(email, INVITE);
        assertThat(new ApiClient(port)
                        .post(
                                "/api/auth/password-reset/confirm",
                                Map.of("token", token, "newPassword", "invited-passphrase-1"))
                        .status())
                .isEqualTo(204);
        assertThat(new ApiClient(port).login(email, "invited-passphrase-1").status())
                .isEqualTo(200);
    }

    @Test
    void adminResetSendsALinkAndNeverReturnsIt() throws Exception {
        Response reset = superClient.post("/api/admin/users/" + user.id() + "/reset-password", null);
        assertThat(reset.status()).isEqualTo(202);
        assertThat(reset.body()).isEmpty();
        assertThat(tokenFromMail(user.email(), RESET)).isNotBlank();
    }

    @Test
    void disablingAUserEndsAllTheirSessionsAndBlocksLogin() {
        ApiClient one = TestUsers.login(port, user);
        ApiClient two = TestUsers.login(port, user);
        Response disabled = superClient.post("/api/admin/users/" + user.id() + "/disable", null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(one.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(two.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :p")
                        .param("p", user.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(401);
        assertThat(superClient
                        .post("/api/admin/users/" + user.id() + "/enable", null)
                        .status())
                .isEqualTo(200);
        assertThat(new ApiClient(port).login(user.email(), user.password()).status())
                .isEqualTo(200);
    }

    private static boolean matches(MimeMessage m, String recipient, String subject) throws Exception {
        return m.getSubject().contains(subject)
                && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    }

    private static long messagesTo(String recipient, String subject) throws Exception {
        long n = 0;
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (matches(m, recipient, subject)) {
                n++;
            }
        }
        return n;
    }

    private String tokenFromMail(String recipient, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = mail.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                MimeMessage m = messages[i];
                if (matches(m, recipient, subject)) {
                    String body = m.getContent().toString();
                    Matcher link = LINK.matcher(body);
                    assertThat(link.find()).as(body).isTrue();
                    assertThat(link.group(1)).isEqualTo("http://localhost:8080/admin/set-password?token=");
                    return link.group(2);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email for " + recipient);
    }

    static void assertFieldError(Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(r.body()).isNotNull();
        boolean found = false;
        for (JsonNode e : errors) {
            if (field.equals(e.get("field").asString())) {
                assertThat(e.get("message").asString()).isNotBlank();
                found = true;
            }
        }
        assertThat(found).as(r.body()).isTrue();
    }
}
