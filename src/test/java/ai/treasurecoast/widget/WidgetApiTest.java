package ai.treasurecoast.widget;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WidgetApiTest {

    static final String CARD = "4111 1111 1111 1111";

    @LocalServerPort
    int port;

    WidgetFixtures fixtures;
    ApiClient visitor;

    @BeforeEach
    void setUp() {
        fixtures = new WidgetFixtures(port);
        visitor = new ApiClient(port);
    }

    @Test
    void configHasExactlyThePublicFieldsWithETagAndShortCache() {
        var site = fixtures.site("dental", List.of());
        var r = visitor.get("/api/widget/config" + site.path());
        assertThat(r.status()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        r.json().propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactly(
                        "clientId",
                        "botId",
                        "botName",
                        "greeting",
                        "theme",
                        "bookingMode",
                        "quickReplies",
                        "leadCapture",
                        "offlineMessage",
                        "disclaimer",
                        "version");
        JsonNode c = r.json();
        assertThat(c.get("clientId").asString()).isEqualTo(site.clientId());
        assertThat(c.get("theme").get("primaryColor").asString()).isEqualTo("#123456");
        assertThat(c.get("bookingMode").asString()).isEqualTo("off");
        assertThat(c.get("leadCapture").get("enabled").asBoolean()).isTrue();
        assertThat(c.get("disclaimer").asString()).contains("not medical advice");
        assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(r.header("Set-Cookie")).isNull();
        String etag = r.header("ETag");
        assertThat(etag).isNotBlank();

        var again = new ApiClient(port).header("If-None-Match", etag).get("/api/widget/config" + site.path());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        fixtures.booking(site, "external", "https://book.example.com/dental");
        var external = visitor.get("/api/widget/config" + site.path());
        assertThat(external.json().get("bookingUrl").asString()).isEqualTo("https://book.example.com/dental");
        assertThat(external.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void unknownOrDisabledChatsAreNotFound() {
        var site = fixtures.site("general", List.of());
        assertThat(visitor.get("/api/widget/config/" + site.clientId() + "/nope")
                        .status())
                .isEqualTo(404);
        assertThat(visitor.get("/api/widget/config/no-such-client/front-desk").status())
                .isEqualTo(404);
        fixtures.admin().patch("/api/admin/workspaces/" + site.workspaceId(), Map.of("status", "disabled"));
        var r = visitor.get("/api/widget/config" + site.path());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(visitor.post("/api/widget/chat" + site.path(), Map.of("message", "hi"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownChatIsNotFoundWhateverTheMessage() {
        var site = fixtures.site("general", List.of());
        for (String message : List.of("", " ", "x".repeat(2001))) {
            for (String path : List.of(
                    "/api/widget/chat/" + site.clientId() + "/nope", "/api/widget/chat/no-such-client/front-desk")) {
                var r = visitor.post(path, Map.of("message", message));
                assertThat(r.status()).as(path + " " + r.body()).isEqualTo(404);
                assertThat(r.header("Content-Type")).contains("application/problem+json");
            }
        }
        assertThat(visitor.post("/api/widget/chat" + site.path(), Map.of("message", ""))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aYesToTheClarifyingQuestionIsUnderstoodWithinTheSession() {
        var site = fixtures.site("dental", List.of());
        var faq = fixtures.admin()
                .post(
                        "/api/admin/workspaces/" + site.workspaceId() + "/faqs",
                        Map.of(
                                "question",
                                "Do you do root canals?",
                                "answer",
                                "Yes, our dentists perform root canal treatment in the office."));
        assertThat(faq.status()).as(faq.body()).isEqualTo(201);
        fixtures.admin()
                .post(
                        "/api/admin/workspaces/" + site.workspaceId() + "/faqs",
                        Map.of("question", "Where do I park?", "answer", "Free parking is behind the building."));
        var first = visitor.post("/api/widget/chat" + site.path(), Map.of("message", "do you do nerve treatment?"));
        assertThat(first.json().get("reply").get("kind").asString()).isEqualTo("clarify");
        assertThat(first.json().get("reply").get("text").asString()).contains("Do you do root canals?");
        String session = first.json().get("sessionId").asString();

        var yes = visitor.post("/api/widget/chat" + site.path(), Map.of("message", "yes", "sessionId", session));
        JsonNode reply = yes.json().get("reply");
        assertThat(reply.get("kind").asString()).isEqualTo("answer");
        assertThat(reply.get("text").asString()).contains("root canal treatment");
        assertThat(reply.get("sources").get(0).get("id").asString())
                .isEqualTo(faq.json().get("id").asString());

        var fresh = visitor.post("/api/widget/chat" + site.path(), Map.of("message", "yes"));
        assertThat(fresh.json().get("reply").get("kind").asString()).isNotEqualTo("answer");
    }

    @Test
    void aFollowUpIsAnsweredFromTheItemThePreviousReplyCited() {
        var site = fixtures.site("salon", List.of());
        fixtures.admin()
                .post(
                        "/api/admin/workspaces/" + site.workspaceId() + "/services",
                        Map.of(
                                "name",
                                "Balayage",
                                "description",
                                "Hand-painted highlights with toner and style.",
                                "priceText",
                                "From $185",
                                "durationMinutes",
                                180));
        fixtures.admin()
                .post(
                        "/api/admin/workspaces/" + site.workspaceId() + "/faqs",
                        Map.of("question", "Do you take walk-ins?", "answer", "Yes, when a stylist is free."));
        var first = visitor.post("/api/widget/chat" + site.path(), Map.of("message", "do you do balayage?"));
        assertThat(first.json().get("reply").get("kind").asString()).isEqualTo("answer");
        String session = first.json().get("sessionId").asString();

        var price = visitor.post(
                "/api/widget/chat" + site.path(), Map.of("message", "how much is it?", "sessionId", session));
        assertThat(price.json().get("reply").get("text").asString()).contains("$185");
        var time = visitor.post(
                "/api/widget/chat" + site.path(), Map.of("message", "and how long does it take", "sessionId", session));
        assertThat(time.json().get("reply").get("text").asString()).contains("3 hours");
        var offered = visitor.post(
                "/api/widget/chat" + site.path(), Map.of("message", "do you take walk-ins?", "sessionId", session));
        assertThat(offered.json().get("reply").get("text").asString()).contains("when a stylist is free");
        // Without the session there is nothing to refer to.
        var fresh = visitor.post("/api/widget/chat" + site.path(), Map.of("message", "how much is it?"));
        assertThat(fresh.json().get("reply").get("kind").asString()).isNotEqualTo("answer");
    }

    @Test
    void chatRepliesKeepsTheSessionAndNeverStoresOrEchoesCardNumbers() {
        var site = fixtures.site("general", List.of());
        var first =
                visitor.post("/api/widget/chat" + site.path(), Map.of("message", "My card is " + CARD + ", call me"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).doesNotContain("4111");
        JsonNode reply = first.json().get("reply");
        assertThat(reply.get("kind").asString()).isIn("answer", "clarify", "fallback", "crisis", "refusal");
        assertThat(reply.has("text") && reply.has("sources") && reply.has("disclaimer"))
                .isTrue();
        assertThat(first.json().get("actions").isArray()).isTrue();
        String session = first.json().get("sessionId").asString();
        assertThat(session).hasSizeGreaterThanOrEqualTo(22);

        var second = visitor.post(
                "/api/widget/chat" + site.path(), Map.of("message", "And opening hours?", "sessionId", session));
        assertThat(second.json().get("sessionId").asString()).isEqualTo(session);

        var other = fixtures.site("general", List.of());
        var foreign = visitor.post("/api/widget/chat" + other.path(), Map.of("message", "hello", "sessionId", session));
        assertThat(foreign.json().get("sessionId").asString()).isNotEqualTo(session);

        var list = fixtures.admin().get("/api/admin/workspaces/" + site.workspaceId() + "/conversations");
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        String conversationId = list.json().get("items").get(0).get("id").asString();
        var detail = fixtures.admin()
                .get("/api/admin/workspaces/" + site.workspaceId() + "/conversations/" + conversationId);
        assertThat(detail.json().get("messages")).hasSize(2);
        // The texts, not the whole body: a random id may well hold "4111".
        for (var m : detail.json().get("messages")) {
            assertThat(m.get("visitorText").asString() + m.get("replyText").asString())
                    .doesNotContain("4111");
        }
        assertThat(detail.body()).contains("[card number removed]");

        var fromOther = fixtures.admin()
                .get("/api/admin/workspaces/" + other.workspaceId() + "/conversations/" + conversationId);
        assertThat(fromOther.status()).isEqualTo(404);
    }

    @Test
    void chatValidatesTheMessage() {
        var site = fixtures.site("general", List.of());
        var empty = visitor.post("/api/widget/chat" + site.path(), Map.of("message", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("message");
        assertThat(visitor.post("/api/widget/chat" + site.path(), Map.of("message", "x".repeat(2001)))
                        .status())
                .isEqualTo(400);
        assertThat(visitor.post("/api/widget/chat" + site.path(), Map.of("message", "x".repeat(2000)))
                        .status())
                .isEqualTo(200);
        assertThat(visitor.post("/api/widget/chat" + site.path(), "{not json").status())
                .isEqualTo(400);
    }

    @Test
    void leadsAreValidatedStoredOnceAndMasked() {
        var site = fixtures.site("general", List.of());
        String path = "/api/widget/leads" + site.path();
        var missing = visitor.post(path, Map.of("name", "Ann", "consent", true));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"email\"");
        var noConsent = visitor.post(path, Map.of("name", "Ann", "email", "ann@example.com", "consent", false));
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body()).contains("\"field\":\"consent\"");

        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                "Ann Lee",
                "email",
                "Ann@Example.com",
                "phone",
                "+1 772 555 0100",
                "message",
                "Card " + CARD + " please call",
                "consent",
                true,
                "workspaceId",
                fixtures.site("general", List.of()).workspaceId()));
        var keyed = new ApiClient(port).header("Idempotency-Key", "lead-key-12345678");
        var created = keyed.post(path, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("received");
        String leadId = created.json().get("leadId").asString();
        var replay = keyed.post(path, body);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().get("leadId").asString()).isEqualTo(leadId);
        body.put("name", "Someone Else");
        assertThat(keyed.post(path, body).status()).isEqualTo(422);

        var leads = fixtures.admin().get("/api/admin/workspaces/" + site.workspaceId() + "/leads");
        assertThat(leads.json().get("total").asLong()).isEqualTo(1);
        var lead = fixtures.admin().get("/api/admin/workspaces/" + site.workspaceId() + "/leads/" + leadId);
        assertThat(lead.json().get("email").asString()).isEqualTo("ann@example.com");
        assertThat(lead.json().get("message").asString()).isEqualTo("Card [card number removed] please call");

        var other = fixtures.site("general", List.of());
        assertThat(fixtures.admin()
                        .get("/api/admin/workspaces/" + other.workspaceId() + "/leads/" + leadId)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.admin()
                        .get("/api/admin/workspaces/" + other.workspaceId() + "/leads")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void bookingFollowsTheWorkspaceMode() {
        var site = fixtures.site("salon", List.of());
        Map<String, Object> request = Map.of("name", "Bo", "phone", "+17725550101", "service", "Cut", "consent", true);
        assertThat(visitor.post("/api/widget/booking-intents" + site.path(), Map.of())
                        .status())
                .isEqualTo(409);
        assertThat(visitor.post("/api/widget/booking-requests" + site.path(), request)
                        .status())
                .isEqualTo(409);

        fixtures.booking(site, "external", "https://book.example.com/salon");
        var intent = visitor.post("/api/widget/booking-intents" + site.path(), Map.of());
        assertThat(intent.status()).isEqualTo(201);
        assertThat(intent.json().get("url").asString()).isEqualTo("https://book.example.com/salon");
        assertThat(intent.json().get("intentId").asString()).isNotBlank();
        assertThat(visitor.post("/api/widget/booking-requests" + site.path(), request)
                        .status())
                .isEqualTo(409);

        fixtures.booking(site, "internal", null);
        assertThat(visitor.post("/api/widget/booking-intents" + site.path(), Map.of())
                        .status())
                .isEqualTo(409);
        var keyed = new ApiClient(port).header("Idempotency-Key", "booking-key-1234");
        var created = keyed.post("/api/widget/booking-requests" + site.path(), request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("received");
        String id = created.json().get("requestId").asString();
        assertThat(keyed.post("/api/widget/booking-requests" + site.path(), request)
                        .json()
                        .get("requestId")
                        .asString())
                .isEqualTo(id);
        var changed = new HashMap<>(request);
        changed.put("service", "Colour");
        assertThat(keyed.post("/api/widget/booking-requests" + site.path(), changed)
                        .status())
                .isEqualTo(422);
        var stored = fixtures.admin().get("/api/admin/workspaces/" + site.workspaceId() + "/booking-requests/" + id);
        assertThat(stored.json().get("service").asString()).isEqualTo("Cut");
        assertThat(fixtures.admin()
                        .get("/api/admin/workspaces/" + site.workspaceId() + "/booking-requests")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theLoaderIsShortCachedAndTheVersionedAssetsAreImmutable() {
        var loader = visitor.get("/widget.js");
        assertThat(loader.status()).isEqualTo(200);
        assertThat(loader.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(loader.header("Content-Type")).startsWith("text/javascript");
        var matcher = java.util.regex.Pattern.compile("/widget/([0-9a-f]{12})/widget\\.js")
                .matcher(loader.body());
        assertThat(matcher.find()).isTrue();
        String version = matcher.group(1);
        var script = visitor.get("/widget/" + version + "/widget.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        // attachShadow lives in widget.js and openForm in widget-forms.js: one script must carry both
        assertThat(script.body()).contains("attachShadow", "function openForm(");
        var css = visitor.get("/widget/" + version + "/widget.css");
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("immutable");
        assertThat(visitor.get("/widget/0123456789ab/widget.js").header("Cache-Control"))
                .isEqualTo("public, max-age=60");
        assertThat(script.header("Set-Cookie")).isNull();
    }
}
