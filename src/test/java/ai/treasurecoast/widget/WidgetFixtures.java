package ai.treasurecoast.widget;

import ai.treasurecoast.support.ApiClient;
import ai.treasurecoast.support.TestAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Creates workspaces and bots through the admin API, with unique client ids (the context is shared). */
final class WidgetFixtures {

    record Site(String workspaceId, String clientId, String botId) {
        String path() {
            return "/" + clientId + "/" + botId;
        }
    }

    private final ApiClient admin;

    WidgetFixtures(int port) {
        this.admin = new ApiClient(port).loginOrFail(TestAccounts.SUPER_EMAIL, TestAccounts.SUPER_PASSWORD);
    }

    ApiClient admin() {
        return admin;
    }

    Site site(String industry, List<String> allowedOrigins) {
        String clientId = "w-" + industry.replace('_', '-') + "-"
                + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        var created = admin.post(
                "/api/admin/workspaces",
                Map.of(
                        "name",
                        "Widget " + clientId,
                        "clientId",
                        clientId,
                        "industry",
                        industry,
                        "timezone",
                        "America/New_York"));
        if (created.status() != 201) {
            throw new AssertionError(created.toString());
        }
        String id = created.json().get("id").asString();
        Map<String, Object> bot = new LinkedHashMap<>();
        bot.put("botId", "front-desk");
        bot.put("name", "Front Desk");
        bot.put("greeting", "Hi! How can we help?");
        bot.put("theme", Map.of("primaryColor", "#123456", "position", "right"));
        bot.put("allowedOrigins", allowedOrigins);
        bot.put("quickReplies", List.of("Opening hours", "Prices"));
        var b = admin.post("/api/admin/workspaces/" + id + "/bots", bot);
        if (b.status() != 201) {
            throw new AssertionError(b.toString());
        }
        return new Site(id, clientId, "front-desk");
    }

    void booking(Site site, String mode, String url) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bookingMode", mode);
        body.put("externalBookingUrl", url);
        var r = admin.put("/api/admin/workspaces/" + site.workspaceId() + "/booking", body);
        if (r.status() != 200) {
            throw new AssertionError(r.toString());
        }
    }
}
