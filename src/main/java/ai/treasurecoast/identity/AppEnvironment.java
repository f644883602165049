package ai.treasurecoast.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Development or production, and the public base URL used in links; never taken from request headers. */
@Component
class AppEnvironment {

    private final boolean production;
    private final String baseUrl;

    AppEnvironment(@Value("${app.env:development}") String env, @Value("${app.base-url}") String baseUrl) {
        this.production = "production".equalsIgnoreCase(env.trim());
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean production() {
        return production;
    }

    String baseUrl() {
        return baseUrl;
    }
}
