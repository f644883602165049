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
    void wordsWithAnotherReadingStay() {
        assertThat(Texting.plain("is the U-bend under my sink leaking?"))
                .isEqualTo("is the U-bend under my sink leaking?");
        assertThat(Texting.plain("I sat in the r section on wed")).isEqualTo("I sat in the r section on wed");
        assertThat(Texting.plain("ya tengo una cita")).isEqualTo("ya tengo una cita");
    }
}
