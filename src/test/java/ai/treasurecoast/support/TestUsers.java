package ai.treasurecoast.support;

import java.net.HttpCookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Creates workspaces and users the way the product does (through the admin API), and gives users a
 * password through the real set-password endpoint. The one shortcut: instead of reading the
 * invitation email, the helper stores a token of its own (hashed, as the product stores them).
 */
public final class TestUsers {

    public static final String SESSION_COOKIE = "TCAI_SESSION";

    private TestUsers() {}

    /** A user created for a test: id, email and the password it logs in with. */
    public record TestUser(String id, String email, String role, String workspaceId, String password) {}

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static ApiClient superClient(int port) {
        return new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
    }

    /** Creates a workspace through the API and returns its id. */
    public static String workspace(ApiClient superClient, String prefix) {
        String clientId = unique(prefix);
        var r = superClient.post(
                "/api/admin/workspaces",
                Map.of("name", "Test " + clientId, "clientId", clientId, "industry", "dental", "timezone", "UTC"));
        if (r.status() != 201) {
            throw new AssertionError("workspace not created: " + r);
        }
        return r.json().get("id").asString();
    }

    /** Creates a bot in the workspace and returns its botId. */
    public static String bot(ApiClient client, String workspaceId) {
        String botId = unique("bot");
        var r = client.post(
                "/api/admin/workspaces/" + workspaceId + "/bots", Map.of("botId", botId, "name", "Front desk"));
        if (r.status() != 201) {
            throw new AssertionError("bot not created: " + r);
        }
        return botId;
    }

    /** Invites a user through the API, then sets their password through the confirm endpoint. */
    public static TestUser user(ApiClient creator, JdbcClient jdbc, String role, String workspaceId) {
        String email = unique("user") + "@example.test";
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("email", email);
        body.put("role", role);
        body.put("workspaceId", workspaceId);
        var r = creator.post("/api/admin/users", body);
        if (r.status() != 201) {
            throw new AssertionError("user not created: " + r);
        }
        String id = r.json().get("id").asString();
        setPassword(creator.base(), jdbc, id, TestAccounts.USER_PASSWORD);
        return new TestUser(id, email, role, workspaceId, TestAccounts.USER_PASSWORD);
    }

    /** Issues a one-time token for the user (stored hashed) and uses it to set the password. */
    public static void setPassword(String base, JdbcClient jdbc, String userId, String password) {
        String token = issueToken(jdbc, userId, "reset");
        var confirm = new ApiClient(base)
                .post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", password));
        if (confirm.status() != 204) {
            throw new AssertionError("password not set: " + confirm);
        }
    }

    public static String issueToken(JdbcClient jdbc, String userId, String kind) {
        String token = UUID.randomUUID() + "-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO password_tokens (token_hash, user_id, kind, expires_at)"
                        + " VALUES (:h, :u, :k, now() + interval '1 hour')")
                .param("h", sha256(token))
                .param("u", UUID.fromString(userId))
                .param("k", kind)
                .update();
        return token;
    }

    public static ApiClient login(int port, TestUser user) {
        return new ApiClient(port).loginOrFail(user.email(), user.password());
    }

    /** The session cookie's current value, or null. */
    public static String sessionCookie(ApiClient client) {
        List<HttpCookie> cookies = client.cookies().getCookieStore().getCookies();
        return cookies.stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** A fresh client that carries the given session cookie, as a stolen or copied cookie would be. */
    public static ApiClient withSession(String base, String cookieValue) {
        ApiClient client = new ApiClient(base);
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, cookieValue);
        cookie.setPath("/");
        cookie.setVersion(0);
        client.cookies().getCookieStore().add(URI.create(base), cookie);
        return client;
    }

    public static long auditCount(JdbcClient jdbc, String action, String actorUserId) {
        return jdbc.sql("SELECT count(*) FROM audit_entries WHERE action = :a AND actor_user_id = :u")
                .param("a", action)
                .param("u", UUID.fromString(actorUserId))
                .query(Long.class)
                .single();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
