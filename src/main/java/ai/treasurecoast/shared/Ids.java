package ai.treasurecoast.shared;

import java.util.UUID;

/**
 * Parsing of ids. In a path a malformed id names nothing, so it is not found; in a request body
 * it is the client's mistake, so it is a field error.
 */
public final class Ids {

    private Ids() {}

    public static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Not found");
        }
    }

    /** An id from a request body: missing or malformed is a 400 naming the field. */
    public static UUID parseField(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be an id (a UUID)");
        }
    }
}
