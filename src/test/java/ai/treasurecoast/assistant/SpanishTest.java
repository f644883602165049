package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpanishTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "¿Hablan español?",
                "necesito un abogado para un divorcio",
                "hola, cuanto cuesta una limpieza",
                "tienen cita para hoy?",
                "hablan español?",
                "hablan espanol"
            })
    void spanishMessages(String message) {
        assertThat(Spanish.looksSpanish(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "do you have an a la carte menu?",
                "Is my El Camino covered for the repair?",
                "Do you speak Spanish?",
                "can I bring my son to the cita de la playa event",
                "no",
                "el camino",
                "no es",
                "y me?",
                "la la"
            })
    void englishMessages(String message) {
        assertThat(Spanish.looksSpanish(message)).as(message).isFalse();
    }

    @Test
    void aSpanishCryForHelpGetsTheEmergencyNumbers() {
        assertThat(CrisisDetector.detect("ya no aguanto, me quiero morir")).hasValueSatisfying(c -> {
            assertThat(c.category()).isEqualTo("self_harm");
            assertThat(c.text()).contains("988").contains("911").contains("español");
        });
        assertThat(CrisisDetector.detect("mi esposo me está pegando, ayuda"))
                .hasValueSatisfying(c -> assertThat(c.text()).contains("911"));
        assertThat(CrisisDetector.detect("¿cuánto cuesta una limpieza?")).isEmpty();
    }
}
