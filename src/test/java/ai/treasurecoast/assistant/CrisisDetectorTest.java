package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisDetectorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I want to kill myself|self_harm",
                "i've been thinking about suicide|self_harm",
                "I don't want to live anymore|self_harm",
                "sometimes I cut myself|self_harm",
                "My husband is having chest pains right now|medical_emergency",
                "my dad can't breathe|medical_emergency",
                "I think she took an overdose|medical_emergency",
                "the bleeding won't stop|medical_emergency",
                "I'm going to shoot the doctor|violence",
                "I'll kill you|violence",
                "my boyfriend hits me|abuse",
                "I'm not safe at home|abuse",
                "I am being abused|abuse",
                "My ex is threatening to hurt me and the kids tonight|violence",
                "My neighbor says he's going to shoot me|violence",
                "There's a man outside with a knife threatening people|violence",
                "Someone broke in and is threatening to kill me|violence",
                "someone's breaking in right now|violence",
                "a guy pulled a gun on me in your parking lot|violence",
                "my husband said he's going to kill me|violence",
                "My friend took a whole bottle of pills and won't wake up|medical_emergency",
                "my brother swallowed a handful of pills|medical_emergency",
                "she took too many sleeping pills|medical_emergency",
                "my mom won't wake up|medical_emergency"
            })
    void detectsEachCategory(String message, String category) {
        var crisis = CrisisDetector.detect(message);
        assertThat(crisis).as(message).isPresent();
        assertThat(crisis.get().category()).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Do you do teeth whitening?",
                "How much is a cleaning?",
                "Are you open Saturday?",
                "My tooth hurts when I drink cold water",
                "Can I kill some time in your waiting room?",
                "I'd die for your tacos lol no",
                "Do you treat back pain?",
                "Do you kill weeds?",
                "Can you kill the ants in my kitchen?",
                "Do you shoot photos for weddings?",
                "I want to shoot my daughter's graduation",
                "pills for my dog's arthritis price?",
                "Is whitening going to hurt my teeth?",
                "Is it going to hurt me?",
                "My landlord threatened to evict me",
                "My car was broken into, does insurance cover it?",
                "I'm trying to kill time before my appointment",
                "Do you sell nail guns?",
                "How do I break in new boots?"
            })
    void ordinaryQuestionsAreNotCrises(String message) {
        assertThat(CrisisDetector.detect(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to end my life", "I'm thinking of suicide"})
    void selfHarmReplyGivesTheLifelineAnd911(String message) {
        var crisis = CrisisDetector.detect(message).orElseThrow();
        assertThat(crisis.text()).contains("988").contains("911");
        assertThat(crisis.actions()).anyMatch(a -> "988".equals(a.get("phone")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"he is unconscious", "I think I'm having a heart attack"})
    void medicalEmergencyPointsTo911(String message) {
        assertThat(CrisisDetector.detect(message).orElseThrow().text()).contains("911");
    }
}
