package ai.treasurecoast.notifications;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** SMTP through Spring Mail: a text and an HTML part, urgent alerts flagged high priority. */
@Component
class EmailChannel {

    private final ObjectProvider<JavaMailSender> mail;
    private final String host;
    private final int port;
    private final String from;
    private final ProviderBreakers breakers;

    EmailChannel(
            ObjectProvider<JavaMailSender> mail,
            @Value("${spring.mail.host:}") String host,
            @Value("${spring.mail.port:25}") int port,
            NotificationSettings settings,
            ProviderBreakers breakers) {
        this.mail = mail;
        this.host = host;
        this.port = port;
        this.from = settings.mail().fromOrDefault();
        this.breakers = breakers;
    }

    boolean configured() {
        return host != null && !host.isBlank() && mail.getIfAvailable() != null;
    }

    Delivery send(OutgoingMessage m) {
        if (!configured()) {
            return Delivery.retry(
                    "not_configured", null, "Email is not configured on the server (SMTP_HOST is not set)");
        }
        CircuitBreaker breaker = breakers.get(ProviderBreakers.SMTP);
        if (!breaker.tryAcquirePermission()) {
            return ProviderBreakers.circuitOpen("mail server");
        }
        long start = System.nanoTime();
        Delivery result;
        try {
            JavaMailSender sender = mail.getObject();
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(from));
            helper.setTo(new InternetAddress(m.recipient(), true));
            helper.setSubject(AlertMessages.oneLine(m.subject(), 200));
            helper.setText(m.text(), m.html() == null ? "<pre>" + AlertMessages.esc(m.text()) + "</pre>" : m.html());
            if (m.urgent()) {
                helper.setPriority(1);
                message.setHeader("Importance", "high");
            }
            sender.send(message);
            result = Delivery.sent("250");
        } catch (MailAuthenticationException e) {
            result = Delivery.retry("auth", null, "The mail server refused the login: check the username and password");
        } catch (MailException e) {
            result = classify(e);
        } catch (MessagingException e) {
            result = Delivery.permanent("rejected_address", null, "The email address is not valid");
        } catch (RuntimeException e) {
            result = Delivery.retry("smtp_error", null, "The mail server at " + where() + " could not send the email");
        }
        long nanos = System.nanoTime() - start;
        if (result.outcome() == Delivery.Outcome.TRANSIENT) {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new IllegalStateException(result.category()));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
        return result;
    }

    private Delivery classify(MailException e) {
        Throwable cause = e;
        if (e instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
            cause = send.getFailedMessages().values().iterator().next();
        }
        for (Throwable t = cause; t != null; t = next(t)) {
            if (t instanceof SendFailedException sfe) {
                int code = returnCode(sfe);
                if ((sfe.getInvalidAddresses() != null && sfe.getInvalidAddresses().length > 0) || code >= 500) {
                    return Delivery.permanent(
                            "rejected_address",
                            code > 0 ? String.valueOf(code) : null,
                            "The mail server rejected the recipient address");
                }
                if (code >= 400) {
                    return Delivery.retry(
                            "smtp_busy", String.valueOf(code), "The mail server asked to try again later");
                }
            }
            if (t instanceof jakarta.mail.AuthenticationFailedException) {
                return Delivery.retry(
                        "auth", null, "The mail server refused the login: check the username and password");
            }
            if (t instanceof UnknownHostException) {
                return Delivery.retry(
                        "unreachable", null, "Could not find the mail server " + host + ": check SMTP_HOST");
            }
            if (t instanceof ConnectException) {
                return Delivery.retry("unreachable", null, "Could not reach the mail server at " + where());
            }
            if (t instanceof SocketTimeoutException) {
                return Delivery.retry("timeout", null, "The mail server at " + where() + " did not answer in time");
            }
        }
        return Delivery.retry("smtp_error", null, "The mail server at " + where() + " could not send the email");
    }

    private String where() {
        return host + ":" + port;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != t) {
            return me.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** Angus Mail's SMTP exceptions carry the server's reply code; read it without depending on the implementation. */
    private static int returnCode(Throwable t) {
        try {
            Object code = t.getClass().getMethod("getReturnCode").invoke(t);
            return code instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }
}
