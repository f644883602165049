package ai.treasurecoast.notifications;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-wide notification settings: the SMS provider ({@code app.sms.*}), the sender address
 * ({@code app.mail.from}) and the dispatcher's timing ({@code app.notifications.*}). SMTP itself is
 * {@code spring.mail.*}.
 */
@ConfigurationProperties("app")
record NotificationSettings(
        @DefaultValue Sms sms,
        @DefaultValue Mail mail,
        @DefaultValue Dispatch notifications) {

    record Sms(
            String provider,
            @DefaultValue("https://api.twilio.com") String baseUrl,
            String accountSid,
            String authToken,
            String from,
            @DefaultValue("3s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout) {

        boolean configured() {
            return "twilio".equalsIgnoreCase(provider)
                    && notBlank(accountSid)
                    && notBlank(authToken)
                    && notBlank(from)
                    && notBlank(baseUrl);
        }
    }

    record Mail(String from) {

        String fromOrDefault() {
            return notBlank(from) ? from : "no-reply@treasurecoast.ai";
        }
    }

    /**
     * Dispatcher timing. Backoff is exponential with full jitter: a random delay between zero and
     * {@code min(backoffCap, backoffBase * 2^(attempt-1))}. With the defaults, 8 attempts span hours to about a day.
     */
    record Dispatch(
            @DefaultValue("true") boolean dispatcherEnabled,
            @DefaultValue("1500ms") Duration pollInterval,
            @DefaultValue("5") int batchSize,
            @DefaultValue("4") int concurrency,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("10m") Duration backoffBase,
            @DefaultValue("8h") Duration backoffCap,
            @DefaultValue("true") boolean digestEnabled,
            @DefaultValue("0 0 13 * * *") String digestCron,
            @DefaultValue("7d") Duration undeliveredWindow,
            @DefaultValue Breaker breaker) {}

    /** Per provider: the share of failed calls that opens the circuit, and how long it stays open. */
    record Breaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration waitInOpenState) {}

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
