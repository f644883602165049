package ai.treasurecoast.identity;

import ai.treasurecoast.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Random single-use tokens for password reset and invitations, stored only as SHA-256 hashes. */
@Component
class PasswordTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    PasswordTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a token and returns it in clear; only its hash is kept. Earlier unused tokens of the kind lapse. */
    String issue(UserId user, String kind, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("UPDATE password_tokens SET used_at = now() WHERE user_id = :u AND kind = :k AND used_at IS NULL")
                .param("u", user.value())
                .param("k", kind)
                .update();
        jdbc.sql("INSERT INTO password_tokens (token_hash, user_id, kind, expires_at) VALUES (:h, :u, :k, :e)")
                .param("h", hash(token))
                .param("u", user.value())
                .param("k", kind)
                .param("e", Timestamp.from(Instant.now().plus(lifetime)))
                .update();
        return token;
    }

    /** Uses up a valid token and returns its user; empty when unknown, used or expired. */
    Optional<UserId> consume(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE password_tokens SET used_at = now()
                WHERE token_hash = :h AND used_at IS NULL AND expires_at > now()
                RETURNING user_id
                """)
                .param("h", hash(token))
                .query(UUID.class)
                .optional()
                .map(UserId::of);
    }

    /** Whether a token would be accepted, without using it (for the set-password page). */
    boolean valid(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return false;
        }
        return jdbc.sql(
                                "SELECT count(*) FROM password_tokens WHERE token_hash = :h AND used_at IS NULL AND expires_at > now()")
                        .param("h", hash(token))
                        .query(Long.class)
                        .single()
                > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
