package ai.treasurecoast.ops;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One data source for the whole product: the external database when configured, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(
            DatabaseSettings settings,
            @Value("${app.env:development}") String env,
            @Value("${app.base-url:}") String baseUrl) {
        ProductionGuard.check(env, settings.url(), baseUrl);
        return new EmbeddedDatabaseHolder(
                settings.embedded() ? EmbeddedDatabase.start(Path.of(settings.dataDir()), settings.durable()) : null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername("postgres");
        } else {
            DatabaseUrl url = DatabaseUrl.parse(settings.url());
            config.setJdbcUrl(url.jdbcUrl());
            if (url.username() != null) {
                config.setUsername(url.username());
            }
            if (url.password() != null) {
                config.setPassword(url.password());
            }
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("treasure-coast");
        config.setConnectionTimeout(5_000);
        return new HikariDataSource(config);
    }

    /** Closes after the pool, because the pool depends on it. */
    record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }

        /** The JDBC URL of the embedded server, or null when an external database is used. */
        String jdbcUrl() {
            return database == null ? null : database.jdbcUrl();
        }
    }
}
