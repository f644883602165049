package ai.treasurecoast.widget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL, so a limit holds however many nodes serve the widget. One
 * statement refills and takes a token from every bucket of a request; rows are touched in key
 * order so concurrent requests never deadlock.
 */
@Component
class RateLimiter {

    private final JdbcClient jdbc;

    RateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One bucket: {@code capacity} tokens, refilled at {@code perSecond}. */
    record Limit(String key, double capacity, double perSecond) {}

    /** Allowed, or refused with the seconds until a token is back. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    Decision take(List<Limit> limits) {
        List<Limit> sorted = new ArrayList<>(limits);
        sorted.sort(Comparator.comparing(Limit::key));
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(:k")
                    .append(i)
                    .append(", CAST(:c")
                    .append(i)
                    .append(" AS double precision), CAST(:r")
                    .append(i)
                    .append(" AS double precision))");
        }
        String refilled =
                "LEAST(EXCLUDED.capacity, b.tokens + EXTRACT(EPOCH FROM (now() - b.refilled_at)) * EXCLUDED.per_second)";
        var statement = jdbc.sql("""
                INSERT INTO rate_limit_buckets AS b (key, capacity, per_second, tokens, granted, refilled_at)
                SELECT t.k, t.c, t.r, t.c - 1, true, now() FROM (VALUES %s) AS t(k, c, r) ORDER BY t.k
                ON CONFLICT (key) DO UPDATE SET
                    capacity = EXCLUDED.capacity,
                    per_second = EXCLUDED.per_second,
                    tokens = CASE WHEN %2$s >= 1 THEN %2$s - 1 ELSE %2$s END,
                    granted = %2$s >= 1,
                    refilled_at = now()
                RETURNING granted, tokens, per_second""".formatted(values, refilled));
        for (int i = 0; i < sorted.size(); i++) {
            Limit limit = sorted.get(i);
            statement = statement
                    .param("k" + i, limit.key())
                    .param("c" + i, limit.capacity())
                    .param("r" + i, limit.perSecond());
        }
        long retryAfter = 0;
        boolean allowed = true;
        for (var row : statement
                .query((rs, n) -> new double[] {
                    rs.getBoolean("granted") ? 1 : 0, rs.getDouble("tokens"), rs.getDouble("per_second")
                })
                .list()) {
            if (row[0] == 0) {
                allowed = false;
                retryAfter = Math.max(retryAfter, (long) Math.ceil((1 - row[1]) / Math.max(row[2], 1e-6)));
            }
        }
        return new Decision(allowed, allowed ? 0 : Math.max(1, retryAfter));
    }

    /** Idle buckets are full again, so they can go. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    void prune() {
        jdbc.sql("DELETE FROM rate_limit_buckets WHERE refilled_at < now() - interval '1 hour'")
                .update();
    }
}
