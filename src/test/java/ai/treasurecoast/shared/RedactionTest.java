package ai.treasurecoast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void emailsAreRedacted() {
        assertThat(Redaction.text("write to Jane.Doe+x@Example.co.uk now"))
                .doesNotContain("Jane.Doe")
                .doesNotContain("Example.co.uk")
                .contains("write to")
                .contains("now");
    }

    @Test
    void phoneNumbersInCommonShapesAreRedacted() {
        for (String phone : List.of("+15615550100", "(561) 555-0100", "561.555.0100", "+44 20 7946 0958")) {
            assertThat(Redaction.text("call " + phone + " today"))
                    .as(phone)
                    .doesNotContain(phone)
                    .contains("call");
        }
        assertThat(Redaction.text("room 42, 2026")).isEqualTo("room 42, 2026");
        assertThat(Redaction.text("failed at 2026-11-29T21:05:48Z")).isEqualTo("failed at 2026-11-29T21:05:48Z");
    }

    @Test
    void tokensKeysAndBearerCredentialsAreRedacted() {
        String text =
                Redaction.text("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig and password=hunter2hunter2"
                        + " api_key: sk-live-abc123 https://x.test/reset?token=s3cr3tT0ken&x=1 "
                        + "loose 8f14e45fceea167a5a36dedd4bea2543aa77ffee");
        assertThat(text)
                .doesNotContain("eyJhbGciOiJIUzI1NiJ9")
                .doesNotContain("hunter2hunter2")
                .doesNotContain("sk-live-abc123")
                .doesNotContain("s3cr3tT0ken")
                .doesNotContain("8f14e45fceea167a5a36dedd4bea2543aa77ffee")
                .contains(Redaction.REDACTED);
    }

    @Test
    void cardNumbersAreRemoved() {
        assertThat(Redaction.text("card 4111 1111 1111 1111 exp"))
                .doesNotContain("4111 1111 1111 1111")
                .contains(CardNumbers.MARKER);
    }

    @Test
    void structuredValuesDropSecretKeysAndRedactStrings() {
        Object out = Redaction.value(Map.of(
                "password",
                "p",
                "newPassword",
                "q",
                "resetToken",
                "t",
                "passwordHash",
                "h",
                "note",
                "mail a@b.co",
                "nested",
                List.of(Map.of("apiKey", "k"))));
        String text = out.toString();
        assertThat(text).doesNotContain("=p,").doesNotContain("a@b.co").doesNotContain("=k");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) out;
        assertThat(map.get("password")).isEqualTo(Redaction.REDACTED);
        assertThat(map.get("newPassword")).isEqualTo(Redaction.REDACTED);
        assertThat(map.get("resetToken")).isEqualTo(Redaction.REDACTED);
        assertThat(map.get("passwordHash")).isEqualTo(Redaction.REDACTED);
    }

    @Test
    void secretsOnlyKeepsContactsButNotSecrets() {
        String text = Redaction.secretsOnly("jane@example.com token=abcdefgh12345678 card 4242-4242-4242-4242");
        assertThat(text)
                .contains("jane@example.com")
                .doesNotContain("abcdefgh12345678")
                .doesNotContain("4242-4242");
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(Redaction.text(null)).isNull();
        assertThat(Redaction.text("")).isEmpty();
        assertThat(Redaction.maskEmail("jane@example.com")).isEqualTo("j***@example.com");
        assertThat(Redaction.maskPhone("+15615550100")).isEqualTo("+1***00");
    }
}
