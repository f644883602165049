package ai.treasurecoast.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void luhnValidNumbersOf13To19DigitsAreMasked() {
        assertThat(CardNumbers.mask("4111111111111111")).isEqualTo(CardNumbers.MARKER);
        assertThat(CardNumbers.mask("pay 4111 1111 1111 1111 now")).isEqualTo("pay " + CardNumbers.MARKER + " now");
        assertThat(CardNumbers.mask("5500-0000-0000-0004")).isEqualTo(CardNumbers.MARKER);
        assertThat(CardNumbers.mask("378282246310005")).isEqualTo(CardNumbers.MARKER); // 15 digits, Amex
        assertThat(CardNumbers.mask("4222222222222")).isEqualTo(CardNumbers.MARKER); // 13 digits
        assertThat(CardNumbers.mask("6011000990139424")).isEqualTo(CardNumbers.MARKER);
        assertThat(CardNumbers.mask("a 4111111111111111 and 5500000000000004 b"))
                .isEqualTo("a " + CardNumbers.MARKER + " and " + CardNumbers.MARKER + " b");
        assertThat(CardNumbers.contains("my card is 4111-1111-1111-1111")).isTrue();
        // Typed next to its expiry and code, the number runs on into them.
        assertThat(CardNumbers.mask("my card is 5555-5555-5555-4444 04/28 302"))
                .isEqualTo("my card is " + CardNumbers.MARKER + " 04/28 302");
        assertThat(CardNumbers.mask("visa 4111 1111 1111 1111 04 28"))
                .isEqualTo("visa " + CardNumbers.MARKER + " 04 28");
        assertThat(CardNumbers.mask("ref 12 4111 1111 1111 1111")).isEqualTo("ref 12 " + CardNumbers.MARKER);
    }

    @Test
    void nonLuhnAndWrongLengthsAreKept() {
        assertThat(CardNumbers.mask("4111111111111112")).isEqualTo("4111111111111112");
        assertThat(CardNumbers.mask("order 123456789012")).isEqualTo("order 123456789012"); // 12 digits
        assertThat(CardNumbers.mask("41111111111111111111")).isEqualTo("41111111111111111111"); // 20 digits
        assertThat(CardNumbers.mask("call +1 561 555 0100")).isEqualTo("call +1 561 555 0100");
        // Runs of other numbers are not searched for card-like parts.
        for (String kept : List.of(
                "my amazon order 112-1574702-8184876",
                "call me at 772 555 6245 772 555 3548",
                "reach me at 1 772 555 7530 396",
                "claim 7868-3977-6623-6788-85",
                "01-02-2024 01-03-2024")) {
            assertThat(CardNumbers.mask(kept)).isEqualTo(kept);
        }
        assertThat(CardNumbers.contains("nothing here")).isFalse();
        assertThat(CardNumbers.mask(null)).isNull();
        assertThat(CardNumbers.mask("")).isEmpty();
    }

    @Test
    void luhnChecksum() {
        assertThat(CardNumbers.luhn("79927398713")).isTrue();
        assertThat(CardNumbers.luhn("79927398710")).isFalse();
    }
}
