package ai.treasurecoast.notifications;

import ai.treasurecoast.shared.Redaction;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through Twilio's REST API ({@code POST {base}/2010-04-01/Accounts/{sid}/Messages.json},
 * form body, basic auth). 2xx is delivered; 429 and 5xx, timeouts and refused connections are retried;
 * any other 4xx (an invalid number, a rejected sender) is final, with the provider's reason.
 */
@Component
class SmsChannel {

    private final NotificationSettings.Sms settings;
    private final ProviderBreakers breakers;
    private final JsonMapper json;
    private final RestClient client;

    SmsChannel(NotificationSettings settings, ProviderBreakers breakers, JsonMapper json) {
        this.settings = settings.sms();
        this.breakers = breakers;
        this.json = json;
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(this.settings.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(this.settings.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
    }

    boolean configured() {
        return settings.configured();
    }

    Delivery send(OutgoingMessage m) {
        if (!configured()) {
            return Delivery.retry("not_configured", null, "SMS is not configured");
        }
        CircuitBreaker breaker = breakers.get(ProviderBreakers.SMS);
        if (!breaker.tryAcquirePermission()) {
            return ProviderBreakers.circuitOpen("SMS provider");
        }
        long start = System.nanoTime();
        Delivery result = call(m);
        long nanos = System.nanoTime() - start;
        if (result.outcome() == Delivery.Outcome.TRANSIENT) {
            breaker.onError(nanos, TimeUnit.NANOSECONDS, new IllegalStateException(result.category()));
        } else {
            breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
        }
        return result;
    }

    private Delivery call(OutgoingMessage m) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", m.recipient());
        form.add("From", settings.from());
        form.add("Body", m.text());
        String base = settings.baseUrl().replaceAll("/+$", "");
        try {
            return client.post()
                    .uri(URI.create(base + "/2010-04-01/Accounts/" + settings.accountSid() + "/Messages.json"))
                    .headers(h -> h.setBasicAuth(settings.accountSid(), settings.authToken()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .exchange((request, response) ->
                            classify(response.getStatusCode().value(), read(response.getBody())));
        } catch (ResourceAccessException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                    return Delivery.retry("timeout", null, "The SMS provider did not answer in time");
                }
                if (t instanceof ConnectException || t instanceof UnknownHostException) {
                    return Delivery.retry("unreachable", null, "Could not reach the SMS provider at " + host(base));
                }
            }
            return Delivery.retry("network", null, "The connection to the SMS provider failed");
        } catch (RuntimeException e) {
            return Delivery.retry("sms_error", null, "The SMS provider could not be called");
        }
    }

    private Delivery classify(int status, String body) {
        String code = String.valueOf(status);
        if (status >= 200 && status < 300) {
            return Delivery.sent(code);
        }
        if (status == 429) {
            return Delivery.retry("rate_limited", code, "The SMS provider asked us to slow down; it will be retried");
        }
        if (status >= 500) {
            return Delivery.retry(
                    "provider_error", code, "The SMS provider had a problem (" + code + "); it will be retried");
        }
        if (status == 401 || status == 403) {
            return Delivery.permanent("auth", code, "The SMS provider refused the account SID or auth token");
        }
        String detail = providerMessage(body);
        return Delivery.permanent(
                "rejected",
                code,
                "The SMS provider rejected the message" + (detail == null ? " (" + code + ")" : ": " + detail));
    }

    /** Twilio answers errors as {@code {"code": 21211, "message": "..."}}; the message is redacted and bounded. */
    private String providerMessage(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            String message = node.path("message").asString("");
            String code = node.path("code").asString("");
            if (message.isBlank()) {
                return null;
            }
            String safe = Redaction.text(message.replaceAll("[\\p{Cntrl}]+", " "));
            if (safe.length() > 200) {
                safe = safe.substring(0, 200);
            }
            return safe + (code.isBlank() ? "" : " (code " + code + ")");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "";
        }
    }

    private static String host(String base) {
        try {
            URI uri = URI.create(base);
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (RuntimeException e) {
            return "the configured address";
        }
    }
}
