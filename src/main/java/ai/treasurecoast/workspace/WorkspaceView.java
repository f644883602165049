package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.WorkspaceId;
import java.time.Instant;

/** A workspace as other modules and the API see it. */
public record WorkspaceView(
        WorkspaceId id,
        String clientId,
        String name,
        String industry,
        String timezone,
        String status,
        BookingMode bookingMode,
        String externalBookingUrl,
        boolean aiEnabled,
        boolean alwaysOfferCallback,
        boolean demo,
        int transcriptRetentionDays,
        int leadRetentionDays,
        Instant createdAt,
        Instant updatedAt) {

    public boolean active() {
        return "active".equals(status);
    }
}
