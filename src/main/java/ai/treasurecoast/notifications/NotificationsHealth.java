package ai.treasurecoast.notifications;

import ai.treasurecoast.ops.InternalHealthSource;
import ai.treasurecoast.shared.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The notifications section of {@code /api/health/internal}: counts across workspaces, providers, last failure. */
@Component
class NotificationsHealth implements InternalHealthSource {

    private final NotificationQueries queries;
    private final PreferencesRepository preferences;
    private final Channels channels;
    private final ProviderBreakers breakers;

    NotificationsHealth(
            NotificationQueries queries,
            PreferencesRepository preferences,
            Channels channels,
            ProviderBreakers breakers) {
        this.queries = queries;
        this.preferences = preferences;
        this.channels = channels;
        this.breakers = breakers;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> totals = queries.totals();
        boolean degraded = ((Long) totals.get("failed")) > 0;
        out.putAll(totals);
        out.put("workspacesNotConfigured", preferences.countUnconfigured());
        out.put(
                "email",
                Map.of("configured", channels.emailConfigured(), "circuit", breakers.state(ProviderBreakers.SMTP)));
        out.put("sms", Map.of("configured", channels.smsConfigured(), "circuit", breakers.state(ProviderBreakers.SMS)));
        NotificationQueries.LastAttempt last = queries.lastFailureAnywhere();
        if (last != null) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("at", last.at().toString());
            failure.put("category", last.category());
            failure.put("message", Redaction.text(last.reason()));
            out.put("lastFailure", failure);
        } else {
            out.put("lastFailure", null);
        }
        out.put("status", degraded ? "degraded" : "ok");
        return out;
    }
}
