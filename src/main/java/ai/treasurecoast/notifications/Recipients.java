package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.Redaction;

/** How recipients appear in logs and API answers: recognisable, never whole. */
final class Recipients {

    private Recipients() {}

    static String mask(String channel, String recipient) {
        return OutgoingMessage.SMS.equals(channel) ? Redaction.maskPhone(recipient) : Redaction.maskEmail(recipient);
    }
}
