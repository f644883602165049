package ai.treasurecoast.knowledge;

import ai.treasurecoast.workspace.WorkspaceIndustryChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search's learned synonyms are the industry's ({@link LearnedSynonyms}). A new industry bumps
 * the knowledge version in the same transaction, so every node's next search rebuilds its index,
 * exactly as after a change of the knowledge itself.
 */
@Component
class IndustryListener {

    private final KnowledgeRepository repository;

    IndustryListener(KnowledgeRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void on(WorkspaceIndustryChanged event) {
        repository.bump(event.workspaceId());
    }
}
