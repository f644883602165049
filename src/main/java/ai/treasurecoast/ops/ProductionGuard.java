package ai.treasurecoast.ops;

import ai.treasurecoast.shared.HttpsUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Production refuses to start half-configured: the embedded database and plain-http links are
 * for development only, and silently falling back to them would lose data or leak cookies.
 */
final class ProductionGuard {

    private ProductionGuard() {}

    static void check(String env, String databaseUrl, String baseUrl) {
        if (env == null || !"production".equals(env.trim().toLowerCase(Locale.ROOT))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (databaseUrl == null || databaseUrl.isBlank()) {
            problems.add("DATABASE_URL must be set (the embedded database is for development only)");
        }
        if (baseUrl == null || !HttpsUrl.isValid(baseUrl.trim())) {
            problems.add("APP_BASE_URL must be the public https:// address of the console");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "APP_ENV=production refuses to start: " + String.join("; ", problems) + ".");
        }
    }
}
