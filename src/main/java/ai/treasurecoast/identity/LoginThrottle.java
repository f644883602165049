package ai.treasurecoast.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sliding-window throttling of failed logins per account and per client IP, kept in the database
 * so it holds across nodes. Nothing is locked for good: the window simply passes.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final IdentitySettings settings;

    LoginThrottle(JdbcClient jdbc, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Seconds to wait when throttled, else empty. */
    OptionalLong retryAfter(String email, String ip) {
        long account = retryAfter(accountKey(email), settings.maxFailuresPerAccount());
        long address = retryAfter(ipKey(ip), settings.maxFailuresPerIp());
        long wait = Math.max(account, address);
        return wait > 0 ? OptionalLong.of(wait) : OptionalLong.empty();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String email, String ip) {
        jdbc.sql("INSERT INTO login_attempts (key) VALUES (:k), (:i)")
                .param("k", accountKey(email))
                .param("i", ipKey(ip))
                .update();
    }

    void succeeded(String email) {
        jdbc.sql("DELETE FROM login_attempts WHERE key = :k")
                .param("k", accountKey(email))
                .update();
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    void forgetOld() {
        jdbc.sql("DELETE FROM login_attempts WHERE attempted_at < :t")
                .param("t", Timestamp.from(Instant.now().minus(settings.throttleWindow())))
                .update();
    }

    private long retryAfter(String key, int max) {
        Instant since = Instant.now().minus(settings.throttleWindow());
        var rows = jdbc.sql("""
                SELECT count(*) AS n, min(attempted_at) AS oldest FROM (
                    SELECT attempted_at FROM login_attempts WHERE key = :k AND attempted_at > :since
                    ORDER BY attempted_at DESC LIMIT :max) recent
                """)
                .param("k", key)
                .param("since", Timestamp.from(since))
                .param("max", max)
                .query((rs, i) -> new long[] {
                    rs.getLong("n"),
                    rs.getTimestamp("oldest") == null
                            ? 0
                            : rs.getTimestamp("oldest").toInstant().toEpochMilli()
                })
                .single();
        if (rows[0] < max) {
            return 0;
        }
        long freeAt = rows[1] + settings.throttleWindow().toMillis();
        return Math.max(1, (freeAt - System.currentTimeMillis() + 999) / 1000);
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    private static String ipKey(String ip) {
        return "ip:" + ip;
    }
}
