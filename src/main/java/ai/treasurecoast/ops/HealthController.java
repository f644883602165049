package ai.treasurecoast.ops;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public liveness with nothing to learn from it, and the internal report for super admins. */
@RestController
class HealthController {

    private final InternalHealth health;

    HealthController(InternalHealth health) {
        this.health = health;
    }

    @GetMapping("/api/health")
    ResponseEntity<Map<String, String>> health() {
        return health.databaseUp()
                ? ResponseEntity.ok(Map.of("status", "ok"))
                : ResponseEntity.status(503).body(Map.of("status", "down"));
    }

    /** Access is limited to super admins by the security configuration. */
    @GetMapping("/api/health/internal")
    ResponseEntity<Map<String, Object>> internal() {
        Map<String, Object> body = health.report();
        return ResponseEntity.status("ok".equals(body.get("status")) ? 200 : 503)
                .body(body);
    }
}
