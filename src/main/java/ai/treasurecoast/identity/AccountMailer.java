package ai.treasurecoast.identity;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends invitation and reset emails after the transaction commits, off the request thread, so
 * the answer takes as long whether or not the account exists. Links are never logged.
 */
@Component
class AccountMailer {

    private static final Logger log = LoggerFactory.getLogger(AccountMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final AppEnvironment env;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "account-mail");
        t.setDaemon(true);
        return t;
    });

    AccountMailer(ObjectProvider<JavaMailSender> mail, @Value("${app.mail.from:}") String from, AppEnvironment env) {
        this.mail = mail;
        this.from = from == null || from.isBlank() ? "no-reply@treasurecoast.ai" : from;
        this.env = env;
    }

    void sendReset(String to, String token) {
        String link = link(token);
        send(
                to,
                "Reset your Treasure Coast AI password",
                "Someone asked to reset the password of your Treasure Coast AI account.\n\n"
                        + "To choose a new password, open this link within 30 minutes:\n" + link + "\n\n"
                        + "If you did not ask for this, ignore this email: your password stays as it is.\n");
    }

    void sendInvite(String to, String token) {
        String link = link(token);
        send(
                to,
                "You have been invited to Treasure Coast AI",
                "You have been given access to Treasure Coast AI, the AI front desk console.\n\n"
                        + "To set your password and sign in, open this link within 7 days:\n" + link + "\n");
    }

    private String link(String token) {
        return env.baseUrl() + "/admin/set-password?token=" + token;
    }

    private void send(String to, String subject, String body) {
        Runnable task = () -> {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                log.warn("Email is not configured (SMTP_HOST); an account email could not be sent");
                return;
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(new InternetAddress(from));
                helper.setTo(new InternetAddress(to, true));
                helper.setSubject(subject);
                helper.setText(body, false);
                sender.send(message);
                log.info("Account email sent");
            } catch (Exception e) {
                log.warn("Account email could not be sent: {}", e.getClass().getSimpleName());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(task);
                }
            });
        } else {
            executor.execute(task);
        }
    }
}
