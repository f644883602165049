package ai.treasurecoast.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute https URL with a host and no user info: the only kind of booking link we hand out. */
public record HttpsUrl(String value) {

    public HttpsUrl {
        if (!isValid(value)) {
            throw new IllegalArgumentException("must be an absolute https:// URL with a host");
        }
    }

    public static boolean isValid(String value) {
        if (value == null || value.isBlank() || value.length() > 2000 || !value.equals(value.strip())) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute()
                    && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                    && value.regionMatches(true, 0, "https://", 0, 8)
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && uri.getRawUserInfo() == null
                    && !value.contains("\\");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
