package ai.treasurecoast.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The booking URL, clientId, industry and timezone rules of the contract, and the paged bot list. */
@IntegrationTest
class WorkspaceRulesApiTest {

    @LocalServerPort
    int port;

    ApiClient client;
    String ws;

    @BeforeEach
    void setUp() {
        client = TestUsers.superClient(port);
        ws = TestUsers.workspace(client, "rules");
    }

    @Test
    void theExternalBookingUrlMustBeAbsoluteHttpsWithAHostAndNoUserInfo() {
        for (String bad : List.of(
                "http://book.example.com",
                "https://",
                "https:///path-only",
                "//book.example.com/x",
                "/relative/path",
                "https://user:pass@book.example.com",
                "https://user@book.example.com",
                "javascript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "data:text/html,hi",
                "ftp://book.example.com",
                " https://book.example.com")) {
            Response r = booking("external", bad);
            assertThat(r.status()).as(bad + " -> " + r.body()).isEqualTo(400);
            assertThat(fields(r)).as(bad).contains("externalBookingUrl");
        }
        assertThat(booking("external", null).status()).isEqualTo(400);
        assertThat(client.get("/api/admin/workspaces/" + ws)
                        .json()
                        .get("bookingMode")
                        .asString())
                .isEqualTo("off");

        Response ok = booking("external", "https://book.example.com/dental?x=1");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("bookingMode").asString()).isEqualTo("external");
        assertThat(ok.json().get("externalBookingUrl").asString()).isEqualTo("https://book.example.com/dental?x=1");
        assertThat(booking("internal", null).status()).isEqualTo(200);
        assertThat(booking("sometimes", null).status()).isEqualTo(400);
    }

    @Test
    void clientIdsFollowTheSlugRuleAndAreUnique() {
        for (String bad : List.of("ab", "UPPER-case", "with space", "under_score", "x".repeat(41), "dots.here", "")) {
            Response r = create(bad, "dental", "UTC");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(fields(r)).contains("clientId");
        }
        String id = TestUsers.unique("dup");
        assertThat(create(id, "dental", "UTC").status()).isEqualTo(201);
        Response dup = create(id, "legal", "UTC");
        assertThat(dup.status()).as(dup.body()).isEqualTo(409);
        assertThat(dup.header("Content-Type")).startsWith("application/problem+json");
        assertThat(create("abc", "dental", "UTC").status()).isIn(201, 409);
        assertThat(create("a".repeat(40), "dental", "UTC").status()).isIn(201, 409);
    }

    @Test
    void industriesAndTimezonesAreValidated() {
        for (String industry : List.of(
                "general",
                "dental",
                "medical",
                "med_spa",
                "chiropractic",
                "veterinary",
                "legal",
                "insurance",
                "hvac",
                "plumbing",
                "roofing",
                "auto_repair",
                "salon",
                "restaurant",
                "real_estate",
                "fitness")) {
            Response r = client.patch("/api/admin/workspaces/" + ws, Map.of("industry", industry));
            assertThat(r.status()).as(industry).isEqualTo(200);
        }
        for (String bad : List.of("Dental", "spaceship", "")) {
            Response r = client.patch("/api/admin/workspaces/" + ws, Map.of("industry", bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(fields(r)).contains("industry");
        }
        assertThat(client.patch("/api/admin/workspaces/" + ws, Map.of("timezone", "America/New_York"))
                        .status())
                .isEqualTo(200);
        for (String bad : List.of("Mars/Olympus", "", "GMT+99")) {
            Response r = client.patch("/api/admin/workspaces/" + ws, Map.of("timezone", bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(fields(r)).contains("timezone");
        }
        Response status = client.patch("/api/admin/workspaces/" + ws, Map.of("status", "deleted"));
        assertThat(status.status()).isEqualTo(400);
        assertThat(client.patch("/api/admin/workspaces/" + ws, Map.of("status", "disabled"))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("disabled");
        JsonNode after = client.get("/api/admin/workspaces/" + ws).json();
        assertThat(after.get("timezone").asString()).isEqualTo("America/New_York");
        assertThat(after.get("industry").asString()).isEqualTo("fitness");
    }

    @Test
    void bodyFieldsMayNotSetIdsOrTheWorkspace() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Sneaky");
        body.put("id", "00000000-0000-0000-0000-000000000001");
        body.put("clientId", "changed-slug");
        var r = client.patch("/api/admin/workspaces/" + ws, body);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("id").asString()).isEqualTo(ws);
        assertThat(r.json().get("clientId").asString()).isNotEqualTo("changed-slug");
    }

    @Test
    void theBotListIsPagedLikeEveryOtherList() {
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(TestUsers.bot(client, ws));
        }
        List<String> sorted = created.stream().sorted().toList();
        String bots = "/api/admin/workspaces/" + ws + "/bots";

        JsonNode first = client.get(bots + "?page=0&size=2").json();
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(botIds(first)).containsExactly(sorted.get(0), sorted.get(1));

        JsonNode second = client.get(bots + "?page=1&size=2").json();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(botIds(second)).containsExactly(sorted.get(2));

        JsonNode defaults = client.get(bots).json();
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(defaults.get("size").asInt()).isEqualTo(50);
        assertThat(botIds(defaults)).containsExactlyElementsOf(sorted);
        assertThat(client.get(bots + "?size=500").json().get("size").asInt()).isEqualTo(200);
    }

    private static List<String> botIds(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(b -> b.get("botId").asString())
                .toList();
    }

    private Response booking(String mode, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("bookingMode", mode);
        body.put("externalBookingUrl", url);
        return client.put("/api/admin/workspaces/" + ws + "/booking", body);
    }

    private Response create(String clientId, String industry, String timezone) {
        return client.post(
                "/api/admin/workspaces",
                Map.of("name", "Rules", "clientId", clientId, "industry", industry, "timezone", timezone));
    }

    private static List<String> fields(Response r) {
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(r.body()).isNotNull();
        return errors.valueStream().map(e -> e.get("field").asString()).toList();
    }
}
