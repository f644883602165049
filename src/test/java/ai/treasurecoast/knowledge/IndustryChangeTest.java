package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceInputs.WorkspacePatch;
import ai.treasurecoast.workspace.Workspaces;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class IndustryChangeTest {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    KnowledgeRepository repository;

    @Autowired
    Workspaces workspaces;

    @Test
    void aNewIndustryRebuildsTheSearchWithItsLearnedSynonyms() {
        String clientId = "ind-" + ThreadLocalRandom.current().nextInt(10_000_000);
        WorkspaceId ws = workspaces
                .create(new NewWorkspace("Smile " + clientId, clientId, "general", "UTC"), false)
                .id();
        knowledge.createFaq(
                ws,
                new FaqInput(
                        "Do you do Invisalign?",
                        "Yes, Dr. Alvarez is a certified Invisalign provider. A free consultation tells you whether"
                                + " clear aligners are a good fit."));
        knowledge.createFaq(ws, new FaqInput("Do you see children?", "Yes. We see children from age 3."));
        String question = "can I get braces at your office?";
        assertThat(knowledge.search(ws, question, 1).get(0).confidence()).isLessThan(KnowledgeBase.ANSWERABLE);

        long version = repository.version(ws);
        workspaces.update(ws, new WorkspacePatch(null, "dental", null, null));
        assertThat(repository.version(ws)).isGreaterThan(version);
        assertThat(knowledge.search(ws, question, 1).get(0).confidence())
                .isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);

        // A change that keeps the industry has nothing to rebuild; the settings form always sends it.
        long now = repository.version(ws);
        workspaces.update(ws, new WorkspacePatch("Smile Dental", null, null, null));
        workspaces.update(ws, new WorkspacePatch("Smile Dental", "dental", null, null));
        assertThat(repository.version(ws)).isEqualTo(now);
    }
}
