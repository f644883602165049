package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.ops.ErrorTracker;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.Workspaces;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The openai provider against an HTTP stub of an OpenAI-compatible server (no mock objects). */
@IntegrationTest
class AssistantOpenAiTest {

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Workspaces workspaces;

    @Autowired
    ErrorTracker errors;

    @Autowired
    JsonMapper json;

    MockWebServer server;
    Assistant assistant;
    WorkspaceId dental;
    String insuranceFaqId;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        var settings = new AssistantSettings(
                "openai", server.url("/v1").toString(), "test-key", "test-model", Duration.ofMillis(700));
        assistant =
                new Assistant(workspaces, knowledge, errors, new OpenAiResponder(settings, json), Clock.systemUTC());
        dental = AssistantFixtures.workspace(workspaces, "dental");
        knowledge.replaceAll(dental, AssistantFixtures.dental());
        insuranceFaqId = knowledge.faqs(dental, PageRequest.of(0, 50)).items().stream()
                .filter(f -> f.question().startsWith("Do you accept insurance"))
                .findFirst()
                .orElseThrow()
                .id()
                .toString();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void aGoodStructuredAnswerIsUsedWithItsCitations() throws Exception {
        enqueue(Map.of(
                "grounded",
                true,
                "answer",
                "Yes. We take most PPO plans, Delta Dental and Cigna included.",
                "citations",
                List.of(insuranceFaqId)));
        Reply reply = ask("Do you take Delta Dental insurance?");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).isEqualTo("Yes. We take most PPO plans, Delta Dental and Cigna included.");
        assertThat(reply.sources()).extracting(Reply.Source::id).containsExactly(insuranceFaqId);
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer test-key");
        String body = request.getBody().utf8();
        assertThat(body)
                .contains(insuranceFaqId)
                .contains("test-model")
                .contains("json_object")
                .contains("Delta Dental insurance");
    }

    @Test
    void aPriceTheKnowledgeDoesNotStateGetsTheSameFallbackAndNeverReachesTheModel() throws Exception {
        Reply reply = ask("How much does a root canal cost?");
        assertThat(reply.kind()).isEqualTo("fallback");
        assertThat(reply.text()).contains("I don't have a price for that").contains("root canal");
        assertThat(reply.actions()).contains(Map.of("type", "lead_form"));
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void citingAnIdThatWasNotRetrievedFallsBackToBuiltin() {
        long before = llmErrors();
        enqueue(Map.of(
                "grounded",
                true,
                "answer",
                "We accept every plan.",
                "citations",
                List.of(UUID.randomUUID().toString())));
        assertBuiltinAnswer(ask("Do you take Delta Dental insurance?"));
        assertThat(llmErrors()).isGreaterThan(before);
    }

    @Test
    void garbageFallsBackToBuiltin() {
        long before = llmErrors();
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body("{\"choices\":[{\"message\":{\"content\":\"Sure! <b>We accept everything</b>\"}}]}")
                .build());
        assertBuiltinAnswer(ask("Do you take Delta Dental insurance?"));
        server.enqueue(
                new MockResponse.Builder().code(500).body("upstream exploded").build());
        assertBuiltinAnswer(ask("Do you take Delta Dental insurance?"));
        assertThat(llmErrors()).isGreaterThanOrEqualTo(before + 2);
    }

    @Test
    void aTimeoutFallsBackToBuiltin() {
        long before = llmErrors();
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{}")
                .build());
        assertBuiltinAnswer(ask("Do you take Delta Dental insurance?"));
        assertThat(llmErrors()).isGreaterThan(before);
    }

    @Test
    void inventedPricesAreRejected() {
        enqueue(Map.of(
                "grounded", true, "answer", "Whitening is $99 this week only.", "citations", List.of(insuranceFaqId)));
        Reply reply = ask("Do you take Delta Dental insurance?");
        assertThat(reply.text()).doesNotContain("$99").isEqualTo(AssistantFixtures.INSURANCE_ANSWER);
    }

    @Test
    void theModelSayingNotGroundedLeadsToAClarifyingQuestion() {
        enqueue(Map.of("grounded", false, "answer", "", "citations", List.of()));
        assertThat(ask("Do you take Delta Dental insurance?").kind()).isEqualTo("clarify");
    }

    @Test
    void theModelIsNotCalledForCrisisPaymentsOrUngroundedQuestions() {
        assertThat(ask("I want to end my life").kind()).isEqualTo("crisis");
        assertThat(ask("I want to pay my bill now").kind()).isEqualTo("refusal");
        assertThat(ask("Do you do tattoo removal?").kind()).isEqualTo("clarify");
        assertThat(server.getRequestCount()).isZero();
    }

    private void assertBuiltinAnswer(Reply reply) {
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).isEqualTo(AssistantFixtures.INSURANCE_ANSWER);
        assertThat(reply.sources()).extracting(Reply.Source::id).containsExactly(insuranceFaqId);
    }

    private void enqueue(Map<String, Object> content) {
        String body = json.writeValueAsString(Map.of(
                "choices",
                List.of(Map.of("message", Map.of("role", "assistant", "content", json.writeValueAsString(content))))));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build());
    }

    private long llmErrors() {
        return errors.recent().stream()
                .filter(e -> "llm".equals(e.category()))
                .mapToLong(ErrorTracker.TrackedError::count)
                .sum();
    }

    private Reply ask(String message) {
        return assistant.answer(new AnswerRequest(dental, "web", message, List.of()));
    }
}
