package ai.treasurecoast.shared;

import java.util.regex.Pattern;

/** A phone number in E.164 form (+ and 8 to 15 digits). */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{7,14}$");

    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
    }

    public static boolean isValid(String value) {
        return value != null && E164.matcher(value).matches();
    }

    /** Loosely entered visitor numbers: keeps digits and a leading plus, or null when too short to call. */
    public static String normalizeLoose(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.trim();
        String digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.length() < 7 || digits.length() > 15) {
            return null;
        }
        return (trimmed.startsWith("+") ? "+" : "") + digits;
    }

    @Override
    public String toString() {
        return value;
    }
}
