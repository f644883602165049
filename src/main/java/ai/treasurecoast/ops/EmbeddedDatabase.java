package ai.treasurecoast.ops;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A PostgreSQL server whose files live in the data directory and survive restarts. */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path dataDir, boolean durable) {
        Path pgData = dataDir.resolve("postgres");
        try {
            Files.createDirectories(pgData);
            removeStalePostmaster(pgData);
            String onOff = durable ? "on" : "off";
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("max_connections", "200")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgData.toAbsolutePath());
            return new EmbeddedDatabase(pg);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData.toAbsolutePath(), e);
        }
    }

    /** A process killed hard leaves postmaster.pid behind; if that process is gone, the file is stale. */
    static void removeStalePostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(first);
        } catch (NumberFormatException e) {
            pid = -1;
        }
        boolean alive = pid > 0
                && ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .map(EmbeddedDatabase::mayBePostgres)
                        .orElse(false);
        if (!alive) {
            log.warn("Removing a stale postmaster.pid left by a stopped process");
            Files.delete(pidFile);
        }
    }

    /** After a restart the old pid may belong to another program (common in containers); only a postgres counts. */
    private static boolean mayBePostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
