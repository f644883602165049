package ai.treasurecoast.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpsUrlTest {

    @Test
    void acceptsAbsoluteHttpsUrlsWithAHost() {
        for (String ok : List.of(
                "https://book.example.com",
                "https://book.example.com/path?x=1#f",
                "HTTPS://Book.Example.com/x",
                "https://book.example.com:8443/x")) {
            assertThat(HttpsUrl.isValid(ok)).as(ok).isTrue();
        }
        assertThat(new HttpsUrl("https://book.example.com").value()).isEqualTo("https://book.example.com");
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : List.of(
                "http://book.example.com",
                "https://",
                "https:///x",
                "//book.example.com",
                "/path",
                "book.example.com",
                "https://user:pw@book.example.com",
                "https://user@book.example.com",
                "javascript:alert(1)",
                "data:text/html,x",
                "https://book.example.com\\@evil.example",
                " https://book.example.com",
                "https://book.example.com/" + "x".repeat(2000),
                "")) {
            assertThat(HttpsUrl.isValid(bad)).as(bad).isFalse();
        }
        assertThat(HttpsUrl.isValid(null)).isFalse();
        assertThatThrownBy(() -> new HttpsUrl("http://x.test")).isInstanceOf(IllegalArgumentException.class);
    }
}
