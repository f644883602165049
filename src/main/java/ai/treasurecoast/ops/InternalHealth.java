package ai.treasurecoast.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The internal health report for super admins: database, every {@link InternalHealthSource}, the
 * latest tracked errors (already redacted) and the version. Served as JSON at
 * {@code /api/health/internal} and as the console's system page.
 */
@Service
public class InternalHealth {

    private final JdbcClient jdbc;
    private final ErrorTracker errors;
    private final List<InternalHealthSource> sources;

    InternalHealth(JdbcClient jdbc, ErrorTracker errors, List<InternalHealthSource> sources) {
        this.jdbc = jdbc;
        this.errors = errors;
        this.sources = sources;
    }

    public boolean databaseUp() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The report in the contract's shape: status, database, one entry per source, lastErrors, version. */
    public Map<String, Object> report() {
        boolean db = databaseUp();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", db ? "ok" : "down");
        body.put("database", db ? "up" : "down");
        for (InternalHealthSource source : sources) {
            try {
                body.put(source.name(), source.report());
            } catch (RuntimeException e) {
                body.put(source.name(), Map.of("status", "unknown"));
            }
        }
        body.putIfAbsent("notifications", Map.of("status", "unknown"));
        body.put(
                "lastErrors",
                db
                        ? errors.recent().stream()
                                .map(e -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("category", e.category());
                                    m.put("lastAt", e.lastAt().toString());
                                    m.put("count", e.count());
                                    m.put("message", e.message());
                                    return m;
                                })
                                .toList()
                        : List.of());
        body.put("version", version());
        return body;
    }

    private static String version() {
        String v = InternalHealth.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
