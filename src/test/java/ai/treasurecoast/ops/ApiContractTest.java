package ai.treasurecoast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.ApiClient.Response;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Request ids, problem details for every kind of error, health endpoints and headers. */
@IntegrationTest
class ApiContractTest {

    @LocalServerPort
    int port;

    @Autowired
    ErrorTracker errors;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyResponseCarriesARequestIdAndAValidIncomingOneIsEchoed() {
        Response generated = new ApiClient(port).get("/api/health");
        assertThat(generated.header("X-Request-Id")).matches("[A-Za-z0-9._-]{8,64}");
        Response echoed =
                new ApiClient(port).header("X-Request-Id", "trace-1234.abc_Z").get("/api/health");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-1234.abc_Z");
        for (String bad : List.of("short", "has space inside", "x".repeat(65), "bad/slash-1234", "<script>alert(1)")) {
            Response replaced = new ApiClient(port).header("X-Request-Id", bad).get("/api/auth/me");
            assertThat(replaced.header("X-Request-Id")).isNotEqualTo(bad).matches("[A-Za-z0-9._-]{8,64}");
            assertThat(replaced.json().get("requestId").asString()).isEqualTo(replaced.header("X-Request-Id"));
        }
        Response anonymous =
                new ApiClient(port).header("X-Request-Id", "anon-request-01").get("/api/admin/workspaces");
        assertThat(anonymous.header("X-Request-Id")).isEqualTo("anon-request-01");
    }

    @Test
    void errorsAreProblemDetailsWithoutInternals() {
        ApiClient client = TestUsers.superClient(port);
        assertProblem(client.get("/api/admin/no-such-thing"), 404);
        assertProblem(client.get("/api/no-such-thing"), 404);
        assertProblem(client.get("/api/admin/workspaces/not-a-uuid"), 404);
        assertProblem(client.get("/api/admin/workspaces/" + java.util.UUID.randomUUID()), 404);
        assertProblem(client.post("/api/admin/workspaces", "{\"name\": \"x\", "), 400);
        assertProblem(client.post("/api/admin/workspaces", "[1, 2, 3]"), 400);
        assertProblem(client.send("POST", "/api/admin/workspaces", "name=x", "text/plain"), 415);
        assertProblem(client.send("POST", "/api/auth/login", "email=x", "application/x-www-form-urlencoded"), 415);
        assertProblem(client.send("PUT", "/api/admin/workspaces", "{}", "application/json"), 405);
        assertProblem(client.delete("/api/auth/me"), 405);
        assertProblem(new ApiClient(port).get("/api/auth/me"), 401);
        assertProblem(new ApiClient(port).get("/api/admin/workspaces"), 401);
        assertProblem(new ApiClient(port).withoutCsrf().post("/api/auth/logout", null), 403);

        Response invalid = client.post(
                "/api/admin/workspaces",
                Map.of("name", "", "clientId", "NO", "industry", "space", "timezone", "Mars/Base"));
        JsonNode problem = assertProblem(invalid, 400);
        List<String> fields = problem.get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
        assertThat(fields).contains("name", "clientId", "industry", "timezone");
        problem.get("errors")
                .forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
    }

    @Test
    void malformedQueryParametersAreFieldErrorsNamingTheParameter() {
        ApiClient client = TestUsers.superClient(port);
        String ws = "/api/admin/workspaces/" + TestUsers.workspace(client, "params");
        Map<String, String> cases = Map.of(
                "/api/admin/workspaces?page=abc",
                "page",
                "/api/admin/users?size=x",
                "size",
                ws + "/faqs?page=1.5",
                "page",
                ws + "/leads?size=ten",
                "size",
                ws + "/conversations?urgent=maybe",
                "urgent",
                ws + "/notifications/log?page=first",
                "page");
        cases.forEach((path, field) -> {
            JsonNode problem = assertProblem(client.get(path), 400);
            assertThat(problem.get("errors")).as(path).isNotNull();
            assertThat(problem.get("errors").get(0).get("field").asString())
                    .as(path)
                    .isEqualTo(field);
            assertThat(problem.get("errors").get(0).get("message").asString())
                    .as(path)
                    .isNotBlank()
                    .doesNotContain("java.");
        });
    }

