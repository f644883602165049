package ai.treasurecoast.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. Without {@code url} an embedded PostgreSQL keeps its files under
 * {@code dataDir}; {@code durable=false} trades crash safety for speed and is meant for tests only.
 */
@ConfigurationProperties("app.database")
record DatabaseSettings(
        String url,
        @DefaultValue("./data") String dataDir,
        @DefaultValue("true") boolean durable,
        @DefaultValue("10") int maxPoolSize) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
