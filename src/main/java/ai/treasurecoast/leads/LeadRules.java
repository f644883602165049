package ai.treasurecoast.leads;

import ai.treasurecoast.leads.LeadInputs.NewBookingRequest;
import ai.treasurecoast.leads.LeadInputs.NewLead;
import ai.treasurecoast.shared.CardNumbers;
import ai.treasurecoast.shared.EmailAddress;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.PhoneNumber;
import ai.treasurecoast.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Validation and normalisation of visitor submissions: every field checked, card numbers replaced. */
final class LeadRules {

    static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[A-Za-z0-9_.:-]{8,128}$");
    private static final Pattern SESSION_ID = Pattern.compile("^[A-Za-z0-9_-]{22,64}$");

    private LeadRules() {}

    static LeadView lead(WorkspaceId workspace, String botId, NewLead in, String key) {
        FieldChecks checks = new FieldChecks();
        checks.text(in.name(), "name", 1, 100);
        contact(checks, in.email(), in.phone());
        optional(checks, in.message(), "message", 2000);
        consentAndKey(checks, in.consent(), key);
        checks.throwIfAny();
        return new LeadView(
                UUID.randomUUID(),
                workspace,
                botId,
                clean(in.name()),
                email(in.email()),
                phone(in.phone()),
                clean(in.message()),
                sessionOrNull(in.sessionId()),
                now());
    }

    static BookingRequestView request(WorkspaceId workspace, String botId, NewBookingRequest in, String key) {
        FieldChecks checks = new FieldChecks();
        checks.text(in.name(), "name", 1, 100);
        contact(checks, in.email(), in.phone());
        optional(checks, in.service(), "service", 200);
        optional(checks, in.preferredTime(), "preferredTime", 200);
        optional(checks, in.notes(), "notes", 2000);
        consentAndKey(checks, in.consent(), key);
        checks.throwIfAny();
        return new BookingRequestView(
                UUID.randomUUID(),
                workspace,
                botId,
                clean(in.name()),
                email(in.email()),
                phone(in.phone()),
                clean(in.service()),
                clean(in.preferredTime()),
                clean(in.notes()),
                sessionOrNull(in.sessionId()),
                "received",
                now());
    }

    static String sessionOrNull(String sessionId) {
        return sessionId != null && SESSION_ID.matcher(sessionId).matches() ? sessionId : null;
    }

    /** The hash that tells a repeated submission from a different one under the same key. */
    static String hash(LeadView l) {
        return sha256(String.join(
                "\u0000", l.botId(), l.name(), nz(l.email()), nz(l.phone()), nz(l.message()), nz(l.sessionId())));
    }

    static String hash(BookingRequestView r) {
        return sha256(String.join(
                "\u0000",
                r.botId(),
                r.name(),
                nz(r.email()),
                nz(r.phone()),
                nz(r.service()),
                nz(r.preferredTime()),
                nz(r.notes()),
                nz(r.sessionId())));
    }

    private static void contact(FieldChecks checks, String email, String phone) {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        checks.require(hasEmail || hasPhone, "email", "give an email address or a phone number");
        checks.require(!hasEmail || EmailAddress.isValid(email), "email", "is not a valid email address");
        checks.require(!hasPhone || PhoneNumber.normalizeLoose(phone) != null, "phone", "is not a valid phone number");
    }

    private static void optional(FieldChecks checks, String value, String field, int max) {
        if (value != null) {
            checks.text(value, field, 0, max);
        }
    }

    private static void consentAndKey(FieldChecks checks, Boolean consent, String key) {
        checks.require(Boolean.TRUE.equals(consent), "consent", "must be given to contact you");
        checks.require(
                key == null || IDEMPOTENCY_KEY.matcher(key).matches(),
                "Idempotency-Key",
                "must be 8 to 128 letters, digits, dots, colons, dashes or underscores");
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return CardNumbers.mask(value.strip());
    }

    private static String email(String value) {
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    private static String phone(String value) {
        return value == null || value.isBlank() ? null : PhoneNumber.normalizeLoose(value);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
