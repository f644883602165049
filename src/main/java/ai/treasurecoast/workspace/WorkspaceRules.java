package ai.treasurecoast.workspace;

import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.HttpsUrl;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** Validation of workspace and bot input, with messages a person can act on. */
final class WorkspaceRules {

    static final Pattern CLIENT_ID = Pattern.compile("^[a-z0-9-]{3,40}$");
    static final Pattern BOT_ID = Pattern.compile("^[a-z0-9-]{2,40}$");
    static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private WorkspaceRules() {}

    static boolean validZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static void checkName(FieldChecks checks, String name) {
        checks.text(name, "name", 1, 120);
    }

    static void checkIndustry(FieldChecks checks, String industry) {
        checks.require(Industry.isValid(industry), "industry", "must be one of " + String.join(", ", Industry.KEYS));
    }

    static void checkTimezone(FieldChecks checks, String timezone) {
        checks.require(validZone(timezone), "timezone", "must be an IANA time zone such as America/New_York");
    }

    static void checkBookingUrl(FieldChecks checks, String url, boolean required) {
        if (url == null || url.isBlank()) {
            checks.require(!required, "externalBookingUrl", "is required when booking mode is external");
            return;
        }
        checks.require(
                HttpsUrl.isValid(url),
                "externalBookingUrl",
                "must be a full https:// address with a host, such as https://booking.example.com/your-page");
    }

    static void checkOrigins(FieldChecks checks, List<String> origins) {
        if (origins == null) {
            return;
        }
        checks.require(origins.size() <= 20, "allowedOrigins", "may list at most 20 origins");
        for (String origin : origins) {
            checks.require(
                    validOrigin(origin),
                    "allowedOrigins",
                    "each origin must look like https://www.example.com (scheme, host and optional port, no path)");
        }
    }

    static boolean validOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }
}
