package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestAccounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class KnowledgeAdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KnowledgeBase knowledge;

    ApiClient superAdmin;
    String a;
    String b;
    ApiClient adminA;
    ApiClient viewerA;

    @BeforeEach
    void setUp() {
        superAdmin = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
        a = KnowledgeTestSupport.workspace(superAdmin, "dental");
        b = KnowledgeTestSupport.workspace(superAdmin, "legal");
        adminA = KnowledgeTestSupport.user(port, jdbc, a, "WORKSPACE_ADMIN");
        viewerA = KnowledgeTestSupport.user(port, jdbc, a, "WORKSPACE_VIEWER");
    }

    @Test
    void faqCrudIsAuditedAndBumpsTheVersion() {
        long v0 = knowledge.version(WorkspaceId.parse(a));
        var created =
                adminA.post(base(a) + "/faqs", Map.of("question", "Do you see kids?", "answer", "Yes, from age 3."));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("question").asString()).isEqualTo("Do you see kids?");
        assertThat(audited("faq.create", id)).isEqualTo(1);

        var list = viewerA.get(base(a) + "/faqs?page=0&size=10");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        assertThat(list.json().get("size").asInt()).isEqualTo(10);
        assertThat(list.json().get("items").get(0).get("answer").asString()).isEqualTo("Yes, from age 3.");

        var patched = adminA.patch(base(a) + "/faqs/" + id, Map.of("answer", "Yes, from age 2."));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("question").asString()).isEqualTo("Do you see kids?");
        assertThat(patched.json().get("answer").asString()).isEqualTo("Yes, from age 2.");
        assertThat(audited("faq.update", id)).isEqualTo(1);
        assertThat(adminA.get(base(a) + "/faqs/" + id).json().get("answer").asString())
                .isEqualTo("Yes, from age 2.");

        assertThat(adminA.delete(base(a) + "/faqs/" + id).status()).isEqualTo(204);
        assertThat(audited("faq.delete", id)).isEqualTo(1);
        assertThat(adminA.get(base(a) + "/faqs/" + id).status()).isEqualTo(404);
        assertThat(knowledge.version(WorkspaceId.parse(a))).isEqualTo(v0 + 3);
    }

    @Test
    void articlesAndServices() {
        var article = adminA.post(base(a) + "/articles", Map.of("title", "First visit", "body", "Bring your ID."));
        assertThat(article.status()).as(article.body()).isEqualTo(201);
        assertThat(audited("article.create", article.json().get("id").asString()))
                .isEqualTo(1);
        var service = adminA.post(
                base(a) + "/services",
                Map.of(
                        "name",
                        "Cleaning",
                        "description",
                        "Cleaning and exam.",
                        "priceText",
                        "$120",
                        "durationMinutes",
                        60));
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        String sid = service.json().get("id").asString();
        assertThat(service.json().get("durationMinutes").asInt()).isEqualTo(60);
        var put = adminA.put(base(a) + "/services/" + sid, Map.of("priceText", "$130"));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("priceText").asString()).isEqualTo("$130");
        assertThat(put.json().get("name").asString()).isEqualTo("Cleaning");
        assertThat(audited("service.update", sid)).isEqualTo(1);
        assertThat(adminA.get(base(a) + "/services").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(adminA.delete(base(a) + "/articles/"
                                + article.json().get("id").asString())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void viewersMayReadButNotChange() {
        String id = adminA.post(base(a) + "/faqs", Map.of("question", "Q?", "answer", "A."))
                .json()
                .get("id")
                .asString();
        assertThat(viewerA.get(base(a) + "/faqs/" + id).status()).isEqualTo(200);
        assertThat(viewerA.post(base(a) + "/faqs", Map.of("question", "Q2?", "answer", "A2."))
                        .status())
                .isEqualTo(403);
        assertThat(viewerA.patch(base(a) + "/faqs/" + id, Map.of("answer", "changed"))
                        .status())
                .isEqualTo(403);
        assertThat(viewerA.delete(base(a) + "/faqs/" + id).status()).isEqualTo(403);
        assertThat(viewerA.put(base(a) + "/hours", hours()).status()).isEqualTo(403);
        assertThat(viewerA.post(base(a) + "/services", Map.of("name", "X", "description", "Y"))
                        .status())
                .isEqualTo(403);
        assertThat(adminA.get(base(a) + "/faqs/" + id).json().get("answer").asString())
                .isEqualTo("A.");
        assertThat(adminA.get(base(a) + "/faqs").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void anotherTenantsKnowledgeIsNotFound() {
        String idB = superAdmin
                .post(base(b) + "/faqs", Map.of("question", "B?", "answer", "B."))
                .json()
                .get("id")
                .asString();
        assertThat(adminA.get(base(b) + "/faqs").status()).isEqualTo(404);
        assertThat(adminA.get(base(b) + "/faqs/" + idB).status()).isEqualTo(404);
        assertThat(adminA.post(base(b) + "/faqs", Map.of("question", "x?", "answer", "y"))
                        .status())
                .isEqualTo(404);
        assertThat(adminA.delete(base(b) + "/faqs/" + idB).status()).isEqualTo(404);
        assertThat(adminA.get(base(b) + "/hours").status()).isEqualTo(404);
        // B's item through A's path is not found either: every query filters by the path's workspace.
        assertThat(adminA.get(base(a) + "/faqs/" + idB).status()).isEqualTo(404);
        assertThat(adminA.delete(base(a) + "/faqs/" + idB).status()).isEqualTo(404);
        assertThat(superAdmin.get(base(b) + "/faqs/" + idB).status()).isEqualTo(200);
    }

    @Test
    void validationErrorsNameTheirFields() {
        var r = adminA.post(base(a) + "/faqs", Map.of("question", " ", "answer", "x".repeat(6000)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).contains("question", "answer");
        var s = adminA.post(base(a) + "/services", Map.of("name", "X", "description", "Y", "durationMinutes", 0));
        assertThat(s.status()).isEqualTo(400);
        assertThat(fields(s)).containsExactly("durationMinutes");
        Map<String, Object> bad = new HashMap<>();
        bad.put("timezone", "Mars/Olympus");
        bad.put(
                "weekly",
                List.of(
                        Map.of("day", "FUNDAY", "open", "9am", "close", "17:00"),
                        Map.of("day", "MONDAY", "open", "17:00", "close", "09:00")));
        bad.put("exceptions", List.of(Map.of("date", "2026-13-01", "closed", true)));
        var h = adminA.put(base(a) + "/hours", bad);
        assertThat(h.status()).isEqualTo(400);
        assertThat(fields(h))
                .contains("timezone", "weekly[0].day", "weekly[0].open", "weekly[1].close", "exceptions[0].date");
        assertThat(adminA.get(base(a) + "/faqs").json().get("total").asLong()).isZero();
    }

    @Test
    void hoursAreReplacedAndAudited() {
        var empty = viewerA.get(base(a) + "/hours");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(empty.json().get("weekly").size()).isZero();
        var put = adminA.put(base(a) + "/hours", hours());
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        var got = viewerA.get(base(a) + "/hours").json();
        assertThat(got.get("weekly").get(0).get("day").asString()).isEqualTo("MONDAY");
        assertThat(got.get("exceptions").get(0).get("closed").asBoolean()).isTrue();
        assertThat(audited("hours.update", a)).isEqualTo(1);
    }

    private static Map<String, Object> hours() {
        return Map.of(
                "timezone",
                "America/New_York",
                "weekly",
                List.of(Map.of("day", "monday", "open", "09:00", "close", "17:00")),
                "exceptions",
                List.of(Map.of("date", "2026-12-25", "closed", true)));
    }

    private static List<String> fields(ApiClient.Response r) {
        List<String> out = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    private int audited(String action, String targetId) {
        return jdbc.sql("SELECT count(*) FROM audit_entries WHERE action = :a AND target_id = :t")
                .param("a", action)
                .param("t", targetId)
                .query(Integer.class)
                .single();
    }

    private static String base(String workspace) {
        return "/api/admin/workspaces/" + workspace;
    }
}
