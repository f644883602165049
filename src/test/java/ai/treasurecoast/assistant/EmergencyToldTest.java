package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencyToldTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "AC just died at 9pm and it's 88 in the house. Can anyone come out tonight?",
                "AC stopped working and it's 90 inside. Can someone come tonight?",
                "Our AC just broke and it's 92 in here",
                "The air conditioner just died",
                "Our heat pump died and it's 30 degrees out",
                "Heater died and we have a baby at home",
                "AC unit died this afternoon",
                "water is pouring from under the sink",
                "Chipped my front tooth on a fork at dinner. Can you see me tomorrow?",
                "we have no hot water since this morning"
            })
    void anEmergencyNow(String told) {
        assertThat(EmergencyTold.in(told)).as(told).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I saw your ad on TV last night. Can I book an appointment for next Tuesday?",
                "I'm on my lunch break right now. Can I book something for Friday?",
                "I quit smoking last year. Can I book a checkup next week?",
                "our AC died last year, can someone come Tuesday for a new system quote?",
                "Our AC died last summer and we replaced it ourselves. Can someone come Thursday for a tune-up?",
                "The furnace went out back in 2019 and we never replaced it. Can I book an estimate next week?",
                "Water heater went out last month and we already replaced it. Can you come Thursday?",
                "AC quit making that noise after you fixed it",
                "Toilet won't stop running, not urgent. What time do you open tomorrow?",
                "Are you open right now?"
            })
    void notAnEmergencyNow(String told) {
        assertThat(EmergencyTold.in(told)).as(told).isFalse();
    }
}
