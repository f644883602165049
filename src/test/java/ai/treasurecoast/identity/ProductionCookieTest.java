package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer;

/** The session cookie: __Host- prefixed and Secure in production, HttpOnly and SameSite=Lax always. */
class ProductionCookieTest {

    private static String cookieFor(String env, String baseUrl) {
        CookieSerializer serializer = new SecurityConfig().cookieSerializer(new AppEnvironment(env, baseUrl));
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        serializer.writeCookieValue(new CookieSerializer.CookieValue(request, response, "session-id"));
        return response.getHeader("Set-Cookie");
    }

    @Test
    void productionCookiesAreHostPrefixedAndSecure() {
        String cookie = cookieFor("production", "https://desk.example.com");
        assertThat(cookie).startsWith("__Host-TCAI_SESSION=");
        assertThat(cookie)
                .contains("; Secure")
                .contains("; HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/");
        assertThat(cookie).doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void developmentCookiesAreHttpOnlyAndLaxButNotSecure() {
        String cookie = cookieFor("development", "http://localhost:8080");
        assertThat(cookie).startsWith("TCAI_SESSION=");
        assertThat(cookie).contains("; HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }
}
