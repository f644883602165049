package ai.treasurecoast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import ai.treasurecoast.support.TestUsers;
import ai.treasurecoast.workspace.Bots;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Seeding and the super admin reset against the real database; the shared test context does not seed. */
@IntegrationTest
class DemoDataIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demo;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Bots bots;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedingCreatesEveryTemplateOnceWithItsBotAndKnowledge() {
        demo.seedMissing();
        List<DemoTemplate> templates = DemoTemplates.templates();
        for (DemoTemplate t : templates) {
            WorkspaceView w =
                    workspaces.findByClientId(t.workspace().clientId()).orElseThrow();
            assertThat(w.demo()).isTrue();
            assertThat(w.industry()).isEqualTo(t.industry());
            assertThat(w.bookingMode().key()).isEqualTo(t.workspace().bookingMode());
            assertThat(w.externalBookingUrl()).isEqualTo(t.workspace().externalBookingUrl());
            assertThat(bots.get(w.id(), t.bot().botId()).quickReplies())
                    .isEqualTo(t.bot().quickReplies());
            assertThat(knowledge.faqs(w.id(), PageRequest.of(0, 200)).total())
                    .isEqualTo(t.knowledge().faqs().size());
            assertThat(knowledge.services(w.id(), PageRequest.of(0, 200)).total())
                    .isEqualTo(t.knowledge().services().size());
            assertThat(knowledge.hours(w.id()).weekly())
                    .hasSize(t.knowledge().hours().weekly().size());
        }
        DemoData.Outcome again = demo.seedMissing();
        assertThat(again.seeded()).isEmpty();
        assertThat(again.existing()).hasSize(templates.size());
    }

    @Test
    void resetRestoresDemoWorkspacesAndLeavesRealOnesAlone() {
        demo.seedMissing();
        ApiClient client = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        String realClientId = "real-shop-" + ThreadLocalRandom.current().nextInt(1_000_000);
        var created = client.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "Real Shop",
                        "clientId",
                        realClientId,
                        "industry",
                        "salon",
                        "timezone",
                        "America/New_York"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        WorkspaceId real = WorkspaceId.parse(created.json().get("id").asString());
        knowledge.createFaq(real, new FaqInput("Do you sell gift cards?", "Yes, at the front desk."));

        WorkspaceView dental = workspaces.findByClientId("demo-dental").orElseThrow();
        bots.delete(dental.id(), "front-desk");
        knowledge.createFaq(dental.id(), new FaqInput("Visitor-made question?", "Something a demo visitor typed."));

        var reset = client.post("/api/admin/demo/reset", null);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().get("seeded")).hasSize(DemoTemplates.templates().size());

        WorkspaceView restored = workspaces.findByClientId("demo-dental").orElseThrow();
        assertThat(bots.get(restored.id(), "front-desk").active()).isTrue();
        assertThat(knowledge.faqs(restored.id(), PageRequest.of(0, 200)).items())
                .noneMatch(f -> f.question().startsWith("Visitor-made"));
        assertThat(workspaces.find(real)).isPresent();
        assertThat(knowledge.faqs(real, PageRequest.of(0, 10)).total()).isEqualTo(1);

        long audited = jdbc.sql(
                        "SELECT count(*) FROM audit_entries WHERE action = 'demo.reset' AND outcome = 'success'")
                .query(Long.class)
                .single();
        assertThat(audited).isPositive();
    }

    @Test
    void onlySuperAdminsMayReset() {
        assertThat(new ApiClient(port).post("/api/admin/demo/reset", null).status())
                .isIn(401, 403);
        ApiClient superAdmin = TestUsers.superClient(port);
        String workspaceId = TestUsers.workspace(superAdmin, "reset-guard");
        TestUsers.TestUser admin = TestUsers.user(superAdmin, jdbc, "WORKSPACE_ADMIN", workspaceId);
        long before = countResets();
        assertThat(TestUsers.login(port, admin)
                        .post("/api/admin/demo/reset", null)
                        .status())
                .isEqualTo(403);
        assertThat(superAdmin
                        .post("/api/admin/impersonation", Map.of("workspaceId", workspaceId))
                        .status())
                .isEqualTo(200);
        assertThat(superAdmin.post("/api/admin/demo/reset", null).status()).isEqualTo(403);
        assertThat(superAdmin.delete("/api/admin/impersonation").status()).isEqualTo(204);
        assertThat(new ApiClient(port)
                        .loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD)
                        .withoutCsrf()
                        .post("/api/admin/demo/reset", null)
                        .status())
                .isEqualTo(403);
        assertThat(countResets()).isEqualTo(before);
    }

    @Test
    void seedDefaultsFollowTheEnvironment() {
        assertThat(new DemoSettings(false, "").seedAtStartup("development")).isTrue();
        assertThat(new DemoSettings(false, null).seedAtStartup("production")).isFalse();
        assertThat(new DemoSettings(false, "true").seedAtStartup("production")).isTrue();
        assertThat(new DemoSettings(false, "false").seedAtStartup("development"))
                .isFalse();
    }

    private long countResets() {
        return jdbc.sql("SELECT count(*) FROM audit_entries WHERE action = 'demo.reset'")
                .query(Long.class)
                .single();
    }
}
