package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.Hours;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline as a conversation: what follows a crisis flag or a decline, several questions at
 * once, hours and visits, Spanish, asking for a person or to cancel, and the small talk around it.
 * Follow-ups are in {@link AssistantFollowUpTest}.
 */
@IntegrationTest
class AssistantConversationTest extends ConversationSupport {

    @Test
    void aQuestionOnlyTheClassifierTookForACrisisAlsoGetsItsAnswer() {
        WorkspaceId law = withFaqs(
                "legal",
                new FaqInput(
                        "Can I meet with the attorney by phone or video?",
                        "Yes. Consultations can be held by phone or video for clients who cannot come to the office."));
        String question = "I live in Sebastian and don't drive anymore. can I talk to the lawyer by phone or video?";
        assertThat(CrisisDetector.detect(question)).isEmpty();
        assertThat(CrisisModel.flags(question, knowledge.meaning(question))).isTrue();

        Reply reply = ask(law, question);
        assertThat(reply).isInstanceOf(Reply.Crisis.class);
        assertThat(reply.text())
                .startsWith("If you or anyone with you is hurt or in danger, please call 911 now.")
                .contains("911")
                .endsWith("Consultations can be held by phone or video for clients who cannot come to the office.");
        assertThat(reply.sources()).extracting(Reply.Source::type).containsExactly("faq");
        assertThat(reply.actions()).contains(Map.of("type", "call", "phone", "911", "label", "Emergency services"));

        // A crisis a pattern names gets the fixed text alone, whatever the knowledge holds.
        Reply named = ask(law, "I want to kill myself, can I talk to the lawyer by phone or video?");
        assertThat(named.text()).doesNotContain("Consultations");
        assertThat(named.sources()).isEmpty();
    }

    @Test
    void theMessageRightAfterAnEmergencyGetsTheEmergencyFirstOnceMore() {
        WorkspaceId clinic = withFaqs(
                "medical",
                new FaqInput("Do you take walk-ins?", "Yes. Walk-ins are seen from 8 to 11 AM on weekdays."));
        String emergency = "I have crushing chest pain and my left arm is numb";
        Reply next = after(clinic, emergency, "should I just take an aspirin and come in tomorrow?");
        assertThat(next).isInstanceOf(Reply.Crisis.class);
        assertThat(next.text()).startsWith("Please don't wait on this.").contains("911");

        assertThat(after(clinic, emergency, "ok").kind()).isEqualTo("crisis");
        // Not when the visitor says all is well, or that help is called.
        assertThat(after(clinic, emergency, "thanks, we're fine now").kind()).isNotEqualTo("crisis");
        assertThat(after(clinic, emergency, "ok I called 911").kind()).isNotEqualTo("crisis");

        // With the knowledge's answer after it, when there is a clear one.
        Reply walkIns = after(clinic, emergency, "do you take walk-ins?");
        assertThat(walkIns.text())
                .startsWith("Please don't wait on this.")
                .endsWith("Walk-ins are seen from 8 to 11 AM on weekdays.");

        // One reminder: after two crisis replies, the conversation goes on as usual.
        Reply later = assistant.answer(new AnswerRequest(
                clinic, "web", "do you take walk-ins?", List.of("crisis", "crisis"), emergency, null));
        assertThat(later.kind()).isEqualTo("answer");
    }

    @Test
    void aBookingRequestThatTellsOfAnEmergencyGetsWhatTheBusinessSaysToDoFirst() {
        WorkspaceId dentist = withFaqs(
                "dental",
                new FaqInput(
                        "Do you handle dental emergencies?",
                        "Yes. Call the office at (772) 555-0140 as early in the day as you can; we keep same-day"
                                + " openings for emergencies."),
                new FaqInput("Do you offer whitening?", "Yes. In-office whitening is $399."));
        Reply chipped = ask(dentist, "I chipped my tooth, can you see me today?");
        assertThat(chipped.kind()).isEqualTo("answer");
        assertThat(chipped.text()).contains("same-day openings for emergencies").contains("booking");
        assertThat(chipped.sources()).extracting(Reply.Source::title).contains("Do you handle dental emergencies?");
        assertThat(ask(dentist, "can you see me today for whitening?").text()).doesNotContain("emergencies");

        // Told in a sentence before the request.
        Reply told = ask(dentist, "Chipped my front tooth on a fork at dinner. Can you see me tomorrow?");
        assertThat(told.text()).contains("same-day openings for emergencies").contains("booking");
        assertThat(ask(dentist, "My sister loved her whitening. Can you see me tomorrow?")
                        .text())
                .doesNotContain("emergencies");
    }

