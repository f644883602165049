package ai.treasurecoast.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a console user. */
public record UserId(UUID value) implements java.io.Serializable {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    public static UserId parse(String value) {
        return new UserId(Ids.parse(value));
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
