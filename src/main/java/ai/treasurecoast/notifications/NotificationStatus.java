package ai.treasurecoast.notifications;

import java.time.Instant;

/**
 * Whether a workspace's owner is being alerted: configured recipients, the last success and failure
 * (with a reason an owner understands), and how many alerts wait or have failed.
 */
public record NotificationStatus(
        boolean configured,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastFailureReason,
        long pending,
        long failed) {

    /** The console banner's text. */
    public static final String BANNER = "Requests are saved but you won't be alerted.";

    /** True when the most recent delivery attempt failed. */
    public boolean failing() {
        return lastFailureAt != null && (lastSuccessAt == null || lastFailureAt.isAfter(lastSuccessAt));
    }

    /** True when the owner is not (or not reliably) alerted and the console should say so. */
    public boolean needsAttention() {
        return !configured || failing();
    }

    /** The banner text, or null when alerts are working. */
    public String banner() {
        return needsAttention() ? BANNER : null;
    }
}
