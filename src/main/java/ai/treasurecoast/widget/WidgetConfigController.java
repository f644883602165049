package ai.treasurecoast.widget;

import ai.treasurecoast.workspace.BookingMode;
import ai.treasurecoast.workspace.PublicBot;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The public widget configuration: only what a visitor's browser needs, with an ETag and a short public cache. */
@RestController
class WidgetConfigController {

    static final String CACHE = "public, max-age=60";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HEALTH = Set.of("dental", "medical", "med_spa", "chiropractic", "fitness");

    private final WidgetBots bots;

    WidgetConfigController(WidgetBots bots) {
        this.bots = bots;
    }

    @GetMapping("/api/widget/config/{clientId}/{botId}")
    ResponseEntity<String> config(
            @PathVariable String clientId,
            @PathVariable String botId,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch,
            HttpServletRequest request) {
        PublicBot bot = bots.resolve(request, clientId, botId);
        Map<String, Object> body = body(bot);
        String version = hash(JSON.writeValueAsString(body));
        body.put("version", version);
        String etag = "\"" + version + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return ResponseEntity.status(304)
                    .eTag(etag)
                    .header("Cache-Control", CACHE)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .header("Cache-Control", CACHE)
                .contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body));
    }

    static Map<String, Object> body(PublicBot pb) {
        var w = pb.workspace();
        var b = pb.bot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clientId", w.clientId());
        m.put("botId", b.botId());
        m.put("botName", b.name());
        m.put("greeting", b.greeting());
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("primaryColor", b.primaryColor());
        theme.put("position", b.position());
        m.put("theme", theme);
        m.put("bookingMode", w.bookingMode().key());
        if (w.bookingMode() == BookingMode.EXTERNAL && w.externalBookingUrl() != null) {
            m.put("bookingUrl", w.externalBookingUrl());
        }
        m.put("quickReplies", b.quickReplies());
        Map<String, Object> leadCapture = new LinkedHashMap<>();
        leadCapture.put("enabled", true);
        leadCapture.put("fields", List.of("name", "email", "phone", "message"));
        m.put("leadCapture", leadCapture);
        m.put(
                "offlineMessage",
                "We can't chat right now. Leave your name and how to reach you, and the team will get back to you.");
        m.put("disclaimer", disclaimer(w.industry()));
        return m;
    }

    static String disclaimer(String industry) {
        if ("legal".equals(industry)) {
            return "This chat gives general information, not legal advice. No attorney-client relationship is formed.";
        }
        if ("insurance".equals(industry)) {
            return "This chat gives general information. Coverage and prices are confirmed only by a licensed agent.";
        }
        if (HEALTH.contains(industry) || "veterinary".equals(industry)) {
            return "This chat gives general information, not medical advice. In an emergency, call 911.";
        }
        return null;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
