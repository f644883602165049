package ai.treasurecoast.widget;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A client's website on another origin (127.0.0.1 vs localhost): host pages the browser tests embed the widget in. */
final class HostPages implements AutoCloseable {

    static final String HOST_SCRIPT = """
            document.getElementById('host-button').addEventListener('click', function () {
              var c = document.getElementById('count');
              c.textContent = String(Number(c.textContent) + 1);
            });
            """;

    private record Page(String html, String csp) {}

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    HostPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            String type;
            Page page = pages.get(path);
            if (path.equals("/host.js")) {
                body = HOST_SCRIPT.getBytes(StandardCharsets.UTF_8);
                type = "text/javascript";
            } else if (page != null) {
                body = page.html().getBytes(StandardCharsets.UTF_8);
                type = "text/html; charset=utf-8";
                if (page.csp() != null) {
                    exchange.getResponseHeaders().set("Content-Security-Policy", page.csp());
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Registers a page embedding the widget exactly as the embed code says; returns its URL. */
    String page(
            String path,
            int appPort,
            WidgetFixtures.Site site,
            String extraAttributes,
            boolean hostScript,
            String csp) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Client site</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body>
                <h1>Welcome to our practice</h1>
                <button id="host-button" type="button">Host button</button> <span id="count">0</span>
                %s
                <script async src="http://localhost:%d/widget.js" data-client-id="%s" data-bot-id="%s" %s></script>
                </body></html>
                """.formatted(
                        hostScript ? "<script src=\"/host.js\"></script>" : "",
                        appPort,
                        site.clientId(),
                        site.botId(),
                        extraAttributes == null ? "" : extraAttributes);
        pages.put(path, new Page(html, csp));
        return origin() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