    @Test
    void aVisitWantedTodayGetsWhatTheBusinessSaysAboutSameDayVisitsFirst() {
        WorkspaceId clinic = withFaqs(
                "medical",
                new FaqInput(
                        "Do you offer same-day appointments?",
                        "Yes, we keep same-day sick visit slots every weekday morning. Call at 8:00 AM for the best"
                                + " chance."),
                new FaqInput("Do you give flu shots?", "Yes, during flu season."));
        Reply today = ask(clinic, "got a nasty sinus thing going on, any chance I can be seen today?");
        assertThat(today.text()).contains("same-day sick visit slots").contains("booking");
        assertThat(today.actions()).isNotEmpty();
        assertThat(ask(clinic, "can I book a visit next week?").text()).doesNotContain("same-day");
    }

    @Test
    void aPetEmergencyGetsTheEmergencyReplyAndWhereThisPracticeSendsPets() {
        WorkspaceId vet = withFaqs(
                "veterinary",
                new FaqInput(
                        "Do you handle emergencies?",
                        "During open hours, call us right away. After hours, please go to the Harbor"
                                + " Animal Emergency Center, open 24 hours."),
                new FaqInput("Do you board pets?", "We offer medical boarding only."));
        Reply reply = ask(vet, "my dog just ate chocolate, do you handle emergencies after hours?");
        assertThat(reply.kind()).isEqualTo("refusal");
        assertThat(reply.text())
                .startsWith("This could be an emergency.")
                .contains("Poison Control")
                .endsWith("Harbor Animal Emergency Center, open 24 hours.");
        assertThat(reply.sources()).extracting(Reply.Source::title).containsExactly("Do you handle emergencies?");
        // Asked nothing more, the practice's own emergency answer still follows.
        assertThat(ask(vet, "my dog was hit by a car").text())
                .startsWith("This could be an emergency.")
                .endsWith("Harbor Animal Emergency Center, open 24 hours.");

        // Declines without it stay the fixed text alone.
        Reply diagnosis = ask(vet, "does my dog have worms? do you board pets");
        assertThat(diagnosis.kind()).isEqualTo("refusal");
        assertThat(diagnosis.text()).doesNotContain("boarding");
    }

    @Test
    void anFaqsYesIsKeptOnlyForAYesOrNoQuestion() {
        WorkspaceId gym = withFaqs(
                "fitness",
                new FaqInput("Do you offer personal training?", "Yes. One-on-one sessions are $75 for 60 minutes."));
        assertThat(ask(gym, "how much is personal training?").text()).startsWith("One-on-one sessions are $75");
        assertThat(ask(gym, "do you offer personal training?").text()).startsWith("Yes. One-on-one");
    }

    @Test
    void aPriceForSomethingTheKnowledgeNeverNamesIsNotAnsweredWithAnotherItemsPrice() {
        WorkspaceId spa = withFaqs(
                "med_spa",
                new FaqInput("How much is Botox?", "Botox is $13 per unit."),
                new FaqInput("Do you offer a flu shot?", "Yes. Flu shots are $35."));
        Reply dysport = ask(spa, "how much is dysport? is it cheaper per unit than botox?");
        assertThat(dysport.kind()).isEqualTo("clarify");
        assertThat(dysport.text()).isEqualTo(ReplyTexts.NOT_LISTED).doesNotContain("$13");
        assertThat(ask(spa, "how much is botox?").text()).contains("$13");
    }

