package ai.treasurecoast.notifications;

import ai.treasurecoast.support.TestAccounts;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shared integration context plus a configured SMS provider (the stub on {@link SmsStub#PORT}) and
 * fast dispatcher timing, so retries take milliseconds. Every notifications test class shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.database.data-dir=target/test-data/${random.uuid}",
            "app.database.durable=false",
            "app.identity.admin-email=" + TestAccounts.SUPER_EMAIL,
            "app.identity.admin-password=" + TestAccounts.SUPER_PASSWORD,
            "app.identity.max-failures-per-ip=1000",
            "app.demo.seed=false",
            "app.widget.rate-limits-enabled=false",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TestAccounts.SMTP_PORT,
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "app.mail.from=alerts@treasurecoast.test",
            "app.base-url=http://localhost:8080",
            "LOG_FORMAT=logstash",
            "logging.level.ai.treasurecoast.request=WARN",
            "app.sms.provider=twilio",
            "app.sms.base-url=http://127.0.0.1:" + SmsStub.PORT,
            "app.sms.account-sid=" + SmsStub.SID,
            "app.sms.auth-token=" + SmsStub.TOKEN,
            "app.sms.from=+15550001111",
            "app.sms.connect-timeout=1s",
            "app.sms.read-timeout=1s",
            "app.notifications.poll-interval=100ms",
            "app.notifications.backoff-base=100ms",
            "app.notifications.backoff-cap=400ms",
            "app.notifications.max-attempts=4",
            "app.notifications.lease=30s",
            "app.notifications.digest-enabled=false",
            "app.notifications.breaker.minimum-number-of-calls=100000"
        })
@interface NotificationTest {}