    @Test
    void bodiesOver64KiBAre413WhetherAnnouncedOrStreamed() throws Exception {
        ApiClient client = TestUsers.superClient(port);
        String big = "{\"name\": \"" + "a".repeat(70 * 1024) + "\"}";
        assertProblem(client.post("/api/admin/workspaces", big), 413);
        assertProblem(new ApiClient(port).post("/api/auth/password-reset/request", big), 413);

        HttpClient http =
                HttpClient.newBuilder().cookieHandler(client.cookies()).build();
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(client.base() + "/api/admin/workspaces"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", client.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpResponse<String> response = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"requestId\"");

        byte[] small = "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest okChunked = HttpRequest.newBuilder(URI.create(client.base() + "/api/admin/workspaces"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", client.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small)))
                .build();
        assertThat(http.send(okChunked, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void publicHealthSaysOkAndNothingElseAndSetsNoCookie() {
        Response health = new ApiClient(port).get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().size()).isEqualTo(1);
        assertThat(health.json().get("status").asString()).isEqualTo("ok");
        assertThat(health.raw().headers().allValues("Set-Cookie")).isEmpty();
        for (String path : List.of("/api/widget/config/none/none", "/widget.js", "/favicon.ico", "/api/health")) {
            Response r = new ApiClient(port).get(path);
            assertThat(r.raw().headers().allValues("Set-Cookie")).as(path).isEmpty();
            assertThat(r.header("X-Request-Id")).as(path).isNotBlank();
        }
        Response post = new ApiClient(port).post("/api/widget/chat/none/none", Map.of("message", "hi"));
        assertThat(post.status()).as("no CSRF on the public chain").isNotEqualTo(403);
        assertThat(post.raw().headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void internalHealthIsForSuperAdminsAndRedacted() {
        errors.record(
                "contract-test", "Could not reach jane.doe@example.com with token=abcdef1234567890 at +1 561 555 0100");
        ApiClient superClient = TestUsers.superClient(port);
        Response internal = superClient.get("/api/health/internal");
        assertThat(internal.status()).isEqualTo(200);
        JsonNode body = internal.json();
        for (String key : List.of("status", "database", "notifications", "lastErrors", "version")) {
            assertThat(body.has(key)).as(key).isTrue();
        }
        assertThat(body.get("database").asString()).isEqualTo("up");
        JsonNode tracked = null;
        for (JsonNode e : body.get("lastErrors")) {
            if ("contract-test".equals(e.get("category").asString())) {
                tracked = e;
            }
        }
        assertThat(tracked).isNotNull();
        assertThat(tracked.get("count").asLong()).isPositive();
        assertThat(tracked.get("lastAt").asString()).isNotBlank();
        assertThat(tracked.get("message").asString())
                .doesNotContain("jane.doe@example.com")
                .doesNotContain("abcdef1234567890")
                .doesNotContain("555 0100");

        assertProblem(new ApiClient(port).get("/api/health/internal"), 401);
        String ws = TestUsers.workspace(superClient, "health");
        var admin = TestUsers.user(superClient, jdbc, "WORKSPACE_ADMIN", ws);
        long denied = TestUsers.auditCount(jdbc, "access.denied", admin.id());
        assertProblem(TestUsers.login(port, admin).get("/api/health/internal"), 403);
        assertThat(TestUsers.auditCount(jdbc, "access.denied", admin.id())).isEqualTo(denied + 1);
    }

    @Test
    void consoleAndAdminResponsesCarryCspWithANonceAndSecurityHeaders() {
        ApiClient client = TestUsers.superClient(port);
        Response one = client.get("/api/auth/me");
        Response two = client.get("/api/auth/me");
        Response login = new ApiClient(port).send("GET", "/admin/login", null, "text/html");
        for (Response r : List.of(one, two, login)) {
            String csp = r.header("Content-Security-Policy");
            assertThat(csp).as(r.raw().uri().toString()).isNotNull();
            assertThat(csp)
                    .contains("object-src 'none'")
                    .contains("base-uri 'none'")
                    .contains("frame-ancestors 'none'")
                    .containsPattern("script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isNotBlank();
            assertThat(r.header("Strict-Transport-Security"))
                    .as("no HSTS in development")
                    .isNull();
        }
        assertThat(nonce(one)).isNotEqualTo(nonce(two));
    }

    private static String nonce(Response r) {
        var m = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(r.header("Content-Security-Policy"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static JsonNode assertProblem(Response r, int status) {
        assertThat(r.status()).as(r.raw().uri() + " " + r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
        JsonNode body = r.json();
        for (String key : List.of("type", "title", "status", "detail", "instance", "requestId")) {
            assertThat(body.has(key)).as(key + " in " + r.body()).isTrue();
        }
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
        assertThat(body.get("instance").asString())
                .as(r.body())
                .isEqualTo(r.raw().uri().getPath());
        assertThat(r.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.")
                .doesNotContain("springframework")
                .doesNotContain("tools.jackson")
                .doesNotContain("\tat ")
                .doesNotContain("SQL");
        Iterator<String> names = body.propertyNames().iterator();
        while (names.hasNext()) {
            assertThat(names.next()).isNotIn("trace", "exception", "stackTrace", "message");
        }
        return body;
    }
}
