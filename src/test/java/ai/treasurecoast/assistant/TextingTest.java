package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextingTest {

    @Test
    void shorthandAndMisspelledDaysAreWrittenOut() {
        assertThat(Texting.plain("wat time r u opn thursdy")).isEqualTo("what time are you open thursday");
        assertThat(Texting.plain("R u open 2morrow?")).isEqualTo("are you open tomorrow?");
        assertThat(Texting.plain("can u come tonite")).isEqualTo("can you come tonight");
        assertThat(Intents.normalise("whats ur hrs on satruday")).isEqualTo("whats your hours on saturday");
    }

    @Test
    void shorthandIsReadByTheSafetyChecksToo() {
        assertThat(CrisisDetector.detect(Intents.normalise("i want to kill u"))).isPresent();
        assertThat(CrisisDetector.detect(Intents.normalise("about to shoot u a text with my insurance info")))
                .isEmpty();
        assertThat(Intents.paymentRequest(Intents.normalise("can i pay u now"))).isTrue();
        // Card numbers are masked before anything else reads the message.
        assertThat(Intents.normalise("my card is 4111 1111 1111 1111 can u take it"))
                .doesNotContain("4111")
                .contains("can you take it");
    }

    @Test
    void wordsWithAnotherReadingStay() {
        assertThat(Texting.plain("is the U-bend under my sink leaking?"))
                .isEqualTo("is the U-bend under my sink leaking?");
        assertThat(Texting.plain("I sat in the r section on wed")).isEqualTo("I sat in the r section on wed");
        assertThat(Texting.plain("ya tengo una cita")).isEqualTo("ya tengo una cita");
        for (String named : new String[] {
            "HRS said I need a form before my visit",
            "the UR denied my claim",
            "I moved here from the U.S. Virgin Islands",
            "is 20 u of botox enough?",
            "my u joint is clunking"
        }) {
            assertThat(Texting.plain(named)).isEqualTo(named);
        }
        assertThat(Texting.plain("are you open tmrw.")).isEqualTo("are you open tomorrow.");
    }
}
