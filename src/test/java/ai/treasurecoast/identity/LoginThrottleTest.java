package ai.treasurecoast.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sliding window itself, with a window short enough to wait out. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAccountIsFreeAgainOnceTheWindowHasPassed() throws Exception {
        LoginThrottle throttle = new LoginThrottle(
                jdbc,
                new IdentitySettings(
                        null,
                        null,
                        Duration.ofMinutes(30),
                        Duration.ofHours(12),
                        5,
                        1000,
                        Duration.ofSeconds(2),
                        Duration.ofMinutes(30),
                        Duration.ofDays(7)));
        String email = TestUsers.unique("throttle") + "@example.test";
        String ip = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 4; i++) {
            throttle.failed(email, ip);
        }
        assertThat(throttle.retryAfter(email, ip)).isEmpty();
        throttle.failed(email, ip);
        assertThat(throttle.retryAfter(email, ip)).isPresent();
        assertThat(throttle.retryAfter(email, ip).getAsLong()).isBetween(1L, 2L);
        assertThat(throttle.retryAfter(email.toUpperCase(java.util.Locale.ROOT), "198.51.100.1"))
                .isPresent();
        assertThat(throttle.retryAfter("someone-else@example.test", "198.51.100.1"))
                .isEmpty();
        Thread.sleep(2_200);
        assertThat(throttle.retryAfter(email, ip)).isEmpty();
    }

    @Test
    void tooManyFailuresFromOneAddressThrottleEveryAccountFromIt() {
        LoginThrottle throttle = new LoginThrottle(
                jdbc,
                new IdentitySettings(
                        null,
                        null,
                        Duration.ofMinutes(30),
                        Duration.ofHours(12),
                        5,
                        3,
                        Duration.ofMinutes(15),
                        Duration.ofMinutes(30),
                        Duration.ofDays(7)));
        String ip = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 3; i++) {
            throttle.failed(TestUsers.unique("spray") + "@example.test", ip);
        }
        assertThat(throttle.retryAfter("fresh@example.test", ip)).isPresent();
        assertThat(throttle.retryAfter("fresh@example.test", "192.0.2.250")).isEmpty();
    }
}
