package ai.treasurecoast.shared;

/** What a console user may do: the agency's super admins, and a workspace's admins and viewers. */
public enum Role {
    SUPER_ADMIN,
    WORKSPACE_ADMIN,
    WORKSPACE_VIEWER;

    public static Role parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
