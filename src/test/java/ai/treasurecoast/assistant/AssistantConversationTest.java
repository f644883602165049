package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.Hours;
import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.Workspaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pipeline as a conversation: what follows a crisis flag or a decline, follow-ups after an
 * answer, Spanish, asking for a person or to cancel, and the small talk around it.
 */
@IntegrationTest
class AssistantConversationTest {

    @Autowired
    Assistant assistant;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    Workspaces workspaces;

    WorkspaceId dental;

    @BeforeEach
    void setUp() {
        dental = AssistantFixtures.workspace(workspaces, "dental");
        knowledge.replaceAll(dental, AssistantFixtures.dental());
    }

    @Test
    void aQuestionOnlyTheClassifierTookForACrisisAlsoGetsItsAnswer() {
        WorkspaceId garage = withFaqs(
                "auto_repair",
                new FaqInput(
                        "Can someone give me a ride home after I drop off my car?",
                        "Yes. Our courtesy shuttle takes you home or to work within 5 miles of the shop."));
        String question = "I don't have anyone to pick me up after I drop off my car."
                + " Can someone give me a ride home? I live about 3 miles away";
        assertThat(CrisisDetector.detect(question)).isEmpty();
        assertThat(CrisisModel.flags(question, knowledge.meaning(question))).isTrue();

        Reply reply = ask(garage, question);
        assertThat(reply).isInstanceOf(Reply.Crisis.class);
        assertThat(reply.text())
                .startsWith("If you or anyone with you is hurt or in danger, please call 911 now.")
                .contains("911")
                .endsWith("Our courtesy shuttle takes you home or to work within 5 miles of the shop.");
        assertThat(reply.sources()).extracting(Reply.Source::type).containsExactly("faq");
        assertThat(reply.actions()).contains(Map.of("type", "call", "phone", "911", "label", "Emergency services"));

        // A crisis a pattern names gets the fixed text alone, whatever the knowledge holds.
        Reply named = ask(garage, "I want to kill myself, can someone give me a ride home after I drop off my car?");
        assertThat(named.text()).doesNotContain("shuttle");
        assertThat(named.sources()).isEmpty();
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

        // Declines without it stay the fixed text alone.
        Reply diagnosis = ask(vet, "does my dog have worms? do you board pets");
        assertThat(diagnosis.kind()).isEqualTo("refusal");
        assertThat(diagnosis.text()).doesNotContain("boarding");
    }

    @Test
    void aShortFollowUpAfterAnAnswerIsAboutWhatWasJustAnswered() {
        String first = "Do you do teeth whitening?";
        assertThat(ask(dental, first).kind()).isEqualTo("answer");
        Reply price = followUp("how much is it?", first);
        assertThat(price.kind()).isEqualTo("answer");
        assertThat(price.text()).contains("$299");
        assertThat(followUp("and how long does that take", first).text()).contains("90 minutes");
        assertThat(followUp("how long does it take", "How much is teeth whitening?")
                        .text())
                .contains("90 minutes");

        // A new subject is a new question, not a follow-up.
        Reply other = followUp("where do I park?", first);
        assertThat(other.text()).contains("parking").doesNotContain("whitening");
        assertThat(followUp("do you sell boats?", first).kind()).isNotEqualTo("answer");
        // Only after an answer: after a fallback, "how much is it?" has nothing to refer to.
        assertThat(assistant
                        .answer(new AnswerRequest(dental, "web", "how much is it?", List.of("fallback"), first))
                        .kind())
                .isNotEqualTo("answer");
    }

    @Test
    void aFollowUpWordOtherItemsUseIsReadWithWhatWasJustAnswered() {
        WorkspaceId hvac = withFaqs(
                "hvac",
                new FaqInput(
                        "Do you offer a maintenance plan?",
                        "Yes. The Comfort Club is $179 a year and includes two tune-ups."),
                new FaqInput(
                        "Is there a warranty on repairs?",
                        "Repairs come with a one-year warranty. New installations include a 10-year" + " warranty."),
                new FaqInput("Do you install heat pumps?", "Yes, we install Carrier heat pumps."));
        String first = "do you offer maintenance plans";
        Reply included = after(hvac, first, "whats included");
        assertThat(included.text()).contains("Comfort Club");
        // A follow-up to a follow-up is still about the same item.
        Reply price = assistant.answer(new AnswerRequest(
                hvac,
                "web",
                "how much is it",
                List.of("answer", "answer"),
                "whats included",
                included.sources().get(0)));
        assertThat(price.text()).contains("$179");
        // Words of its own the item does not have make a new question.
        Reply install = after(hvac, first, "how long does an install take");
        assertThat(install.text()).doesNotContain("Comfort Club");
        // Naming another item is a new question.
        Reply other = after(hvac, first, "do you install heat pumps");
        assertThat(other.text()).contains("Carrier");
    }

