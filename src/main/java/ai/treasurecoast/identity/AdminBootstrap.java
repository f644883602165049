package ai.treasurecoast.identity;

import ai.treasurecoast.shared.EmailAddress;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first super admin: ADMIN_EMAIL and ADMIN_PASSWORD create or update it at start. Without
 * them, on a database with no super admin, a random password goes to a 0600 file whose path alone
 * is logged.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String DEFAULT_EMAIL = "admin@treasurecoast.local";

    private final UserRepository users;
    private final Passwords passwords;
    private final IdentitySettings settings;
    private final Path dataDir;

    AdminBootstrap(
            UserRepository users,
            Passwords passwords,
            IdentitySettings settings,
            @Value("${app.database.data-dir:./data}") String dataDir) {
        this.users = users;
        this.passwords = passwords;
        this.settings = settings;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String email = settings.adminEmail();
        String password = settings.adminPassword();
        if (email != null && !email.isBlank() && password != null && !password.isEmpty()) {
            upsert(new EmailAddress(email).value(), password);
            log.info("The super admin from ADMIN_EMAIL is ready");
            return;
        }
        if (users.anySuperAdmin()) {
            return;
        }
        String generated = randomPassword();
        upsert(DEFAULT_EMAIL, generated);
        Path file = dataDir.resolve("initial-admin-password");
        writeSecret(file, generated);
        log.warn("Created the first super admin {}; its password is in {}", DEFAULT_EMAIL, file.toAbsolutePath());
    }

    private void upsert(String email, String password) {
        String problem = passwords.problem(password);
        if (problem != null) {
            throw new IllegalStateException("ADMIN_PASSWORD " + problem);
        }
        var existing = users.findByEmail(email);
        if (existing.isPresent()) {
            if (existing.get().role() != Role.SUPER_ADMIN) {
                throw new IllegalStateException("ADMIN_EMAIL belongs to a user who is not a super admin");
            }
            if (!passwords.matches(password, existing.get().passwordHash())) {
                users.setPassword(existing.get().id(), passwords.hash(password));
            }
            users.setDisabled(existing.get().id(), false);
        } else {
            users.insert(new UserRecord(
                    UserId.random(), email, passwords.hash(password), Role.SUPER_ADMIN, null, false, null, null));
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeSecret(Path file, String secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, secret + System.lineSeparator(), StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the initial admin password file", e);
        }
    }
}
