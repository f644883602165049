package ai.treasurecoast.workspace;

/** A workspace in the admin API. */
record WorkspaceJson(
        String id,
        String clientId,
        String name,
        String industry,
        String timezone,
        String status,
        String bookingMode,
        String externalBookingUrl,
        boolean aiEnabled,
        boolean alwaysOfferCallback,
        boolean demo,
        int transcriptRetentionDays,
        int leadRetentionDays,
        String createdAt,
        String updatedAt) {

    static WorkspaceJson of(WorkspaceView w) {
        return new WorkspaceJson(
                w.id().toString(),
                w.clientId(),
                w.name(),
                w.industry(),
                w.timezone(),
                w.status(),
                w.bookingMode().key(),
                w.externalBookingUrl(),
                w.aiEnabled(),
                w.alwaysOfferCallback(),
                w.demo(),
                w.transcriptRetentionDays(),
                w.leadRetentionDays(),
                w.createdAt().toString(),
                w.updatedAt().toString());
    }
}
