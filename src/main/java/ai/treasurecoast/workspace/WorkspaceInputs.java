package ai.treasurecoast.workspace;

import java.util.List;

/** What callers may send to create or change workspaces and bots. Nulls in a patch mean "leave as is". */
public final class WorkspaceInputs {

    private WorkspaceInputs() {}

    public record NewWorkspace(String name, String clientId, String industry, String timezone) {}

    public record WorkspacePatch(String name, String industry, String timezone, String status) {}

    public record Booking(String bookingMode, String externalBookingUrl) {}

    public record Failsafe(Boolean aiEnabled, Boolean alwaysOfferCallback) {}

    public record Retention(Integer transcriptRetentionDays, Integer leadRetentionDays) {}

    public record Theme(String primaryColor, String position) {}

    public record BotInput(
            String botId,
            String name,
            String greeting,
            Theme theme,
            List<String> allowedOrigins,
            List<String> quickReplies,
            Boolean active) {}
}
