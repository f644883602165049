package ai.treasurecoast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A full application on a random port, with its own embedded PostgreSQL in a fresh data
 * directory. Every test class with the same annotation shares one cached context.
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
            "app.widget.ip-per-minute=100000",
            "app.widget.config-per-minute=100000",
            "app.demo.seed=false",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + TestAccounts.SMTP_PORT,
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "app.mail.from=alerts@treasurecoast.test",
            "app.base-url=http://localhost:8080",
            "LOG_FORMAT=logstash",
            "logging.level.ai.treasurecoast.request=WARN"
        })
public @interface IntegrationTest {}
