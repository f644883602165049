package ai.treasurecoast.notifications;

import ai.treasurecoast.ops.ErrorTracker;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs on every node. Each poll claims due rows in one short statement ({@code FOR UPDATE SKIP LOCKED},
 * marking them in flight with a lease), sends them outside any transaction, then records each attempt.
 * A node that dies after sending but before recording leaves its rows in flight; when the lease
 * expires another node sends them again: an alert may repeat, it is never lost.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final OutboxRepository rows;
    private final Channels channels;
    private final NotificationSettings.Dispatch settings;
    private final Backoff backoff;
    private final ErrorTracker errors;
    private final String node;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final Object tickLock = new Object();
    private volatile ScheduledExecutorService scheduler;
    private volatile ExecutorService workers;

    Dispatcher(OutboxRepository rows, Channels channels, NotificationSettings settings, ErrorTracker errors) {
        this.rows = rows;
        this.channels = channels;
        this.settings = settings.notifications();
        this.backoff =
                new Backoff(this.settings.backoffBase(), this.settings.backoffCap(), this.settings.maxAttempts());
        this.errors = errors;
        this.node = nodeName();
    }

    String node() {
        return node;
    }

    /** Stops claiming new rows on this node (tests use it to leave rows for another node). */
    void pause() {
        paused.set(true);
        synchronized (tickLock) {
            // waits for a running poll to finish
        }
    }

    void resume() {
        paused.set(false);
    }

    /**
     * One poll: {@code concurrency} workers each claim a few rows, send them and record the results, until
     * nothing is due. Claiming per worker keeps the time between claim and send short, well inside the lease.
     * Returns how many attempts were made.
     */
    int poll() {
        synchronized (tickLock) {
            if (paused.get()) {
                return 0;
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < Math.max(1, settings.concurrency()); i++) {
                futures.add(workers.submit(this::work));
            }
            int total = 0;
            for (Future<Integer> f : futures) {
                try {
                    total += f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception e) {
                    log.warn("Notification worker failed: {}", e.getClass().getSimpleName());
                }
            }
            return total;
        }
    }

    private int work() {
        int done = 0;
        while (!paused.get()) {
            long claimedAt = System.nanoTime();
            List<OutboxRepository.Claimed> claimed = rows.claim(node, settings.batchSize(), settings.lease());
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxRepository.Claimed c : claimed) {
                if (paused.get()
                        || System.nanoTime() - claimedAt > settings.lease().toNanos() / 2) {
                    // too close to the lease's end: another node may take it over, so hand it back unsent
                    rows.release(c, node);
                } else {
                    attempt(c);
                    done++;
                }
            }
        }
        return done;
    }

    void attempt(OutboxRepository.Claimed c) {
        long start = System.nanoTime();
        Delivery d;
        try {
            d = channels.send(c.message());
        } catch (RuntimeException e) {
            d = Delivery.retry("internal", null, "Sending failed unexpectedly; it will be retried");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        Instant next = d.outcome() == Delivery.Outcome.TRANSIENT
                ? backoff.next(c.attempt(), c.maxAttempts(), Instant.now())
                : null;
        rows.record(c, d, ms, node, next);
        if (!d.ok()) {
            boolean dead = next == null;
            log.info(
                    "Notification {} {} attempt {} failed ({}){}",
                    c.id(),
                    c.message().channel(),
                    c.attempt(),
                    d.category(),
                    dead ? ", dead-lettered" : "");
            if (dead) {
                errors.record("notification_dead", c.message().channel() + " " + c.kind() + ": " + d.reason());
            }
        }
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), r -> {
            Thread t = new Thread(r, "notify-send");
            t.setDaemon(true);
            return t;
        });
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "notify-dispatch");
            t.setDaemon(true);
            return t;
        });
        if (settings.dispatcherEnabled()) {
            long every = Math.max(10, settings.pollInterval().toMillis());
            scheduler.scheduleWithFixedDelay(this::safePoll, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void safePoll() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Notification dispatch poll failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        paused.set(true);
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        if (workers != null) {
            workers.shutdown();
            workers = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // stops before the web server and data source go away
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
