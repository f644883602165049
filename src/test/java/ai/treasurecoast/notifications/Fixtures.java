package ai.treasurecoast.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.conversations.CrisisFlagged;
import ai.treasurecoast.leads.BookingRequested;
import ai.treasurecoast.leads.LeadCaptured;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Test helpers: workspaces through the API, events published inside a transaction, waiting for the outbox. */
final class Fixtures {

    private Fixtures() {}

    static ApiClient superAdmin(int port) {
        return new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
    }

    static WorkspaceId workspace(ApiClient admin) {
        String clientId = "notify-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var r = admin.post(
                "/api/admin/workspaces",
                Map.of("name", "Notify " + clientId, "clientId", clientId, "industry", "dental", "timezone", "UTC"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return WorkspaceId.parse(r.json().get("id").asString());
    }

    /** A workspace with an active bot {@code front-desk}, for the public widget endpoints. */
    record Site(WorkspaceId id, String clientId) {
        String leadsPath() {
            return "/api/widget/leads/" + clientId + "/front-desk";
        }
    }

    static Site site(ApiClient admin) {
        WorkspaceId ws = workspace(admin);
        String clientId = admin.get("/api/admin/workspaces/" + ws.value())
                .json()
                .get("clientId")
                .asString();
        var bot = admin.post(
                "/api/admin/workspaces/" + ws.value() + "/bots",
                Map.of("botId", "front-desk", "name", "Front Desk", "greeting", "Hi"));
        assertThat(bot.status()).as(bot.body()).isEqualTo(201);
        return new Site(ws, clientId);
    }

    static void settings(ApiClient admin, WorkspaceId ws, List<String> emails, List<String> phones) {
        var r = admin.put(
                base(ws) + "/settings", Map.of("emailRecipients", emails, "smsRecipients", phones, "enabled", true));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    static String base(WorkspaceId ws) {
        return "/api/admin/workspaces/" + ws.value() + "/notifications";
    }

    static String uniqueEmail(String tag) {
        return tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@owner.test";
    }

    static String uniquePhone() {
        return "+1555" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static LeadCaptured lead(WorkspaceId ws, String name, String message) {
        return new LeadCaptured(
                UUID.randomUUID(),
                ws,
                "front-desk",
                name,
                "visitor@example.com",
                "+15557654321",
                message,
                Instant.now());
    }

    static BookingRequested booking(WorkspaceId ws, String name) {
        return new BookingRequested(
                UUID.randomUUID(),
                ws,
                "front-desk",
                name,
                null,
                "+15557654321",
                "Cleaning",
                "Tuesday morning",
                "first visit",
                Instant.now());
    }

    static CrisisFlagged crisis(WorkspaceId ws) {
        return new CrisisFlagged(ws, "front-desk", "session-" + UUID.randomUUID(), "self_harm", Instant.now());
    }

    /** Publishes as the storing code does: inside the transaction that stores the request. */
    static void publish(TransactionTemplate tx, ApplicationEventPublisher events, Object... payloads) {
        tx.executeWithoutResult(s -> {
            for (Object p : payloads) {
                events.publishEvent(p);
            }
        });
    }

    static long count(JdbcClient jdbc, WorkspaceId ws, String status) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE workspace_id = :ws AND status = :status")
                .param("ws", ws.value())
                .param("status", status)
                .query(Long.class)
                .single();
    }

    static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Timed out waiting for: " + what);
    }
}
