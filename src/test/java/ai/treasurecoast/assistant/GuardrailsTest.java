package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GuardrailsTest {

    private static final List<String> PASSAGES = List.of("Teeth whitening: one visit. Price: $299. Open until 5 pm.");

    @Test
    void claimsStatedInThePassagesAreGrounded() {
        assertThat(Guardrails.unsupportedClaims("Whitening costs $299 and we are open until 5 pm.", PASSAGES))
                .isEmpty();
    }

    @Test
    void inventedPricesTimesPercentagesAndPromisesAreFlagged() {
        assertThat(Guardrails.unsupportedClaims("It costs $199.", PASSAGES)).containsExactly("$199");
        assertThat(Guardrails.unsupportedClaims("We open at 7am.", PASSAGES)).containsExactly("7am");
        assertThat(Guardrails.unsupportedClaims("You save 20%.", PASSAGES)).containsExactly("20%");
        assertThat(Guardrails.unsupportedClaims("We guarantee results.", PASSAGES))
                .containsExactly("guarantee");
        assertThat(Guardrails.unsupportedClaims("Just send me your card number.", PASSAGES))
                .contains("payment collection");
    }

    @Test
    void repliesArePlainTextWithOnlyTheOwnBookingLink() {
        String out = Guardrails.plainText(
                "<b>Hi</b> see [here](https://evil.example) or https://evil.example/x and "
                        + "https://book.example.com/acme",
                "https://book.example.com/acme");
        assertThat(out)
                .doesNotContain("<b>")
                .doesNotContain("evil.example")
                .contains("https://book.example.com/acme")
                .startsWith("Hi see here");
        assertThat(Guardrails.plainText("visit www.other.com now", null)).doesNotContain("other.com");
    }
}
