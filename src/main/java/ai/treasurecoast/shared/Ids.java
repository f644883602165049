package ai.treasurecoast.shared;

import java.util.UUID;

/** Parsing of ids that arrive in paths: a malformed id names nothing, so it is not found. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Not found");
        }
    }
}