    @Test
    void aFollowUpTheCitedItemSaysNothingOnIsNotAnsweredAboutAnotherOffering() {
        WorkspaceId spa = with(
                "med_spa",
                new KnowledgeContent(
                        List.of(
                                new FaqInput(
                                        "Is there downtime after a HydraFacial?",
                                        "There is no downtime after a HydraFacial."),
                                new FaqInput("How long does Botox last?", "Botox lasts about three to four months."),
                                new FaqInput("Where are you located?", "At 4150 Federal Highway, with free parking."),
                                new FaqInput(
                                        "Do you offer virtual consultations?",
                                        "Yes. You can meet a nurse injector over Zoom.")),
                        List.of(),
                        List.of(
                                new ServiceInput(
                                        "Lip filler", "Hyaluronic acid filler for lip volume.", "From $650", 45),
                                new ServiceInput("Signature HydraFacial", "Cleanse, extract and hydrate.", "$199", 45),
                                new ServiceInput("Botox", "Wrinkle relaxer for forehead lines.", "$13 per unit", 30),
                                new ServiceInput("Injector consultation", "Meet your nurse injector.", "Free", 30)),
                        null));
        String first = "how much is lip filler";
        assertThat(ask(spa, first).text()).contains("$650");

        Reply downtime = after(spa, first, "is there downtime");
        assertThat(downtime.kind()).isEqualTo("fallback");
        assertThat(downtime.text()).contains("\"Lip filler\"").doesNotContain("HydraFacial");
        assertThat(downtime.actions()).contains(ReplyTexts.leadForm());
        Reply lasts = after(spa, first, "how long does it last");
        assertThat(lasts.kind()).isEqualTo("fallback");
        assertThat(lasts.text()).doesNotContain("Botox").contains("\"Lip filler\"");
        // After that fallback, the same kind of follow-up is still about lip filler.
        Reply again = assistant.answer(new AnswerRequest(
                spa,
                "web",
                "how long does it last",
                List.of("fallback"),
                "is there downtime",
                downtime.sources().get(0)));
        assertThat(again.kind()).isEqualTo("fallback");
        assertThat(again.text()).doesNotContain("Botox").contains("\"Lip filler\"");

        // A service's description is what it includes.
        assertThat(after(spa, first, "whats included").text()).contains("Hyaluronic acid filler");
        // What the visitor names, and what is about the business rather than an offering, is answered.
        assertThat(after(spa, first, "how long does botox last").text()).contains("three to four months");
        assertThat(after(spa, first, "is there parking").text()).contains("free parking");
        // A question with a subject of its own is a new question, whatever service its answer names.
        assertThat(after(spa, first, "can we meet over zoom").text()).contains("over Zoom");
        assertThat(after(spa, "how much is botox", "how long does it last").text())
                .contains("three to four months");

        // Everyday words in a service's name ("new", "system") name no other offering.
        WorkspaceId hvac = with(
                "hvac",
                new KnowledgeContent(
                        List.of(new FaqInput(
                                "Do you offer financing on new systems?",
                                "Yes. Financing is available through our lending partner.")),
                        List.of(),
                        List.of(
                                new ServiceInput("AC tune-up", "21-point inspection and coil rinse.", "$99", 60),
                                new ServiceInput(
                                        "New system installation", "A new high-efficiency system.", null, null)),
                        null));
        assertThat(after(hvac, "how much is a tune-up", "is financing available?")
                        .text())
                .contains("lending partner");
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

    private WorkspaceId withFaqs(String industry, FaqInput... faqs) {
        return with(industry, new KnowledgeContent(List.of(faqs), List.of(), List.of(), null));
    }

    private WorkspaceId with(String industry, KnowledgeContent content) {
        WorkspaceId id = AssistantFixtures.workspace(workspaces, industry);
        knowledge.replaceAll(id, content);
        return id;
    }

    @Test
    void askingWhetherSomethingIsOfferedIsANewQuestionEvenInTheWordsOfTheLastAnswer() {
        WorkspaceId salon = withFaqs(
                "salon",
                new FaqInput("How much is balayage?", "Balayage, hand-painted highlights with toner, is $185."),
                new FaqInput(
                        "Do you do hair color?",
                        "Yes. We offer single-process color, partial and full highlights, and balayage."));
        Reply reply = after(salon, "how much is balayage", "do you do highlights");
        assertThat(reply.text()).contains("partial and full highlights");
    }

    @Test
    void aShortFollowUpIsJudgedForCrisisOnlyByThePatterns() {
        WorkspaceId law = withFaqs(
                "legal",
                new FaqInput("How much does a will cost?", "A basic will package for one person is a flat $650."));
        String first = "how much does a will cost";
        String followUp = "what about for me and my wife";
        assertThat(CrisisModel.flags(followUp, knowledge.meaning(followUp)))
                .as("the classifier, reading it alone")
                .isTrue();
        assertThat(after(law, first, followUp).kind()).isNotEqualTo("crisis");
        assertThat(after(law, first, "what about if he is going to shoot me").kind())
                .isEqualTo("crisis");
    }

    @Test
    void aFollowUpAskingHowLongIsNotAnsweredFromAnItemThatStatesNoTime() {
        WorkspaceId garage = withFaqs(
                "auto_repair",
                new FaqInput(
                        "Do you work on diesel trucks?",
                        "We service most cars, trucks and SUVs. We do not work on diesel trucks over one ton."),
                new FaqInput("How long does an oil change take?", "An oil change takes about 30 minutes."));
        Reply reply = after(garage, "do you work on diesel trucks", "how long will it take");
        assertThat(reply.text()).doesNotContain("one ton");
    }

    @Test
    void howLongIsAnsweredOnlyFromAnItemThatGivesATime() {
        WorkspaceId realtor = withFaqs(
                "real_estate",
                new FaqInput(
                        "How do I sell my home?",
                        "Selling starts with a free market analysis and a walk-through with your agent."),
                new FaqInput(
                        "How long do refills take?", "Please allow two business days for refills through the portal."));
        Reply noTime = ask(realtor, "how long does it take to sell my home?");
        assertThat(noTime.kind()).isEqualTo("fallback");
        assertThat(noTime.text())
                .startsWith("I don't have a time for that in our information")
                .contains("free market analysis");
        assertThat(noTime.actions()).contains(Map.of("type", "lead_form"));
        assertThat(ask(realtor, "how long do refills take?").text()).contains("two business days");
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
    void anOptionTheKnowledgeDoesNotListGetsNoPriceAndAnotherCountIsAFollowUp() {
        WorkspaceId salon = withFaqs(
                "salon",
                new FaqInput("Do you cut children's hair?", "Yes. Kids' cuts for ages 10 and under are $25."),
                new FaqInput("How much is a men's cut?", "A men's cut is $35."));
        String first = "how much is a kids cut for my 12 yr old";
        Reply variant = ask(salon, first);
        assertThat(variant.kind()).isEqualTo("fallback");
        assertThat(variant.text())
                .startsWith("I don't have a price for that exact option")
                .contains("Here's what I can tell you: Kids' cuts for ages 10 and under are $25.");
        assertThat(variant.actions()).extracting(a -> a.get("type")).containsExactly("lead_form");

        Reply younger = after(salon, first, "what about my 8 year old");
        assertThat(younger.kind()).isEqualTo("answer");
        assertThat(younger.text()).contains("$25");
        assertThat(after(salon, first, "and my 14 year old?").kind()).isEqualTo("fallback");
        // Only another count: anything else after that reply is a new question.
        assertThat(after(salon, first, "how much is a men's cut").text()).contains("$35");
        assertThat(after(salon, first, "can i walk in today").text()).doesNotContain("Kids' cuts");
    }

    private static void assertCallback(Reply reply) {
        assertThat(reply.kind()).isEqualTo("fallback");
        assertThat(reply.text()).startsWith("Of course.");
        assertThat(reply.actions()).contains(Map.of("type", "lead_form"));
    }

    private Reply followUp(String message, String previousMessage) {
        return after(dental, previousMessage, message);
    }

    /** The message after the bot's reply to the previous one, as the widget sends it. */
    private Reply after(WorkspaceId workspace, String previousMessage, String message) {
        Reply previous = ask(workspace, previousMessage);
        return assistant.answer(new AnswerRequest(
                workspace,
                "web",
                message,
                List.of(previous.kind()),
                previousMessage,
                previous.sources().isEmpty() ? null : previous.sources().get(0)));
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
    void aGreetingCarriesNoDisclaimer() {
        WorkspaceId clinic = withFaqs("medical", new FaqInput("Do you see walk-ins?", "Yes, every weekday morning."));
        Reply hello = ask(clinic, "hi there");
        assertThat(hello.kind()).isEqualTo("clarify");
        assertThat(hello.disclaimer()).isNull();
        assertThat(ask(clinic, "thanks").disclaimer()).isNull();
        assertThat(ask(dental, "Does a root canal hurt?").disclaimer()).isNotNull();
    }

    private Reply ask(WorkspaceId workspace, String message) {
        return assistant.answer(new AnswerRequest(workspace, "web", message, List.of()));
    }
}
