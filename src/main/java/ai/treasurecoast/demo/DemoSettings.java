package ai.treasurecoast.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.demo.*}. {@code seed} is {@code DEMO_SEED}: "true" or "false", or empty for the
 * environment's default (on in development, off in production).
 */
@ConfigurationProperties("app.demo")
record DemoSettings(boolean safeMode, String seed) {

    boolean seedAtStartup(String appEnv) {
        if (seed == null || seed.isBlank()) {
            return !"production".equalsIgnoreCase(appEnv == null ? "" : appEnv.trim());
        }
        return Boolean.parseBoolean(seed.trim());
    }
}
