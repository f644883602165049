package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who answers, what the business offers, a person asked for: told apart from questions about one thing. */
class FrontDeskIntentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hi",
                "Hi there!",
                "hi! :)",
                "hey how's it going",
                "hello, how are you today?",
                "good morning team \uD83D\uDE0A",
                "hey y'all!!"
            })
    void greeted(String message) {
        assertThat(Intents.greeting(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hi, do you do whitening?",
                "hey how's it going, are you open today?",
                "hello how are your prices?",
                "hi :) how much is a cleaning"
            })
    void greetedAndAsked(String message) {
        assertThat(Intents.greeting(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "who am I talking to?",
                "are you a bot?",
                "hi, are you a bot or a real person?",
                "is this automated?",
                "r u a real person lol",
                "who is this",
                "am i chatting with a real person?",
                "is this a chatbot?",
                "hi there, are you a bot? \uD83D\uDE42",
                "who's this",
                "are you real?"
            })
    void askedWhoAnswers(String message) {
        assertThat(Intents.whoAnswers(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "who is this class for?",
                "are you real estate agents?",
                "who is the dentist?",
                "are you open today?",
                "is this a good time to book?",
                "who are you with?"
            })
    void askedSomethingElse(String message) {
        assertThat(Intents.whoAnswers(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what do you guys do",
                "what services do you offer?",
                "hi, what kinds of services do y'all provide",
                "which treatments are available?",
                "Hi there, what services do you offer?",
                "what does your office do?",
                "what are your services?"
            })
    void askedForEverythingOffered(String message) {
        assertThat(Intents.overview(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "what do you do for a cracked tooth?",
                "what services do you offer for seniors?",
                "what do you charge for a tune-up?",
                "what's on the kids menu?",
                "what's on the menu?",
                "which do you offer?",
                "what do you have?"
            })
    void askedAboutOneThing(String message) {
        assertThat(Intents.overview(message)).as(message).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"can I talk to a human", "I want to speak to the manager please", "let me talk to someone"})
    void askedForAPersonOnly(String message) {
        assertThat(Intents.personOnly(message)).as(message).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "can I talk to someone about financing?",
                "does the vet talk to the owner before surgery?",
                "can I speak to someone about my insurance?"
            })
    void askedForAPersonAboutSomething(String message) {
        assertThat(Intents.personOnly(message)).as(message).isFalse();
    }
}
