package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class KnowledgeIndexConcurrencyTest {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeRepository repository;

    @Autowired
    Workspaces workspaces;

    @Test
    void leastRecentlyUsedWorkspacesAreEvicted() {
        KnowledgeIndex index = new KnowledgeIndex(repository, w -> null, 2);
        WorkspaceId a = workspace();
        WorkspaceId b = workspace();
        WorkspaceId c = workspace();
        knowledge.createFaq(a, new FaqInput("Do you valet park?", "Yes, valet parking is free."));
        index.search(a, "valet", 1);
        index.search(b, "valet", 1);
        index.search(a, "valet", 1);
        index.search(c, "valet", 1);
        assertThat(index.cachedWorkspaces()).isEqualTo(2);
        // a was used more recently than b, so b went; a is still served from its snapshot.
        IndexSnapshot before = index.snapshot(a);
        assertThat(index.snapshot(a)).isSameAs(before);
        assertThat(index.search(a, "valet parking", 1).get(0).text()).contains("valet");
    }

    @Test
    void concurrentSearchesSeeAConsistentSnapshotWhileKnowledgeChanges() throws Exception {
        KnowledgeIndex index = new KnowledgeIndex(repository, w -> null, 10);
        WorkspaceId ws = workspace();
        var faq =
                knowledge.createFaq(ws, new FaqInput("What is the wifi password?", "The wifi password is version-0."));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        List<Future<?>> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 6; t++) {
            readers.add(pool.submit(() -> {
                while (!done.get()) {
                    List<KnowledgeHit> hits = index.search(ws, "wifi password", 1);
                    assertThat(hits).hasSize(1);
                    seen.add(hits.get(0).text());
                }
                return null;
            }));
        }
        for (int v = 1; v <= 10; v++) {
            knowledge.updateFaq(ws, faq.id(), new FaqInput(null, "The wifi password is version-" + v + "."));
            Thread.sleep(20);
        }
        done.set(true);
        for (Future<?> f : readers) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(seen).allMatch(t -> t.matches("The wifi password is version-\\d+\\."));
        // After the last change, every node (here: a fresh index too) answers with the latest version.
        assertThat(index.search(ws, "wifi password", 1).get(0).text()).isEqualTo("The wifi password is version-10.");
        assertThat(new KnowledgeIndex(repository, w -> null, 10)
                        .search(ws, "wifi password", 1)
                        .get(0)
                        .text())
                .isEqualTo("The wifi password is version-10.");
    }

    private WorkspaceId workspace() {
        String clientId = "ix-" + ThreadLocalRandom.current().nextInt(10_000_000);
        return workspaces
                .create(new NewWorkspace("Index " + clientId, clientId, "general", "UTC"), false)
                .id();
    }
}
