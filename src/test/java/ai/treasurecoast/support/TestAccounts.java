package ai.treasurecoast.support;

/** Fixed credentials of the test super admin; they exist only in tests. */
public final class TestAccounts {

    public static final String SUPER_EMAIL = "super@treasurecoast.test";
    public static final String SUPER_PASSWORD = "test-super-admin-passphrase";
    public static final String USER_PASSWORD = "test-user-passphrase-42";
    public static final int SMTP_PORT = 3025;

    private TestAccounts() {}
}