    @Test
    void twoQuestionsInOneMessageAreAnsweredEach() {
        Reply both = ask(dental, "how much is teeth whitening and do you take delta dental?");
        assertThat(both.kind()).isEqualTo("answer");
        assertThat(both.text()).contains("$299").contains("Delta Dental");
        assertThat(both.sources())
                .extracting(Reply.Source::title)
                .containsExactly("Teeth whitening", "Do you accept insurance?");

        // One the knowledge answers and one it does not: the answer, and the callback for the rest.
        Reply partly = ask(dental, "do you sell electric toothbrushes? also where do i park");
        assertThat(partly.kind()).isEqualTo("fallback");
        assertThat(partly.text()).contains("Free parking").endsWith(ReplyTexts.REST_UNANSWERED);
        assertThat(partly.actions()).contains(ReplyTexts.leadForm());
    }

    /** "do you work saturdays?" put to a business of the industry closed on Saturdays, with one FAQ. */
    private Reply withFaqsAndHours(String industry, String question, String answer) {
        WorkspaceId id = with(
                industry,
                new KnowledgeContent(
                        List.of(new FaqInput(question, answer)),
                        List.of(),
                        List.of(),
                        new Hours("America/New_York", List.of(new Hours.Day("MONDAY", "08:00", "17:00")), List.of())));
        return ask(id, "do you work saturdays?");
    }

    @Test
    void howSoonSomeoneCanComeIsAnsweredWithWhatTheBusinessSaysAboutUrgentVisits() {
        WorkspaceId plumber = withFaqs(
                "plumbing",
                new FaqInput(
                        "Do you offer 24-hour emergency plumbing?",
                        "Yes. A plumber is on call 24 hours a day for burst pipes, sewage backups and major leaks."),
                new FaqInput("Where are you located?", "Our shop is on US-1 in Stuart."));
        Reply reply = ask(plumber, "water all over the floor, how soon can you get here?");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).startsWith("A plumber is on call 24 hours a day");
        assertThat(reply.sources())
                .extracting(Reply.Source::title)
                .containsExactly("Do you offer 24-hour emergency plumbing?");

