package ai.treasurecoast.assistant;

import ai.treasurecoast.knowledge.Hours;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** A small dental practice's knowledge, and a law firm's, for pipeline tests. */
final class AssistantFixtures {

    static final String INSURANCE_ANSWER =
            "We accept most PPO dental insurance plans, including Delta Dental and Cigna.";

    private AssistantFixtures() {}

    static WorkspaceId workspace(Workspaces workspaces, String industry) {
        String clientId = "as-" + industry.replace('_', '-') + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000);
        return workspaces
                .create(new NewWorkspace("Test " + industry, clientId, industry, "America/New_York"), false)
                .id();
    }

    static KnowledgeContent dental() {
        return new KnowledgeContent(
                List.of(
                        new FaqInput("Do you accept insurance?", INSURANCE_ANSWER),
                        new FaqInput("Where do I park?", "Free parking is available behind the building."),
                        new FaqInput(
                                "Do you do root canals?",
                                "Yes, our dentists perform root canal treatment in the office."),
                        new FaqInput(
                                "What payment methods do you accept?",
                                "We accept cash, checks and all major credit cards at the front desk.")),
                List.of(new ArticleInput(
                        "Preparing for your first visit",
                        "Bring your insurance card and a photo ID.\n\nArrive 15 minutes early to fill in forms.")),
                List.of(new ServiceInput("Teeth whitening", "In-office whitening in a single visit.", "$299", 90)),
                new Hours(
                        "America/New_York",
                        List.of(new Hours.Day("MONDAY", "09:00", "17:00"), new Hours.Day("TUESDAY", "09:00", "17:00")),
                        List.of()));
    }

    static KnowledgeContent legal() {
        return new KnowledgeContent(
                List.of(new FaqInput(
                        "Do you offer free consultations?", "Yes, the first 30-minute consultation is free.")),
                List.of(),
                List.of(new ServiceInput("Estate planning", "Wills and trusts.", null, null)),
                null);
    }
}
