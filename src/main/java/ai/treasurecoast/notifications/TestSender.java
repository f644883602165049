package ai.treasurecoast.notifications;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.WorkspaceId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test send goes straight to the providers (not through the outbox), so the owner hears at once
 * whether alerts work and, if not, why. No transaction is held while a provider is called.
 */
@Component
class TestSender {

    private final Channels channels;
    private final OutboxRepository rows;
    private final AuditRecorder audit;
    private final TransactionTemplate tx;
    private final Dispatcher dispatcher;
    private final String baseUrl;

    TestSender(
            Channels channels,
            OutboxRepository rows,
            AuditRecorder audit,
            TransactionTemplate tx,
            Dispatcher dispatcher,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.channels = channels;
        this.rows = rows;
        this.audit = audit;
        this.tx = tx;
        this.dispatcher = dispatcher;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    TestSendResult send(WorkspaceId workspace, NotificationPreferences p) {
        TestSendResult result = deliver(workspace, p);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("result", result.result());
        after.put("reason", result.reason());
        tx.executeWithoutResult(s ->
                audit.record(AuditEvent.of("notification.test", "notification_settings", workspace.value(), workspace)
                        .after(after)
                        .outcome(result.result().equals("sent") ? "success" : "failure")));
        return result;
    }

    private TestSendResult deliver(WorkspaceId workspace, NotificationPreferences p) {
        if (p.emailRecipients().isEmpty() && p.smsRecipients().isEmpty()) {
            return TestSendResult.failed("No email recipients are set");
        }
        if (!p.smsRecipients().isEmpty()
                && !channels.smsConfigured()
                && p.emailRecipients().isEmpty()) {
            return TestSendResult.failed("SMS is not configured");
        }
        Alert alert = AlertMessages.test(workspace, baseUrl);
        String firstFailure = null;
        int emails = 0;
        int texts = 0;
        for (String email : p.emailRecipients()) {
            Delivery d = sendAndRecord(
                    workspace,
                    new OutgoingMessage(
                            OutgoingMessage.EMAIL,
                            email,
                            alert.subject(),
                            alert.emailText(),
                            alert.emailHtml(),
                            false));
            if (d.ok()) {
                emails++;
            } else if (firstFailure == null) {
                firstFailure = d.reason();
            }
        }
        for (String phone : p.smsRecipients()) {
            Delivery d = sendAndRecord(
                    workspace, new OutgoingMessage(OutgoingMessage.SMS, phone, null, alert.smsText(), null, false));
            if (d.ok()) {
                texts++;
            } else if (firstFailure == null) {
                firstFailure = d.reason();
            }
        }
        if (firstFailure != null) {
            return TestSendResult.failed(firstFailure);
        }
        String sent = "Test sent to " + count(emails, "email address", "email addresses")
                + (texts > 0 ? " and " + count(texts, "phone number", "phone numbers") : "");
        if (!p.enabled()) {
            sent += ". Alerts are turned off for this workspace, so real requests will not be sent";
        } else if (p.emailRecipients().isEmpty()) {
            sent += ". No email recipients are set, so there is no daily digest";
        }
        return TestSendResult.sent(sent);
    }

    private Delivery sendAndRecord(WorkspaceId workspace, OutgoingMessage m) {
        long start = System.nanoTime();
        Delivery d = channels.send(m);
        long ms = (System.nanoTime() - start) / 1_000_000;
        tx.executeWithoutResult(s -> rows.recordTest(workspace, m, d, ms, dispatcher.node()));
        return d;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
