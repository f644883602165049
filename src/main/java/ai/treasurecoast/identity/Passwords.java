package ai.treasurecoast.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing with explicit parameters (OWASP's 19 MiB, 2 iterations, 1 lane) and the
 * password policy: 12 to 128 characters, not on the common-passwords list.
 */
@Component
class Passwords {

    static final int MIN = 12;
    static final int MAX = 128;

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
    private final Set<String> common = load();
    /** Compared against when the account does not exist, so timing reveals nothing. */
    private final String decoy = encoder.encode("decoy-password-that-never-matches");

    String hash(String raw) {
        return encoder.encode(raw);
    }

    boolean matches(String raw, String hash) {
        if (raw == null) {
            return false;
        }
        if (hash == null) {
            encoder.matches(raw, decoy);
            return false;
        }
        return encoder.matches(raw, hash);
    }

    /** Null when acceptable, else the reason in plain words. */
    String problem(String raw) {
        if (raw == null || raw.length() < MIN) {
            return "must be at least " + MIN + " characters";
        }
        if (raw.length() > MAX) {
            return "must be at most " + MAX + " characters";
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() < 4) {
            return "is too common or too easy to guess; choose another";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
