package ai.treasurecoast.widget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Widget API limits. Each is a token bucket holding a minute's worth of requests and refilling
 * continuously: per client IP for chat and submissions, per bot, per workspace, and per IP for
 * config loads. Env: APP_WIDGET_IP_PER_MINUTE and so on.
 */
@ConfigurationProperties("app.widget")
record WidgetSettings(
        @DefaultValue("true") boolean rateLimitsEnabled,
        @DefaultValue("60") int ipPerMinute,
        @DefaultValue("600") int botPerMinute,
        @DefaultValue("1200") int workspacePerMinute,
        @DefaultValue("600") int configPerMinute) {}
