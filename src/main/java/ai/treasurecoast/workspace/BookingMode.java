package ai.treasurecoast.workspace;

import java.util.Locale;

/** How a workspace takes bookings: redirect to its own HTTPS page, capture a request, or not at all. */
public enum BookingMode {
    EXTERNAL,
    INTERNAL,
    OFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BookingMode parse(String value) {
        if (value == null) {
            return null;
        }
        for (BookingMode mode : values()) {
            if (mode.key().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        return null;
    }
}
