package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void postgresUrlsBecomeJdbcUrlsWithCredentialsApart() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.example.com:6543/front_desk?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/front_desk?sslmode=require");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.toString()).doesNotContain("s@cret");
    }

    @Test
    void theDefaultPortAndThePostgresqlSchemeAreAccepted() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@db.internal/front_desk");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:5432/front_desk");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isNull();
    }

    @Test
    void jdbcUrlsPassThrough() {
        DatabaseUrl url = DatabaseUrl.parse(" jdbc:postgresql://localhost:5432/x?user=a&password=b ");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/x?user=a&password=b");
        assertThat(url.username()).isNull();
        assertThat(url.toString()).doesNotContain("password=b");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://x/y")).isInstanceOf(IllegalArgumentException.class);
    }
}
