package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.treasurecoast.TreasureCoastApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** APP_ENV=production refuses to start on the embedded database or with a plain-http base URL. */
class ProductionGuardTest {

    @Test
    void productionNeedsADatabaseUrlAndAnHttpsBaseUrl() {
        assertThatThrownBy(() -> ProductionGuard.check("production", null, "https://desk.example.com"))
                .hasMessageContaining("DATABASE_URL");
        assertThatThrownBy(() -> ProductionGuard.check("Production", " ", "https://desk.example.com"))
                .hasMessageContaining("DATABASE_URL");
        assertThatThrownBy(() -> ProductionGuard.check("production", "postgres://a@db/x", "http://desk.example.com"))
                .hasMessageContaining("APP_BASE_URL")
                .hasMessageNotContaining("DATABASE_URL");
        assertThatThrownBy(() -> ProductionGuard.check("production", "postgres://a@db/x", null))
                .hasMessageContaining("APP_BASE_URL");
        assertThatCode(() -> ProductionGuard.check("production", "postgres://a@db/x", "https://desk.example.com"))
                .doesNotThrowAnyException();
    }

    @Test
    void developmentAcceptsTheEmbeddedDatabase() {
        assertThatCode(() -> ProductionGuard.check("development", null, "http://localhost:8080"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ProductionGuard.check(null, null, null)).doesNotThrowAnyException();
    }

    @Test
    void theApplicationRefusesToStartInProductionWithoutDatabaseUrl() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TreasureCoastApplication.class)
                        .run(
                                "--server.port=0",
                                "--app.env=production",
                                "--app.database.url=",
                                "--app.base-url=https://desk.example.com",
                                "--app.database.data-dir=target/test-data/never-created",
                                "--logging.level.root=OFF")
                        .close())
                .satisfies(e -> {
                    Throwable root = e;
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    assertThat(root).hasMessageContaining("DATABASE_URL");
                });
        assertThat(new java.io.File("target/test-data/never-created/postgres")).doesNotExist();
    }
}