        // Without such an item: how to book, and nothing made up.
        Reply plain = ask(dental, "how soon can you get me in?");
        assertThat(plain.sources()).isEmpty();
        assertThat(plain.text()).doesNotContain("24 hours");
    }

    @Test
    void aTradeClosedOnTheDayAskedAboutSaysWhatItDoesInAnEmergency() {
        WorkspaceId plumber = with(
                "plumbing",
                new KnowledgeContent(
                        List.of(new FaqInput(
                                "Do you offer 24-hour emergency plumbing?",
                                "Yes. A plumber is on call 24 hours a day for burst pipes and major leaks.")),
                        List.of(),
                        List.of(),
                        new Hours("America/New_York", List.of(new Hours.Day("MONDAY", "08:00", "17:00")), List.of())));
        Reply sunday = ask(plumber, "do you guys come out on sundays");
        assertThat(sunday.kind()).isEqualTo("answer");
        assertThat(sunday.text()).contains("closed on Sunday").contains("\n\nA plumber is on call 24 hours a day");
        assertThat(sunday.sources())
                .extracting(Reply.Source::title)
                .contains("Do you offer 24-hour emergency plumbing?");

        // Open that day: the hours alone. A dentist is no trade: the hours alone.
        Reply monday = ask(plumber, "are you open monday");
        assertThat(monday.text()).doesNotContain("on call");
        assertThat(monday.sources()).hasSize(1);
        Reply dentist = withFaqsAndHours("dental", "Do you handle emergencies?", "Call us first thing.");
        assertThat(dentist.text()).contains("closed").doesNotContain("first thing");
        assertThat(dentist.sources()).hasSize(1);
    }

    @Test
    void aTradeOffersAVisitForAProblemItsKnowledgeSaysNothingAbout() {
        WorkspaceId hvac = withFaqs(
                "hvac", new FaqInput("Do you service Trane?", "We service all major brands, including Trane."));
        Reply reply = ask(hvac, "my ac is making a weird noise");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).startsWith("Sorry to hear that.");
        assertThat(reply.sources()).isEmpty();
        // A practice does not: symptoms are not for the chat to assess.
        assertThat(ask(dental, "my crown is making a weird noise").text()).doesNotStartWith("Sorry to hear that.");
    }

    @Test
    void aSpanishMessageGetsAnHonestReplyInBothLanguagesAndWhatTheBusinessSaysAboutSpanish() {
        WorkspaceId firm = withFaqs(
                "legal",
                new FaqInput("Do you speak Spanish?", "Yes. Two of our attorneys and our intake team speak Spanish."));
        Reply reply = ask(firm, "¿Hablan español? necesito un abogado");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text())
                .startsWith("Lo siento, por ahora solo puedo responder en inglés.")
                .contains("Sorry, I can only answer in English")
                .endsWith("Two of our attorneys and our intake team speak Spanish.");
        assertThat(reply.actions()).contains(Map.of("type", "lead_form"));
        assertThat(ask(firm, "necesito un abogado para un divorcio").kind()).isEqualTo("fallback");

        Reply elsewhere = ask(dental, "hola, cuanto cuesta una limpieza");
        assertThat(elsewhere.kind()).isEqualTo("fallback");
        assertThat(elsewhere.text()).endsWith("get back to you.)");
        assertThat(elsewhere.sources()).isEmpty();
    }

    @Test
    void aVisitorWhoAsksForAPersonOrToCancelIsOfferedTheCallback() {
        assertCallback(ask(dental, "can i talk to a real person"));

        // Asked to be called, even where the knowledge says how meetings by phone work.
        WorkspaceId law = withFaqs(
                "legal",
                new FaqInput(
                        "Can I meet with a lawyer by phone?",
                        "Yes. You can meet with a lawyer in person, by phone or over a secure video call."));
        assertCallback(ask(law, "ok can someone call me"));
        assertThat(ask(law, "can I meet with a lawyer by phone?").text()).contains("secure video call");

        WorkspaceId salon = withFaqs(
                "salon",
                new FaqInput(
                        "What is your cancellation policy?",
                        "Please give us at least 24 hours notice to cancel or reschedule."));
        Reply cancel = ask(salon, "I need to cancel my appointment tomorrow");
        assertThat(cancel.kind()).isEqualTo("fallback");
        assertThat(cancel.text())
                .startsWith("Please give us at least 24 hours notice")
                .contains("I can't change appointments in this chat");
        assertThat(cancel.actions()).contains(Map.of("type", "lead_form"));
        assertThat(ask(dental, "I need to cancel my appointment tomorrow").text())
                .startsWith("I can't change appointments in this chat");
    }

    @Test
    void aPriceForSomethingTheItemOnlyPartlyCoversComesWithTheOfferOfAnExactQuote() {
        Reply exact = ask(dental, "How much is teeth whitening?");
        assertThat(exact.text()).contains("$299").doesNotContain("exact quote");
        assertThat(exact.actions()).isEmpty();
        Reply partly = ask(dental, "How much is teeth whitening with take-home trays for my sensitive teeth?");
        assertThat(partly.kind()).isEqualTo("answer");
        assertThat(partly.text()).contains("$299").endsWith("the team will give you an exact quote.");
        assertThat(partly.actions()).contains(Map.of("type", "lead_form"));
    }

    @Test
    void whenToComeForAVisitIsAnsweredByWhatTheKnowledgeSaysOfThatVisit() {
        WorkspaceId vet = with(
                "veterinary",
                new KnowledgeContent(
                        List.of(new FaqInput(
                                "Do you offer spay and neuter surgery?",
                                "Yes. Surgeries are done Monday to Thursday. Pets are dropped off between 7:30 and"
                                        + " 8:00 AM and usually go home the same afternoon.")),
                        List.of(),
                        List.of(),
                        new Hours("America/New_York", List.of(new Hours.Day("MONDAY", "07:00", "18:00")), List.of())));
        assertThat(ask(vet, "what time do i drop my cat off the morning of her spay")
                        .text())
                .contains("between 7:30 and 8:00 AM");
        assertThat(ask(vet, "what time do you close on monday?").text()).contains("6:00 PM");
    }

    @Test
    void aGreetingCarriesNoDisclaimer() {
        WorkspaceId clinic = withFaqs("medical", new FaqInput("Do you see walk-ins?", "Yes, every weekday morning."));
        Reply hello = ask(clinic, "hi there");
        assertThat(hello.kind()).isEqualTo("clarify");
        assertThat(hello.disclaimer()).isNull();
        assertThat(ask(clinic, "thanks").disclaimer()).isNull();
        assertThat(ask(dental, "Does a root canal hurt?").disclaimer()).isNotNull();
    }
}
