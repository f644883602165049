package ai.treasurecoast.assistant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code app.llm.*}: which responder writes grounded answers, and how to reach an OpenAI-compatible one. */
@ConfigurationProperties("app.llm")
record AssistantSettings(String provider, String baseUrl, String apiKey, String model, Duration timeout) {

    AssistantSettings {
        provider = provider == null || provider.isBlank()
                ? "builtin"
                : provider.trim().toLowerCase(java.util.Locale.ROOT);
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? Duration.ofSeconds(10) : timeout;
    }

    boolean openAi() {
        return "openai".equals(provider) && baseUrl != null && !baseUrl.isBlank();
    }

    @Override
    public String toString() {
        return "AssistantSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout="
                + timeout + "]";
    }
}
