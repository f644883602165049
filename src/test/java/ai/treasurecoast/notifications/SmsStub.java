package ai.treasurecoast.notifications;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A Twilio-shaped HTTP stub shared by the JVM (the context's SMS base URL points at its fixed port).
 * Each test scripts answers for its own destination number; unscripted numbers get 201 Created.
 */
final class SmsStub {

    static final int PORT = 3041;
    static final String SID = "ACtest0000";
    static final String TOKEN = "stub-auth-token";

    private static MockWebServer server;
    private static final Map<String, Deque<MockResponse>> scripts = new ConcurrentHashMap<>();
    private static final List<Received> received = new CopyOnWriteArrayList<>();

    record Received(String path, String authorization, Map<String, String> form, int answeredWith) {}

    private SmsStub() {}

    static synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                Map<String, String> form =
                        parse(request.getBody() == null ? "" : request.getBody().utf8());
                String to = form.getOrDefault("To", "");
                Deque<MockResponse> queue = scripts.get(to);
                MockResponse response;
                synchronized (SmsStub.class) {
                    response = queue == null || queue.isEmpty() ? created() : queue.poll();
                }
                received.add(new Received(
                        request.getTarget(), request.getHeaders().get("Authorization"), form, response.getCode()));
                return response;
            }
        });
        server.start(PORT);
    }

    /** Takes the provider down (connections are refused) until {@link #start()} runs again. */
    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static void script(String to, MockResponse... responses) {
        scripts.put(to, new ArrayDeque<>(List.of(responses)));
    }

    static List<Received> to(String number) {
        List<Received> out = new ArrayList<>();
        for (Received r : received) {
            if (number.equals(r.form().get("To"))) {
                out.add(r);
            }
        }
        return out;
    }

    static MockResponse created() {
        return json(201, "{\"sid\":\"SM0123\",\"status\":\"queued\"}");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static Map<String, String> parse(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            out.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
