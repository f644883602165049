package ai.treasurecoast.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Identity settings: the first super admin, session lifetimes and login throttling. */
@ConfigurationProperties("app.identity")
record IdentitySettings(
        String adminEmail,
        String adminPassword,
        @DefaultValue("30m") Duration idleTimeout,
        @DefaultValue("12h") Duration absoluteTimeout,
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerIp,
        @DefaultValue("15m") Duration throttleWindow,
        @DefaultValue("30m") Duration resetTokenLifetime,
        @DefaultValue("7d") Duration inviteTokenLifetime) {}
