package ai.treasurecoast.notifications;

/**
 * The result of one send attempt. {@code reason} is written for an owner ("Could not reach the mail
 * server at ...") and holds no secrets; {@code category} is a short machine key for logs and health.
 */
record Delivery(Outcome outcome, String providerStatus, String category, String reason) {

    enum Outcome {
        SENT,
        TRANSIENT,
        PERMANENT
    }

    static Delivery sent(String providerStatus) {
        return new Delivery(Outcome.SENT, providerStatus, null, null);
    }

    static Delivery retry(String category, String providerStatus, String reason) {
        return new Delivery(Outcome.TRANSIENT, providerStatus, category, reason);
    }

    static Delivery permanent(String category, String providerStatus, String reason) {
        return new Delivery(Outcome.PERMANENT, providerStatus, category, reason);
    }

    boolean ok() {
        return outcome == Outcome.SENT;
    }

    String outcomeName() {
        switch (outcome) {
            case SENT:
                return "sent";
            case PERMANENT:
                return "permanent_failure";
            default:
                return "transient_failure";
        }
    }
}
