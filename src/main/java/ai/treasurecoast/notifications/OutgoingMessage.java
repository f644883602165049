package ai.treasurecoast.notifications;

/** One message to one recipient on one channel, already rendered. {@code html} is null for SMS. */
record OutgoingMessage(String channel, String recipient, String subject, String text, String html, boolean urgent) {

    static final String EMAIL = "email";
    static final String SMS = "sms";
}
