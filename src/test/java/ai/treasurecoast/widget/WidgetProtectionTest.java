package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.conversations.Conversations;
import ai.treasurecoast.conversations.CrisisFlagged;
import ai.treasurecoast.conversations.Exchange;
import ai.treasurecoast.leads.LeadCaptured;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@IntegrationTest
class WidgetProtectionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RateLimiter limiter;

    @Autowired
    Conversations conversations;

    @Autowired
    ConfigurableApplicationContext context;

    WidgetFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new WidgetFixtures(port);
    }

    @Test
    void allowedOriginsAreEnforcedWithoutCredentials() {
        var site = fixtures.site("general", List.of("https://www.client.example"));
        var allowed = new ApiClient(port)
                .header("Origin", "https://www.client.example")
                .get("/api/widget/config" + site.path());
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://www.client.example");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(allowed.header("Vary")).contains("Origin");

        var refused = new ApiClient(port)
                .header("Origin", "https://evil.example")
                .post("/api/widget/chat" + site.path(), Map.of("message", "hi"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("not on this chat's list of allowed websites");
        assertThat(jdbc.sql("SELECT count(*) FROM conversations WHERE workspace_id = :w")
                        .param("w", UUID.fromString(site.workspaceId()))
                        .query(Long.class)
                        .single())
                .isZero();

        var preflight = new ApiClient(port)
                .header("Origin", "https://www.client.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key")
                .send("OPTIONS", "/api/widget/leads" + site.path(), null, "application/json");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Idempotency-Key");
        var badPreflight = new ApiClient(port)
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .send("OPTIONS", "/api/widget/leads" + site.path(), null, "application/json");
        assertThat(badPreflight.status()).isEqualTo(403);
        assertThat(badPreflight.header("Access-Control-Allow-Methods")).isNull();
    }

    @Test
    void tokenBucketsRefuseWhenEmptyAndAreSharedThroughTheDatabase() {
        String key = "test:" + UUID.randomUUID();
        List<RateLimiter.Limit> limits = List.of(new RateLimiter.Limit(key, 3, 1 / 60.0));
        assertThat(limiter.take(limits).allowed()).isTrue();
        assertThat(limiter.take(limits).allowed()).isTrue();
        assertThat(limiter.take(limits).allowed()).isTrue();
        RateLimiter.Decision refused = limiter.take(limits);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(jdbc.sql("SELECT tokens FROM rate_limit_buckets WHERE key = :k")
                        .param("k", key)
                        .query(Double.class)
                        .single())
                .isLessThan(1.0);
    }

    @Test
    void anEmptyWorkspaceBucketAnswers429WithRetryAfter() {
        var site = fixtures.site("general", List.of());
        jdbc.sql("""
                INSERT INTO rate_limit_buckets (key, capacity, per_second, tokens, granted, refilled_at)
                VALUES (:k, 1200, 20, -600, false, now())""").param("k", "ws:" + site.workspaceId()).update();
        var r = new ApiClient(port)
                .post(
                        "/api/widget/leads" + site.path(),
                        Map.of("name", "Ann", "email", "ann@example.com", "consent", true));
        assertThat(r.status()).isEqualTo(429);
        int wait = Integer.parseInt(r.header("Retry-After"));
        assertThat(wait).isPositive();
        assertThat(r.json().get("detail").asString())
                .isEqualTo("Too many requests. Please wait " + wait + (wait == 1 ? " second" : " seconds")
                        + " and try again.");
        assertThat(r.json().get("status").asInt()).isEqualTo(429);
        assertThat(r.json().get("requestId").asString()).isNotBlank();
        assertThat(new ApiClient(port).get("/api/widget/config" + site.path()).status())
                .isEqualTo(200);
    }

    @Test
    void leadCapturedIsPublishedInsideTheStoringTransaction() {
        var site = fixtures.site("general", List.of());
        List<String> seen = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = e -> {
            if (e.getPayload() instanceof LeadCaptured lead
                    && lead.workspaceId().value().toString().equals(site.workspaceId())) {
                long rows = jdbc.sql("SELECT count(*) FROM leads WHERE id = :id")
                        .param("id", lead.leadId())
                        .query(Long.class)
                        .single();
                seen.add(TransactionSynchronizationManager.isActualTransactionActive() + ":" + rows + ":"
                        + lead.email());
            }
        };
        context.addApplicationListener(listener);
        try {
            var r = new ApiClient(port)
                    .post(
                            "/api/widget/leads" + site.path(),
                            Map.of("name", "Ann", "email", "ann@example.com", "consent", true));
            assertThat(r.status()).isEqualTo(201);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).containsExactly("true:1:ann@example.com");
    }

    @Test
    void aCrisisReplyFlagsTheConversationOnceAndPublishesInsideTheTransaction() {
        var site = fixtures.site("medical", List.of());
        WorkspaceId workspace = WorkspaceId.parse(site.workspaceId());
        List<String> seen = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<?>> listener = e -> {
            if (e.getPayload() instanceof CrisisFlagged flagged
                    && flagged.workspaceId().equals(workspace)) {
                seen.add(TransactionSynchronizationManager.isActualTransactionActive() + ":" + flagged.category());
            }
        };
        context.addApplicationListener(listener);
        try {
            var session = conversations.open(workspace, site.botId(), null);
            conversations.record(
                    workspace,
                    site.botId(),
                    session.sessionId(),
                    new Exchange("I want to hurt myself", "Please call 988 now.", "crisis", List.of(), "self_harm"));
            conversations.record(
                    workspace,
                    site.botId(),
                    session.sessionId(),
                    new Exchange("still here", "Please call 988 now.", "crisis", List.of(), "self_harm"));
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).containsExactly("true:self_harm");
        var flagged = conversations.crisisFlagged(workspace, PageRequest.of(0, 10));
        assertThat(flagged.total()).isEqualTo(1);
        assertThat(flagged.items().get(0).urgent()).isTrue();
        assertThat(conversations.get(workspace, flagged.items().get(0).id()).messages())
                .hasSize(2);
    }
}
