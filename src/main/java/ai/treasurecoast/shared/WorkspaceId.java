package ai.treasurecoast.shared;

import java.util.Objects;
import java.util.UUID;

/** The id of a client workspace, the unit of tenancy. */
public record WorkspaceId(UUID value) implements java.io.Serializable {

    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId of(UUID value) {
        return new WorkspaceId(value);
    }

    /** Parses a path segment; an unparseable one is simply not found. */
    public static WorkspaceId parse(String value) {
        return new WorkspaceId(Ids.parse(value));
    }

    public static WorkspaceId random() {
        return new WorkspaceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
