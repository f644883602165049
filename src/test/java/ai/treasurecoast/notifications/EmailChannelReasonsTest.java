package ai.treasurecoast.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The reasons an owner reads when email fails, against a real SMTP server and a closed port. */
class EmailChannelReasonsTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("owner@mail.test", "right-password"));

    static final OutgoingMessage MESSAGE =
            new OutgoingMessage(OutgoingMessage.EMAIL, "owner@clinic.test", "Subject", "text", "<p>html</p>", false);

    @Test
    void wrongPasswordIsExplained() {
        JavaMailSenderImpl sender = sender(mail.getSmtp().getPort());
        sender.setUsername("owner@mail.test");
        sender.setPassword("wrong-password");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        Delivery d = channel(sender, mail.getSmtp().getPort()).send(MESSAGE);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.TRANSIENT);
        assertThat(d.reason()).isEqualTo("The mail server refused the login: check the username and password");
    }

    @Test
    void unreachableServerIsExplained() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Delivery d = channel(sender(closed), closed).send(MESSAGE);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.TRANSIENT);
        assertThat(d.category()).isEqualTo("unreachable");
        assertThat(d.reason()).isEqualTo("Could not reach the mail server at 127.0.0.1:" + closed);
    }

    @Test
    void circuitOpensAfterRepeatedFailuresAndCostsNoConnection() throws Exception {
        // A server that hangs up on every connection and counts them.
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket hangsUp = new ServerSocket(0)) {
            Thread server = new Thread(() -> {
                while (!hangsUp.isClosed()) {
                    try (Socket s = hangsUp.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            server.setDaemon(true);
            server.start();
            EmailChannel channel = channel(sender(hangsUp.getLocalPort()), hangsUp.getLocalPort());
            for (int i = 0; i < 4; i++) {
                assertThat(channel.send(MESSAGE).ok()).isFalse();
            }
            int before = connections.get();
            assertThat(before).isPositive();

            Delivery d = channel.send(MESSAGE);

            assertThat(d.category()).isEqualTo("circuit_open");
            assertThat(connections.get())
                    .as("connections once the circuit is open")
                    .isEqualTo(before);
        }
    }

    @Test
    void sendsWhenTheLoginIsRight() {
        JavaMailSenderImpl sender = sender(mail.getSmtp().getPort());
        sender.setUsername("owner@mail.test");
        sender.setPassword("right-password");
        sender.getJavaMailProperties().put("mail.smtp.auth", "true");
        assertThat(channel(sender, mail.getSmtp().getPort()).send(MESSAGE).ok()).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties p = sender.getJavaMailProperties();
        p.put("mail.smtp.connectiontimeout", "2000");
        p.put("mail.smtp.timeout", "2000");
        return sender;
    }

    private static EmailChannel channel(JavaMailSender sender, int port) {
        NotificationSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                        "app.mail.from", "alerts@treasurecoast.test",
                        "app.notifications.breaker.minimum-number-of-calls", "4",
                        "app.notifications.breaker.sliding-window-size", "4")))
                .bindOrCreate("app", NotificationSettings.class);
        var provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return new EmailChannel(provider, "127.0.0.1", port, settings, new ProviderBreakers(settings));
    }
}
