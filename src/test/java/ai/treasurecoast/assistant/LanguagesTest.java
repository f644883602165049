package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final String SPANISH = "Two of our paralegals speak Spanish.";

    @Test
    void aLanguageTheTextDoesNotMentionIsMissing() {
        assertThat(Languages.missing("do any of your attorneys speak Portuguese?", SPANISH))
                .isEqualTo("Portuguese");
        assertThat(Languages.missing("does the doctor speak haitian creole", SPANISH))
                .isNotNull();
    }

    @Test
    void aLanguageTheTextMentionsIsNot() {
        assertThat(Languages.missing("does anyone speak spanish?", SPANISH)).isNull();
        assertThat(Languages.missing("mi mamá solo habla español, is someone there?", SPANISH))
                .isNull();
        assertThat(Languages.missing("how much is a cleaning and polish?", SPANISH))
                .isNull();
    }
}
