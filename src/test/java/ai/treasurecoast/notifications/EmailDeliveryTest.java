package ai.treasurecoast.notifications;

import static ai.treasurecoast.notifications.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@NotificationTest
class EmailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
                    new ServerSetup(TestAccounts.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

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

    @Autowired
    DailyDigest digest;

    ApiClient admin;

    @BeforeEach
    void login() {
        admin = superAdmin(port);
        dispatcher.resume();
    }

    @Test
    void leadEmailArrivesWithEscapedVisitorTextAndNoInjectedHeaders() throws Exception {
        WorkspaceId ws = workspace(admin);
        String owner = uniqueEmail("lead");
        settings(admin, ws, List.of(owner), List.of());

        publish(tx, events, lead(ws, "Bob\r\nBcc: evil@attacker.test", "<script>alert('x')</script> & call me"));

        MimeMessage m = awaitMessage(owner);
        assertThat(m.getSubject())
                .startsWith("New lead: Bob")
                .doesNotContain("\r")
                .doesNotContain("\n");
        assertThat(m.getHeader("Bcc")).isNull();
        assertThat(m.getAllRecipients()).extracting(Address::toString).containsExactly(owner);
        String html = part(m, "text/html");
        String text = part(m, "text/plain");
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; call me")
                .doesNotContain("<script>");
        assertThat(text).contains("<script>alert('x')</script> & call me").contains("visitor@example.com");
        waitFor("sent status", Duration.ofSeconds(10), () -> count(jdbc, ws, "sent") == 1);

        var log = admin.get(base(ws) + "/log").json();
        assertThat(log.get("total").asInt()).isEqualTo(1);
        var item = log.get("items").get(0);
        assertThat(item.get("status").asString()).isEqualTo("sent");
        assertThat(item.get("recipient").asString()).doesNotContain(owner.substring(1, owner.indexOf('@')));
        assertThat(item.get("attempts").get(0).get("outcome").asString()).isEqualTo("sent");
        assertThat(item.get("attempts").get(0).get("durationMs").asLong()).isGreaterThanOrEqualTo(0);

        var status = admin.get(base(ws) + "/status").json();
        assertThat(status.get("configured").asBoolean()).isTrue();
        assertThat(status.get("lastSuccessAt").isNull()).isFalse();
        assertThat(status.get("pending").asLong()).isZero();
    }

    @Test
    void aLeadFromTheWidgetIsStoredThenEmailed() throws Exception {
        Site site = site(admin);
        String owner = uniqueEmail("widget");
        settings(admin, site.id(), List.of(owner), List.of());
        var r = new ApiClient(port)
                .post(
                        site.leadsPath(),
                        java.util.Map.of(
                                "name",
                                "Wendy Widget",
                                "email",
                                "wendy@example.com",
                                "message",
                                "<b>call me</b>",
                                "consent",
                                true));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        MimeMessage m = awaitMessage(owner);
        assertThat(m.getSubject()).isEqualTo("New lead: Wendy Widget");
        assertThat(part(m, "text/html")).contains("&lt;b&gt;call me&lt;/b&gt;");
    }

    @Test
    void crisisAlertIsUrgent() throws Exception {
        WorkspaceId ws = workspace(admin);
        String owner = uniqueEmail("crisis");
        settings(admin, ws, List.of(owner), List.of());

        publish(tx, events, crisis(ws));

        MimeMessage m = awaitMessage(owner);
        assertThat(m.getSubject()).startsWith("[URGENT]");
        assertThat(m.getHeader("X-Priority")[0]).startsWith("1");
        assertThat(m.getHeader("Importance")[0]).isEqualTo("high");
    }

    @Test
    void aRolledBackRequestWritesNoAlerts() {
        WorkspaceId ws = workspace(admin);
        settings(admin, ws, List.of(uniqueEmail("rollback")), List.of());
        try {
            tx.executeWithoutResult(s -> {
                events.publishEvent(lead(ws, "Rolled Back", "never stored"));
                throw new IllegalStateException("storing failed");
            });
        } catch (IllegalStateException expected) {
            // the lead was not stored, so no alert may exist
        }
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE workspace_id = :ws")
                        .param("ws", ws.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredLeaseIsSentAgain() throws Exception {
        WorkspaceId ws = workspace(admin);
        String owner = uniqueEmail("lease");
        settings(admin, ws, List.of(owner), List.of());
        dispatcher.pause();
        publish(tx, events, booking(ws, "Lease Test"));
        // as if a node claimed the row and died before recording the result
        jdbc.sql("""
                        UPDATE notifications SET status = 'in_flight', attempts = 1, locked_by = 'dead-node',
                            locked_until = now() - interval '1 second' WHERE workspace_id = :ws
                        """).param("ws", ws.value()).update();
        dispatcher.resume();

        MimeMessage m = awaitMessage(owner);
        assertThat(m.getSubject()).startsWith("New booking request: Lease Test");
        waitFor("sent after lease expiry", Duration.ofSeconds(10), () -> count(jdbc, ws, "sent") == 1);
        assertThat(jdbc.sql("SELECT attempts FROM notifications WHERE workspace_id = :ws")
                        .param("ws", ws.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void testSendReachesTheMailServerAndIsAudited() throws Exception {
        WorkspaceId ws = workspace(admin);
        var none = admin.post(base(ws) + "/test", null);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("result").asString()).isEqualTo("failed");
        assertThat(none.json().get("reason").asString()).isEqualTo("No email recipients are set");

        String owner = uniqueEmail("test");
        settings(admin, ws, List.of(owner), List.of());
        var sent = admin.post(base(ws) + "/test", null);
        assertThat(sent.json().get("result").asString()).as(sent.body()).isEqualTo("sent");
        assertThat(awaitMessage(owner).getSubject()).isEqualTo("Test alert from Treasure Coast AI");
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_entries WHERE workspace_id = :ws AND action = 'notification.test'")
                        .param("ws", ws.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void digestListsTheDayOnceAndCannotBeTurnedOffWithUndeliveredAlerts() throws Exception {
        WorkspaceId ws = workspace(admin);
        String owner = uniqueEmail("digest");
        settings(admin, ws, List.of(owner), List.of());
        dispatcher.pause();
        publish(tx, events, lead(ws, "Dana Digest", "hello"));

        var refused = admin.put(
                base(ws) + "/settings",
                java.util.Map.of(
                        "emailRecipients",
                        List.of(owner),
                        "smsRecipients",
                        List.of(),
                        "enabled",
                        true,
                        "dailyDigest",
                        false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("dailyDigest");

        Instant now = Instant.now();
        assertThat(digest.run(now)).isGreaterThanOrEqualTo(1);
        assertThat(digest.run(now)).isZero();
        dispatcher.resume();

        waitFor(
                "lead and digest delivered",
                Duration.ofSeconds(15),
                () -> messagesTo(owner).size() == 2);
        MimeMessage d = messagesTo(owner).stream()
                .filter(m -> subject(m).contains("Daily summary"))
                .findFirst()
                .orElseThrow();
        assertThat(d.getSubject()).contains("1 received");
        assertThat(part(d, "text/plain")).contains("Lead from Dana Digest");

        waitFor("alert sent", Duration.ofSeconds(10), () -> count(jdbc, ws, "pending") == 0);
        var allowed = admin.put(
                base(ws) + "/settings",
                java.util.Map.of(
                        "emailRecipients",
                        List.of(owner),
                        "smsRecipients",
                        List.of(),
                        "enabled",
                        true,
                        "dailyDigest",
                        false));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.json().get("dailyDigest").asBoolean()).isFalse();
    }

    @Test
    void internalHealthReportsNotifications() {
        var r = admin.get("/api/health/internal");
        assertThat(r.status()).isEqualTo(200);
        var n = r.json().get("notifications");
        assertThat(n.has("pending")).isTrue();
        assertThat(n.has("failed")).isTrue();
        assertThat(n.has("dead")).isTrue();
        assertThat(n.has("workspacesNotConfigured")).isTrue();
        assertThat(r.body()).doesNotContain("@owner.test");
    }

    private MimeMessage awaitMessage(String to) {
        waitFor("email to " + to, Duration.ofSeconds(15), () -> !messagesTo(to).isEmpty());
        List<MimeMessage> found = messagesTo(to);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static List<MimeMessage> messagesTo(GreenMailExtension mail, String to) {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                Address[] rcpt = m.getRecipients(Message.RecipientType.TO);
                if (rcpt != null
                        && Arrays.stream(rcpt).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                    out.add(m);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    private List<MimeMessage> messagesTo(String to) {
        return messagesTo(mail, to);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String part(MimeMessage m, String type) throws Exception {
        String found = find(m.getContent(), type);
        assertThat(found).as("part " + type).isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart p = mp.getBodyPart(i);
                if (p.isMimeType(type)) {
                    return String.valueOf(p.getContent());
                }
                String nested = find(p.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
