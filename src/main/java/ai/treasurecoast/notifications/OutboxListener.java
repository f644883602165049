package ai.treasurecoast.notifications;

import ai.treasurecoast.conversations.CrisisFlagged;
import ai.treasurecoast.leads.BookingRequested;
import ai.treasurecoast.leads.LeadCaptured;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synchronous on purpose: the outbox rows are written in the transaction that stores the lead,
 * booking request or flagged message, so a committed request always has its alerts, and the request
 * itself never waits for a provider.
 */
@Component
class OutboxListener {

    private final Outbox outbox;
    private final String baseUrl;

    OutboxListener(Outbox outbox, @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @EventListener
    void on(LeadCaptured event) {
        outbox.enqueue(event.workspaceId(), AlertMessages.lead(event, baseUrl), event.capturedAt());
    }

    @EventListener
    void on(BookingRequested event) {
        outbox.enqueue(event.workspaceId(), AlertMessages.booking(event, baseUrl), event.requestedAt());
    }

    @EventListener
    void on(CrisisFlagged event) {
        outbox.enqueue(event.workspaceId(), AlertMessages.crisis(event, baseUrl), event.flaggedAt());
    }
}
