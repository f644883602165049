package ai.treasurecoast.notifications;

import org.springframework.stereotype.Component;

/** Routes a message to its channel. */
@Component
class Channels {

    private final EmailChannel email;
    private final SmsChannel sms;

    Channels(EmailChannel email, SmsChannel sms) {
        this.email = email;
        this.sms = sms;
    }

    Delivery send(OutgoingMessage m) {
        return OutgoingMessage.SMS.equals(m.channel()) ? sms.send(m) : email.send(m);
    }

    boolean emailConfigured() {
        return email.configured();
    }

    boolean smsConfigured() {
        return sms.configured();
    }
}
