package ai.treasurecoast.demo;

import ai.treasurecoast.ops.ErrorTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Seeds missing demo workspaces once the application is up, when {@code DEMO_SEED} says so. */
@Component
class DemoStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoSettings settings;
    private final String appEnv;
    private final DemoData demo;
    private final ErrorTracker errors;

    DemoStartup(
            DemoSettings settings, @Value("${app.env:development}") String appEnv, DemoData demo, ErrorTracker errors) {
        this.settings = settings;
        this.appEnv = appEnv;
        this.demo = demo;
        this.errors = errors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!settings.seedAtStartup(appEnv)) {
            return;
        }
        try {
            DemoData.Outcome outcome = demo.seedMissing();
            log.info(
                    "Demo workspaces: {} seeded, {} already present, {} skipped",
                    outcome.seeded().size(),
                    outcome.existing().size(),
                    outcome.skipped().size());
        } catch (RuntimeException e) {
            // A broken demo must not keep the product from starting.
            errors.record("demo.seed", e);
            log.error("Demo seeding failed", e);
        }
    }
}
