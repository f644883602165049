package ai.treasurecoast.notifications;

import static ai.treasurecoast.notifications.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.TreasureCoastApplication;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application contexts on one database: the second stands for a restarted node (it picks up rows
 * committed while no dispatcher ran) and then for a second node sharing the work.
 */
@NotificationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationClusterTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(
                    new ServerSetup(TestAccounts.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    static ConfigurableApplicationContext second;

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
    HikariDataSource dataSource;

    ApiClient admin;

    @BeforeEach
    void login() {
        admin = superAdmin(port);
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    @Order(1)
    void rowsCommittedBeforeARestartAreDeliveredByTheNextNode() {
        WorkspaceId ws = workspace(admin);
        String owner = uniqueEmail("restart");
        settings(admin, ws, List.of(owner), List.of());
        dispatcher.pause();
        try {
            for (int i = 0; i < 5; i++) {
                publish(tx, events, lead(ws, "Restart " + i, "sent after restart"));
            }
            assertThat(count(jdbc, ws, "pending")).isEqualTo(5);

            second = startSecondNode(dataSource.getJdbcUrl());

            waitFor("delivered by the restarted node", Duration.ofSeconds(30), () -> count(jdbc, ws, "sent") == 5);
            List<String> subjects = subjects(EmailDeliveryTest.messagesTo(mail, owner));
            assertThat(subjects).hasSize(5).doesNotHaveDuplicates();
            assertThat(nodes(ws))
                    .containsExactly(second.getBean(Dispatcher.class).node());
        } finally {
            dispatcher.resume();
        }
    }

    @Test
    @Order(2)
    void twoDispatchersSendEachNotificationOnce() {
        assertThat(second).as("second node").isNotNull();
        WorkspaceId ws = workspace(admin);
        List<String> owners = List.of(uniqueEmail("n1"), uniqueEmail("n2"), uniqueEmail("n3"));
        settings(admin, ws, owners, List.of());
        for (int batch = 0; batch < 10; batch++) {
            List<Object> leads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                leads.add(lead(ws, "Pair " + batch + "-" + i, "two nodes"));
            }
            publish(tx, events, leads.toArray());
            sleep(60);
        }
        int expected = 10 * 8 * owners.size();
        waitFor("all sent", Duration.ofSeconds(60), () -> count(jdbc, ws, "sent") == expected);

        List<MimeMessage> received = new ArrayList<>();
        for (String owner : owners) {
            List<MimeMessage> mine = EmailDeliveryTest.messagesTo(mail, owner);
            assertThat(subjects(mine)).hasSize(80).doesNotHaveDuplicates();
            received.addAll(mine);
        }
        assertThat(received).hasSize(expected);
        Long maxLogsPerNotification =
                jdbc.sql("""
                        SELECT max(c) FROM (SELECT count(*) AS c FROM notification_logs WHERE workspace_id = :ws
                        GROUP BY notification_id) t
                        """).param("ws", ws.value()).query(Long.class).single();
        assertThat(maxLogsPerNotification).isEqualTo(1);
        Map<String, Long> perNode = new java.util.TreeMap<>();
        jdbc.sql("SELECT node, count(*) FROM notification_logs WHERE workspace_id = :ws GROUP BY node")
                .param("ws", ws.value())
                .query((rs, i) -> perNode.put(rs.getString(1), rs.getLong(2)))
                .list();
        System.out.println("notifications per node: " + perNode);
        assertThat(perNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);
    }

    static ConfigurableApplicationContext startSecondNode(String jdbcUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--app.database.url=" + jdbcUrl,
                "--server.port=0",
                "--app.identity.admin-email=" + TestAccounts.SUPER_EMAIL,
                "--app.identity.admin-password=" + TestAccounts.SUPER_PASSWORD,
                "--app.demo.seed=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestAccounts.SMTP_PORT,
                "--spring.mail.properties.mail.smtp.starttls.enable=false",
                "--app.mail.from=alerts@treasurecoast.test",
                "--app.base-url=http://localhost:8080",
                "--app.sms.provider=twilio",
                "--app.sms.base-url=http://127.0.0.1:" + SmsStub.PORT,
                "--app.sms.account-sid=" + SmsStub.SID,
                "--app.sms.auth-token=" + SmsStub.TOKEN,
                "--app.sms.from=+15550001111",
                "--app.notifications.poll-interval=100ms",
                "--app.notifications.backoff-base=100ms",
                "--app.notifications.backoff-cap=400ms",
                "--app.notifications.max-attempts=4",
                "--app.notifications.lease=30s",
                "--app.notifications.digest-enabled=false",
                "--logging.level.ai.treasurecoast.request=WARN"));
        return new SpringApplicationBuilder(TreasureCoastApplication.class).run(args.toArray(String[]::new));
    }

    private List<String> nodes(WorkspaceId ws) {
        return jdbc.sql("SELECT DISTINCT node FROM notification_logs WHERE workspace_id = :ws")
                .param("ws", ws.value())
                .query(String.class)
                .list();
    }

    private static List<String> subjects(List<MimeMessage> messages) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MimeMessage m : messages) {
            try {
                out.add(m.getSubject());
                seen.add(m.getSubject());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
