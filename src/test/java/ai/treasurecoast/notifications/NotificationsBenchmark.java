package ai.treasurecoast.notifications;

import static ai.treasurecoast.notifications.Fixtures.*;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not part of the default run (the name does not end in Test). Run with
 * {@code ./mvnw -q test -Dtest=NotificationsBenchmark} and read the lines starting with "BENCH".
 */
@NotificationTest
class NotificationsBenchmark {

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

    @Test
    void measure() throws Exception {
        SmsStub.start();
        GreenMail smtp = new GreenMail(new ServerSetup(TestAccounts.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            ApiClient admin = superAdmin(port);
            throughput(admin, smtp, 300);
            String phone = uniquePhone();
            WorkspaceId ws = workspace(admin);
            settings(admin, ws, List.of(uniqueEmail("lat1"), uniqueEmail("lat2")), List.of(phone));
            WorkspaceId off = workspace(admin);
            admin.put(base(off) + "/settings", java.util.Map.of("enabled", false));

            Site site = site(admin);
            settings(admin, site.id(), List.of(uniqueEmail("http1"), uniqueEmail("http2")), List.of(uniquePhone()));
            ApiClient widget = new ApiClient(port);
            http("warm-up", widget, site, 100, new ArrayList<>());
            // alternate rounds so that drift in machine load hits both cases alike
            List<Long> up = new ArrayList<>();
            List<Long> downs = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                http("up round " + round, widget, site, 125, up);
                smtp.stop();
                SmsStub.stop();
                http("down round " + round, widget, site, 125, downs);
                smtp.start();
                SmsStub.start();
            }
            report("HTTP lead capture, providers up", up);
            report("HTTP lead capture, SMTP and SMS down (refused)", downs);

            latency("warm-up", ws, 200);
            latency("alerts off (event row only)", off, 1000);
            latency("providers up (1 event + 3 outbox rows)", ws, 1000);
            smtp.stop();
            List<mockwebserver3.MockResponse> down = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                down.add(SmsStub.json(503, "{\"message\":\"down\"}"));
            }
            SmsStub.script(phone, down.toArray(mockwebserver3.MockResponse[]::new));
            latency("providers down (SMTP refused, SMS 503)", ws, 1000);
        } finally {
            smtp.stop();
        }
    }

    private void throughput(ApiClient admin, GreenMail smtp, int n) {
        WorkspaceId ws = workspace(admin);
        List<String> owners = List.of(uniqueEmail("tp1"), uniqueEmail("tp2"), uniqueEmail("tp3"));
        settings(admin, ws, owners, List.of());
        dispatcher.pause();
        for (int i = 0; i < n / owners.size(); i++) {
            publish(tx, events, lead(ws, "Throughput " + i, "bench"));
        }
        int before = smtp.getReceivedMessages().length;
        long start = System.nanoTime();
        dispatcher.resume();
        waitFor("all sent", Duration.ofMinutes(5), () -> count(jdbc, ws, "sent") == n);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "BENCH throughput: %d emails to GreenMail in %.2f s = %.1f emails/s (received %d)%n",
                n, seconds, n / seconds, smtp.getReceivedMessages().length - before);
    }

    private static void http(String label, ApiClient widget, Site site, int n, List<Long> micros) {
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            var r = widget.post(
                    site.leadsPath(),
                    java.util.Map.of(
                            "name", "Http " + i, "phone", "+15557654321", "message", "bench", "consent", true));
            micros.add((System.nanoTime() - start) / 1000);
            if (r.status() != 201) {
                throw new AssertionError(label + ": " + r);
            }
        }
    }

    private static void report(String label, List<Long> micros) {
        Collections.sort(micros);
        int n = micros.size();
        System.out.printf(
                "BENCH http %-50s n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms%n",
                label,
                n,
                micros.get(n / 2) / 1000.0,
                micros.get((int) (n * 0.95)) / 1000.0,
                micros.get((int) (n * 0.99)) / 1000.0);
    }

    private void latency(String label, WorkspaceId ws, int n) {
        List<Long> micros = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            publish(tx, events, lead(ws, "Latency " + i, "bench"));
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf(
                "BENCH latency %-45s n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms%n",
                label,
                n,
                micros.get(n / 2) / 1000.0,
                micros.get((int) (n * 0.95)) / 1000.0,
                micros.get((int) (n * 0.99)) / 1000.0);
    }
}
