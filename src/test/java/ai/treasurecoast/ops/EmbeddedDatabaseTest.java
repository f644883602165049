package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aPostmasterPidOfADeadProcessIsRemoved() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Path pid = dir.resolve("postmaster.pid");
        Files.writeString(pid, dead.pid() + "\n" + dir + "\n1700000000\n5432\n");
        EmbeddedDatabase.removeStalePostmaster(dir);
        assertThat(pid).doesNotExist();
    }

    @Test
    void aPidReusedByAnotherProgramIsStaleToo() throws Exception {
        Path pid = dir.resolve("postmaster.pid");
        Files.writeString(pid, ProcessHandle.current().pid() + "\n" + dir + "\n");
        EmbeddedDatabase.removeStalePostmaster(dir);
        assertThat(pid).doesNotExist();
    }

    @Test
    void aRunningPostgresKeepsItsPidFile() throws Exception {
        Path fake = dir.resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), fake);
        fake.toFile().setExecutable(true);
        Process running = new ProcessBuilder(fake.toString(), "30").start();
        try {
            Path pid = dir.resolve("postmaster.pid");
            Files.writeString(pid, running.pid() + "\n" + dir + "\n");
            EmbeddedDatabase.removeStalePostmaster(dir);
            assertThat(pid).exists();
        } finally {
            running.destroy();
            running.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aGarbledPidFileIsRemovedAndAMissingOneIsFine() throws Exception {
        Path pid = dir.resolve("postmaster.pid");
        Files.writeString(pid, "garbage\n");
        EmbeddedDatabase.removeStalePostmaster(dir);
        assertThat(pid).doesNotExist();
        EmbeddedDatabase.removeStalePostmaster(dir);
        assertThat(pid).doesNotExist();
    }
}
