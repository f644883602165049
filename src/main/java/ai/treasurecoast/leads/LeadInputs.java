package ai.treasurecoast.leads;

/** What a visitor submits through the widget. The workspace and bot come from the widget path. */
public final class LeadInputs {

    private LeadInputs() {}

    /** A contact request: email or phone required, consent must be true. */
    public record NewLead(String name, String email, String phone, String message, String sessionId, Boolean consent) {}

    /** A booking request (internal booking mode): email or phone required, consent must be true. */
    public record NewBookingRequest(
            String name,
            String email,
            String phone,
            String service,
            String preferredTime,
            String notes,
            String sessionId,
            Boolean consent) {}
}
