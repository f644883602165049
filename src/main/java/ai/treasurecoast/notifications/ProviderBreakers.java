package ai.treasurecoast.notifications;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per provider. While a provider is down its circuit opens and attempts are
 * recorded as {@code circuit_open} without opening a connection, so a dead provider holds no threads.
 */
@Component
class ProviderBreakers {

    static final String SMTP = "smtp";
    static final String SMS = "sms";

    private final CircuitBreakerRegistry registry;

    ProviderBreakers(NotificationSettings settings) {
        NotificationSettings.Breaker b = settings.notifications().breaker();
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(b.failureRateThreshold())
                .slidingWindowSize(b.slidingWindowSize())
                .minimumNumberOfCalls(b.minimumNumberOfCalls())
                .waitDurationInOpenState(b.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker get(String provider) {
        return registry.circuitBreaker(provider);
    }

    String state(String provider) {
        return get(provider).getState().name().toLowerCase(java.util.Locale.ROOT);
    }

    static Delivery circuitOpen(String what) {
        return Delivery.retry(
                "circuit_open",
                null,
                "The " + what + " failed several times in a row; sending is paused for a moment and will be retried");
    }
}
