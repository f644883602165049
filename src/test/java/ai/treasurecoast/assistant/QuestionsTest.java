package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class QuestionsTest {

    // What the assistant passes: a piece that refers back leans on the rest.
    private static final Predicate<String> STANDS_ALONE = q -> !Intents.refersBack(q);

    @Test
    void twoQuestionsInOneMessageAreReadOneByOne() {
        assertThat(of("how much is a cleaning and do you take delta dental?"))
                .containsExactly("how much is a cleaning", "do you take delta dental?");
        assertThat(of("do you do implants? also whats the price of whitening"))
                .containsExactly("do you do implants?", "whats the price of whitening");
        assertThat(of("how much is a crown, do you do payment plans and where do i park?"))
                .containsExactly("how much is a crown", "do you do payment plans", "where do i park?");
        assertThat(of("Do you service Port St. Lucie? How much is a tune-up?"))
                .containsExactly("Do you service Port St. Lucie?", "How much is a tune-up?");
    }

    @Test
    void whatSetsTheSceneStaysWithTheQuestionItBelongsTo() {
        assertThat(of("Hi there, my AC is out. How much is a service call and do you offer financing? thanks"))
                .containsExactly(
                        "Hi there, my AC is out. How much is a service call", "do you offer financing? thanks");
        assertThat(of("how much is a cleaning? do you take delta? I have the PPO plan"))
                .containsExactly("how much is a cleaning?", "do you take delta? I have the PPO plan");
    }

    @Test
    void oneQuestionStaysWhole() {
        for (String one : List.of(
                "do you do cuts and color",
                "Do you take walk-ins, or do I need an appointment?",
                "Hi, what are your prices for color?",
                "My son is 7, does the doctor treat kids?",
                "Can you come out Tuesday and do a tune-up?",
                "My daughter is 6 and is nervous about the dentist, do you see kids?",
                "When I come in, do I need to bring anything?",
                "How much is it, do you know?",
                "I have Delta. How much is a cleaning and is it covered?",
                "how much is a cleaning")) {
            assertThat(of(one)).as(one).containsExactly(one);
        }
    }

    @Test
    void eachQuestionGetsItsOwnAnswerAndWhatIsNotAnsweredIsOwnedUpTo() {
        Map<String, Optional<Reply>> answers = Map.of(
                "how much is a cleaning", Optional.of(answer("Cleaning: $125.", "1")),
                "do you take delta dental?", Optional.of(answer("We take Delta Dental.", "2")),
                "do you do implants?", Optional.empty());
        List<String> both = List.of("how much is a cleaning", "do you take delta dental?");
        Reply reply = Questions.answerAll(both, answers::get).orElseThrow();
        assertThat(reply.text()).isEqualTo("Cleaning: $125.\n\nWe take Delta Dental.");
        assertThat(reply.sources()).extracting(Reply.Source::id).containsExactly("1", "2");

        List<String> oneKnown = List.of("do you do implants?", "how much is a cleaning");
        assertThat(Questions.answerAll(oneKnown, answers::get)).isEmpty();
        Reply partly = Questions.answerSome(oneKnown, answers::get).orElseThrow();
        assertThat(partly).isInstanceOf(Reply.Fallback.class);
        assertThat(partly.text()).startsWith("Cleaning: $125.").endsWith(ReplyTexts.REST_UNANSWERED);
        assertThat(partly.actions()).contains(ReplyTexts.leadForm());
    }

    @Test
    void twoQuestionsAnsweredByOneItemWereOneQuestion() {
        Reply same = answer("Cleaning: $125, 60 minutes.", "1");
        List<String> two = List.of("how much is a cleaning", "how long does a cleaning take?");
        assertThat(Questions.answerSome(two, q -> Optional.of(same))).isEmpty();
        // Two passages of one article are two answers.
        Map<String, Optional<Reply>> passages = Map.of(
                two.get(0), Optional.of(answer("Cleaning: $125.", "1")),
                two.get(1), Optional.of(answer("A cleaning takes 60 minutes.", "1")));
        assertThat(Questions.answerAll(two, passages::get)).isPresent();
    }

    private static List<String> of(String message) {
        return Questions.of(message, STANDS_ALONE);
    }

    private static Reply answer(String text, String id) {
        return new Reply.Answer(text, List.of(new Reply.Source("service", id, "Item " + id)), null, List.of());
    }
}
