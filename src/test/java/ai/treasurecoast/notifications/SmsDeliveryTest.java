package ai.treasurecoast.notifications;

import static ai.treasurecoast.notifications.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@NotificationTest
class SmsDeliveryTest {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dispatcher dispatcher;

    ApiClient admin;

    @BeforeAll
    static void stub() throws Exception {
        SmsStub.start();
    }

    @BeforeEach
    void login() {
        admin = superAdmin(port);
        dispatcher.resume();
    }

    @Test
    void serverErrorThenSuccessDeliversExactlyOnce() {
        String phone = uniquePhone();
        SmsStub.script(phone, SmsStub.json(500, "{\"message\":\"internal\"}"), SmsStub.created());
        WorkspaceId ws = smsWorkspace(phone);

        publish(tx, events, lead(ws, "Sam Retry", "please call"));

        waitFor("sent after retry", Duration.ofSeconds(15), () -> count(jdbc, ws, "sent") == 1);
        var requests = SmsStub.to(phone);
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(SmsStub.Received::answeredWith).containsExactly(500, 201);
        assertThat(requests.stream().filter(r -> r.answeredWith() == 201)).hasSize(1);
        SmsStub.Received ok = requests.get(1);
        assertThat(ok.path()).isEqualTo("/2010-04-01/Accounts/" + SmsStub.SID + "/Messages.json");
        assertThat(ok.authorization())
                .isEqualTo(
                        "Basic " + Base64.getEncoder().encodeToString((SmsStub.SID + ":" + SmsStub.TOKEN).getBytes()));
        assertThat(ok.form()).containsEntry("From", "+15550001111");
        assertThat(ok.form().get("Body"))
                .startsWith("New lead: Sam Retry")
                .contains("+15557654321")
                .doesNotContain("please call")
                .doesNotContain("visitor@example.com");

        JsonNode attempts = onlyNotification(ws).get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("transient_failure");
        assertThat(attempts.get(0).get("providerStatus").asString()).isEqualTo("500");
        assertThat(attempts.get(0).get("errorCategory").asString()).isEqualTo("provider_error");
        assertThat(attempts.get(0).get("recipient").asString()).doesNotContain(phone.substring(2, 10));
        assertThat(attempts.get(1).get("outcome").asString()).isEqualTo("sent");
    }

    @Test
    void invalidNumberIsDeadLetteredAtOnceWithItsReason() {
        String phone = uniquePhone();
        SmsStub.script(
                phone,
                SmsStub.json(
                        400,
                        "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}"));
        WorkspaceId ws = smsWorkspace(phone);

        publish(tx, events, booking(ws, "Dee Dead"));

        waitFor("dead", Duration.ofSeconds(15), () -> count(jdbc, ws, "dead") == 1);
        assertThat(SmsStub.to(phone)).hasSize(1);
        JsonNode item = onlyNotification(ws);
        assertThat(item.get("status").asString()).isEqualTo("dead");
        assertThat(item.get("lastError").asString())
                .contains("not a valid phone number")
                .contains("21211");
        assertThat(item.get("attempts").get(0).get("outcome").asString()).isEqualTo("permanent_failure");

        var status = admin.get(base(ws) + "/status").json();
        assertThat(status.get("failed").asLong()).isEqualTo(1);
        assertThat(status.get("lastFailureReason").asString()).contains("rejected the message");
    }

    @Test
    void aTimeoutIsRetried() {
        String phone = uniquePhone();
        SmsStub.script(
                phone,
                new MockResponse.Builder()
                        .code(201)
                        .body("{}")
                        .headersDelay(3, TimeUnit.SECONDS)
                        .build(),
                SmsStub.created());
        WorkspaceId ws = smsWorkspace(phone);

        publish(tx, events, crisis(ws));

        waitFor("sent after timeout", Duration.ofSeconds(20), () -> count(jdbc, ws, "sent") == 1);
        JsonNode attempts = onlyNotification(ws).get("attempts");
        assertThat(attempts.get(0).get("errorCategory").asString()).isEqualTo("timeout");
        assertThat(attempts.get(attempts.size() - 1).get("outcome").asString()).isEqualTo("sent");
        assertThat(SmsStub.to(phone).get(SmsStub.to(phone).size() - 1).form().get("Body"))
                .startsWith("URGENT");
    }

    @Test
    void rateLimitIsRetriedAndAttemptsAreBounded() {
        String phone = uniquePhone();
        MockResponse busy = SmsStub.json(429, "{\"message\":\"Too Many Requests\"}");
        SmsStub.script(phone, busy, busy, busy, busy, busy, busy);
        WorkspaceId ws = smsWorkspace(phone);

        publish(tx, events, lead(ws, "Ray Limit", "hi"));

        waitFor("dead after max attempts", Duration.ofSeconds(20), () -> count(jdbc, ws, "dead") == 1);
        assertThat(SmsStub.to(phone)).hasSize(4);
        assertThat(onlyNotification(ws).get("attempts")).hasSize(4);
    }

    @Test
    void testSendExplainsAnSmsProviderRefusal() {
        String phone = uniquePhone();
        SmsStub.script(phone, SmsStub.json(401, "{\"code\":20003,\"message\":\"Authenticate\"}"));
        WorkspaceId ws = smsWorkspace(phone);
        var r = admin.post(base(ws) + "/test", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("result").asString()).isEqualTo("failed");
        assertThat(r.json().get("reason").asString())
                .isEqualTo("The SMS provider refused the account SID or auth token");
    }

    private WorkspaceId smsWorkspace(String phone) {
        WorkspaceId ws = workspace(admin);
        settings(admin, ws, List.of(), List.of(phone));
        return ws;
    }

    private JsonNode onlyNotification(WorkspaceId ws) {
        JsonNode log = admin.get(base(ws) + "/log").json();
        assertThat(log.get("total").asInt()).isEqualTo(1);
        return log.get("items").get(0);
    }
}
