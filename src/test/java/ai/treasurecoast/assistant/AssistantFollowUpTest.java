package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Messages that lean on the reply before: follow-ups, "how long?", another count. */
@IntegrationTest
class AssistantFollowUpTest extends ConversationSupport {

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
        // Asked as "is there any …?", it is still a follow-up, not whether the spa offers downtime.
        assertThat(after(spa, first, "is there any downtime with it?").text())
                .contains("\"Lip filler\"")
                .doesNotContain("HydraFacial");
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

        // "how much is it?" after an FAQ about a priced service is that service's price.
        Reply price = after(spa, "Is there downtime after a HydraFacial?", "how much is it?");
        assertThat(price.kind()).isEqualTo("answer");
        assertThat(price.text()).contains("$199");
        // A price question with its own subject is a new question, not the cited item's.
        assertThat(after(spa, "Is there downtime after a HydraFacial?", "how much is botox?")
                        .text())
                .contains("Botox")
                .doesNotContain("HydraFacial");

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
        String followUp = "what about me and my wife";
        assertThat(CrisisModel.flags(followUp, knowledge.meaning(followUp)))
                .as("the classifier, reading it alone")
                .isTrue();
        assertThat(after(law, first, followUp).kind()).isNotEqualTo("crisis");
        assertThat(after(law, first, "what about if he is going to shoot me").kind())
                .isEqualTo("crisis");

        // Nor as a first message, or after a reply that was not an answer.
        String alone = "and for my son? he's 2";
        assertThat(CrisisModel.flags(alone, knowledge.meaning(alone))).isTrue();
        assertThat(ask(law, alone).kind()).isNotEqualTo("crisis");
        // A follow-up that says more than who is read in full.
        assertThat(ask(law, "and my son keeps talking about killing himself").kind())
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

    @Test
    void anotherDayAfterTheHoursGetsThatDaysHours() {
        String first = "are you open monday?";
        assertThat(ask(dental, first).sources()).containsExactly(Assistant.HOURS_SOURCE);
        Reply tuesday = after(dental, first, "and tuesday?");
        assertThat(tuesday.kind()).isEqualTo("answer");
        assertThat(tuesday.text()).contains("Tuesday").contains("9:00 AM");
        assertThat(after(dental, first, "what about sunday").text()).contains("closed on Sunday");
        // A day alone asks that day's hours after a reply that was not the knowledge's answer...
        assertThat(after(dental, "hmm", "and tuesday?").text())
                .contains("Tuesday")
                .contains("9:00 AM");
        // ...but after "Do you do teeth whitening?" it asks about whitening, not the hours.
        assertThat(after(dental, "Do you do teeth whitening?", "and tuesday?").text())
                .doesNotContain("9:00 AM");
    }

    @Test
    void whenItIsAfterAnAnswerIsAnsweredFromThatItem() {
        WorkspaceId grill = withFaqs(
                "restaurant",
                new FaqInput("Is there a happy hour?", "Happy hour is Monday to Friday from 3:00 to 6:00 PM."),
                new FaqInput("Do you have live music?", "Live music on the patio Friday and Saturday evenings."));
        Reply weekends = after(grill, "is there a happy hour?", "is it on weekends too?");
        assertThat(weekends.text()).contains("Monday to Friday").doesNotContain("Live music");
        assertThat(weekends.sources()).extracting(Reply.Source::title).containsExactly("Is there a happy hour?");
    }

    @Test
    void tillWhenAfterTheHoursOfADayAsksThatDayAgain() {
        String first = "are you open sunday?";
        assertThat(ask(dental, first).text()).contains("closed on Sunday");
        assertThat(after(dental, first, "till when?").text()).contains("closed on Sunday");
        assertThat(after(dental, first, "what time do you close?").text()).contains("closed on Sunday");
        // The week's hours are still the week's.
        assertThat(after(dental, first, "what are your hours?").text()).contains("Monday");
        assertThat(after(dental, first, "what time do you open?").text()).contains("Monday");
        assertThat(after(dental, first, "and monday?").text())
                .contains("Monday")
                .contains("9:00 AM");
    }
}
