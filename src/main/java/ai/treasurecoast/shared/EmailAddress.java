package ai.treasurecoast.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically valid email address, stored lower-case. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid email address");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        return value != null
                && value.trim().length() <= 254
                && SHAPE.matcher(value.trim()).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
