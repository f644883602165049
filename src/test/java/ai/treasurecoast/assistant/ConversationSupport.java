package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A dental workspace to talk to, and the ways the tests put messages to the assistant. */
abstract class ConversationSupport {

    @Autowired
    Assistant assistant;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Workspaces workspaces;

    WorkspaceId dental;

    @BeforeEach
    void setUp() {
        dental = AssistantFixtures.workspace(workspaces, "dental");
        knowledge.replaceAll(dental, AssistantFixtures.dental());
    }

    static void assertCallback(Reply reply) {
        assertThat(reply.kind()).isEqualTo("fallback");
        assertThat(reply.text()).startsWith("Of course.");
        assertThat(reply.actions()).contains(Map.of("type", "lead_form"));
    }

    Reply followUp(String message, String previousMessage) {
        return after(dental, previousMessage, message);
    }

    /** The message after the bot's reply to the previous one, as the widget sends it. */
    Reply after(WorkspaceId workspace, String previousMessage, String message) {
        Reply previous = ask(workspace, previousMessage);
        return assistant.answer(new AnswerRequest(
                workspace,
                "web",
                message,
                List.of(previous.kind()),
                previousMessage,
                previous.sources().isEmpty() ? null : previous.sources().get(0)));
    }

    WorkspaceId withFaqs(String industry, FaqInput... faqs) {
        return with(industry, new KnowledgeContent(List.of(faqs), List.of(), List.of(), null));
    }

    WorkspaceId with(String industry, KnowledgeContent content) {
        WorkspaceId id = AssistantFixtures.workspace(workspaces, industry);
        knowledge.replaceAll(id, content);
        return id;
    }

    Reply ask(WorkspaceId workspace, String message) {
        return assistant.answer(new AnswerRequest(workspace, "web", message, List.of()));
    }
}
