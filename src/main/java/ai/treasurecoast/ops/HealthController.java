package ai.treasurecoast.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public liveness with nothing to learn from it, and the internal report for super admins. */
@RestController
class HealthController {

    private final JdbcClient jdbc;
    private final ErrorTracker errors;
    private final List<InternalHealthSource> sources;

    HealthController(JdbcClient jdbc, ErrorTracker errors, List<InternalHealthSource> sources) {
        this.jdbc = jdbc;
        this.errors = errors;
        this.sources = sources;
    }

    @GetMapping("/api/health")
    ResponseEntity<Map<String, String>> health() {
        return databaseUp()
                ? ResponseEntity.ok(Map.of("status", "ok"))
                : ResponseEntity.status(503).body(Map.of("status", "down"));
    }

    /** Access is limited to super admins by the security configuration. */
    @GetMapping("/api/health/internal")
    ResponseEntity<Map<String, Object>> internal() {
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
        return ResponseEntity.status(db ? 200 : 503).body(body);
    }

    private boolean databaseUp() {
        try {
            return jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String version() {
        String v = HealthController.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
