package ai.treasurecoast.workspace;

import java.util.List;

/** The industry keys of the contract. More may be added; these stay. */
public final class Industry {

    public static final List<String> KEYS = List.of(
            "general",
            "dental",
            "medical",
            "med_spa",
            "chiropractic",
            "veterinary",
            "legal",
            "insurance",
            "hvac",
            "plumbing",
            "roofing",
            "auto_repair",
            "salon",
            "restaurant",
            "real_estate",
            "fitness");

    private Industry() {}

    public static boolean isValid(String key) {
        return key != null && KEYS.contains(key);
    }
}
