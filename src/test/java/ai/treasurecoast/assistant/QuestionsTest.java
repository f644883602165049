package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionsTest {

    @Test
    void twoQuestionsInOneMessageAreReadOneByOne() {
        assertThat(Questions.of("how much is a cleaning and do you take delta dental?"))
                .containsExactly("how much is a cleaning", "do you take delta dental?");
        assertThat(Questions.of("do you do implants? also whats the price of whitening"))
                .containsExactly("do you do implants?", "whats the price of whitening");
        assertThat(Questions.of("how much is a crown, do you do payment plans and is parking free?"))
                .containsExactly("how much is a crown", "do you do payment plans", "is parking free?");
    }

    @Test
    void whatSetsTheSceneStaysWithTheQuestionAfterIt() {
        assertThat(Questions.of(
                        "Hi there, my AC is out. How much is a service call and do you offer financing? thanks"))
                .containsExactly("Hi there, my AC is out. How much is a service call", "do you offer financing?");
    }

    @Test
    void oneQuestionStaysWhole() {
        for (String one : List.of(
                "do you do cuts and color",
                "Do you take walk-ins, or do I need an appointment?",
                "Hi, what are your prices for color?",
                "My son is 7, does the doctor treat kids?",
                "is it and how",
                "how much is a cleaning")) {
            assertThat(Questions.of(one)).as(one).containsExactly(one);
        }
    }

    @Test
    void eachQuestionGetsItsOwnAnswerAndWhatIsNotAnsweredIsOwnedUpTo() {
        Map<String, Optional<Reply>> answers = Map.of(
                "how much is a cleaning", Optional.of(answer("Cleaning: $125.", "1")),
                "do you take delta dental?", Optional.of(answer("We take Delta Dental.", "2")),
                "do you do implants?", Optional.empty());
        List<String> both = List.of("how much is a cleaning", "do you take delta dental?");
        Reply reply = Questions.answerEach(both, answers::get, true).orElseThrow();
        assertThat(reply.text()).isEqualTo("Cleaning: $125.\n\nWe take Delta Dental.");
        assertThat(reply.sources()).extracting(Reply.Source::id).containsExactly("1", "2");

        List<String> oneKnown = List.of("do you do implants?", "how much is a cleaning");
        assertThat(Questions.answerEach(oneKnown, answers::get, true)).isEmpty();
        Reply partly = Questions.answerEach(oneKnown, answers::get, false).orElseThrow();
        assertThat(partly).isInstanceOf(Reply.Fallback.class);
        assertThat(partly.text()).startsWith("Cleaning: $125.").endsWith(ReplyTexts.REST_UNANSWERED);
        assertThat(partly.actions()).contains(ReplyTexts.leadForm());
    }

    @Test
    void twoQuestionsAnsweredByOneItemWereOneQuestion() {
        Map<String, Optional<Reply>> answers = Map.of(
                "how much is a cleaning", Optional.of(answer("Cleaning: $125, 60 minutes.", "1")),
                "how long does a cleaning take?", Optional.of(answer("Cleaning: $125, 60 minutes.", "1")));
        assertThat(Questions.answerEach(List.copyOf(answers.keySet()), answers::get, false))
                .isEmpty();
        assertThat(Questions.answerEach(List.of("how much is a cleaning"), answers::get, false))
                .isEmpty();
    }

    private static Reply answer(String text, String id) {
        return new Reply.Answer(text, List.of(new Reply.Source("service", id, "Item " + id)), null, List.of());
    }
}
