package ai.treasurecoast.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one redaction function: logs, error messages, audit entries and health reports all pass
 * through it, so an email, phone number, token, card number or secret never leaves in clear.
 */
public final class Redaction {

    public static final String REDACTED = "[redacted]";

    private static final Set<String> SECRET_KEYS = Set.of(
            "password",
            "passwordhash",
            "password_hash",
            "currentpassword",
            "newpassword",
            "token",
            "tokenhash",
            "secret",
            "apikey",
            "api_key",
            "authtoken",
            "auth_token",
            "authorization",
            "cookie",
            "session",
            "smtppassword",
            "smspassword",
            "resetlink",
            "link",
            "hash",
            "credentials");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|auth[_-]?token)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',;&}]+");
    private static final Pattern QUERY_TOKEN =
            Pattern.compile("(?i)([?&](?:token|key|code|sig|signature)=)[^&\\s\"']+");
    private static final Pattern LONG_SECRET =
            Pattern.compile("\\b(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z0-9_-]{32,}\\b");
    private static final Pattern DATE = Pattern.compile("\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?[0-9][0-9 ().-]{6,}[0-9](?![\\w])");

    private Redaction() {}

    public static String text(String input) {
        if (input == null || input.isEmpty()) {
            return input;
        }
        String out = CardNumbers.mask(input);
        out = BEARER.matcher(out).replaceAll("$1 " + REDACTED);
        out = KEY_VALUE.matcher(out).replaceAll("$1" + REDACTED);
        out = QUERY_TOKEN.matcher(out).replaceAll("$1" + REDACTED);
        out = EMAIL.matcher(out).replaceAll("[email]");
        out = LONG_SECRET.matcher(out).replaceAll(REDACTED);
        out = PHONE.matcher(out)
                .replaceAll(m -> looksLikePhone(m.group()) ? "[phone]" : Matcher.quoteReplacement(m.group()));
        return out;
    }

    /** Seven or more digits, but not a date or time such as 2026-11-29 or 21:05:48, which are no one's number. */
    private static boolean looksLikePhone(String candidate) {
        return candidate.replaceAll("[^0-9]", "").length() >= 7
                && !DATE.matcher(candidate).find();
    }

    /** Removes card numbers, credentials and long tokens but keeps names, emails and phone numbers readable. */
    public static String secretsOnly(String input) {
        if (input == null || input.isEmpty()) {
            return input;
        }
        String out = CardNumbers.mask(input);
        out = BEARER.matcher(out).replaceAll("$1 " + REDACTED);
        out = KEY_VALUE.matcher(out).replaceAll("$1" + REDACTED);
        out = QUERY_TOKEN.matcher(out).replaceAll("$1" + REDACTED);
        return LONG_SECRET.matcher(out).replaceAll(REDACTED);
    }

    public static boolean isSecretKey(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return SECRET_KEYS.contains(k)
                || k.endsWith("password")
                || k.endsWith("token")
                || k.endsWith("secret")
                || k.endsWith("hash");
    }

    /** Redacts a structured value: secret keys are dropped to a marker, strings pass through {@link #text}. */
    public static Object value(Object input) {
        if (input instanceof Map<?, ?> map) {
            var out = new java.util.LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), isSecretKey(String.valueOf(k)) ? REDACTED : value(v)));
            return out;
        }
        if (input instanceof Iterable<?> list) {
            var out = new java.util.ArrayList<Object>();
            list.forEach(v -> out.add(value(v)));
            return out;
        }
        if (input instanceof CharSequence s) {
            return text(s.toString());
        }
        return input;
    }

    /** Shows enough of an email to recognise it in a list, never the whole address. */
    public static String maskEmail(String email) {
        if (email == null || !email.contains("@")) {
            return REDACTED;
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Keeps the last two digits of a phone number. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 4) {
            return REDACTED;
        }
        return phone.substring(0, Math.min(2, phone.length())) + "***" + phone.substring(phone.length() - 2);
    }
}
