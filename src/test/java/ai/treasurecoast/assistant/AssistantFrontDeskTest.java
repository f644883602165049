package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a careful front desk does with a booking request that also asks, a price for something not
 * listed, a request for a person, "are you a bot?" and "what do you do?".
 */
@IntegrationTest
class AssistantFrontDeskTest extends ConversationSupport {

    @Test
    void aRequestThatAlsoAsksGetsTheKnowledgesAnswerBeforeHowToBook() {
        WorkspaceId spa = withFaqs(
                "med_spa",
                new FaqInput(
                        "Is there downtime after a HydraFacial?",
                        "There is no downtime after a HydraFacial, and you can wear makeup the same day."),
                new FaqInput("Do you take walk-ins?", "We see clients by appointment only."));
        Reply reply =
                ask(spa, "I have a wedding saturday, can I get a hydrafacial thursday and still wear makeup to it?");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).startsWith("There is no downtime").contains("booking");
        assertThat(reply.actions()).isNotEmpty();
        assertThat(reply.sources()).extracting(Reply.Source::title).contains("Is there downtime after a HydraFacial?");
        // A request naming nothing but the visit gets how to book, not an item that shares its words.
        assertThat(ask(spa, "can I book a visit next week?").text()).doesNotContain("downtime");
        // The sentences before the request say what it is about.
        WorkspaceId grill = withFaqs(
                "restaurant",
                new FaqInput(
                        "Do you host private events?",
                        "The Harbor Room seats up to 40 guests, and the full patio can be reserved for up to 80."),
                new FaqInput("Do you have gluten-free options?", "Yes, ask your server."));
        Reply patio = ask(grill, "We're planning a private event on the patio for about 75 people. Can we book it?");
        assertThat(patio.text()).startsWith("The Harbor Room").contains("booking");
        assertThat(patio.actions()).isNotEmpty();
    }

    @Test
    void aPriceForAThingNoItemPricesIsNotAnotherThingsPrice() {
        WorkspaceId plumber = withFaqs(
                "plumbing",
                new FaqInput(
                        "How much is a new water heater?",
                        "A standard 50-gallon electric tank water heater, installed, starts at $1,650."),
                new FaqInput("Do you clear clogged drains?", "Yes, sinks, tubs, toilets and main lines."));
        Reply toilet = ask(plumber, "how much do you charge to install a new toilet?");
        assertThat(toilet.kind()).isEqualTo("fallback");
        assertThat(toilet.text()).contains("I don't have a price for that");
        Reply heater = ask(plumber, "how much do you charge to install a new water heater?");
        assertThat(heater.kind()).isEqualTo("answer");
        assertThat(heater.text()).contains("$1,650");
    }

    @Test
    void aNumberInThePricedThingDoesNotMakeItKnown() {
        WorkspaceId shop = with(
                "auto_repair",
                new KnowledgeContent(
                        List.of(),
                        List.of(),
                        List.of(new ServiceInput(
                                "Tire rotation and balance", "Rotate and balance four tires.", "$59", 45)),
                        null));
        Reply alignment = ask(shop, "How much is a four wheel alignment?");
        assertThat(alignment.text()).isEqualTo(ReplyTexts.NOT_LISTED);
        assertThat(ask(shop, "how much is a tire rotation?").text()).contains("$59");
    }

    @Test
    void askedForAPersonOrWhoAnswersTheVisitorHearsTheTruth() {
        WorkspaceId dentist = withFaqs(
                "dental",
                new FaqInput(
                        "Do you offer sedation?",
                        "We offer laughing gas; we'll call you the day before and the dentist will talk through"
                                + " the options with you at your visit."),
                new FaqInput("Do you see children?", "Yes, from age 3."));
        Reply human = ask(dentist, "can I talk to a human");
        assertThat(human.kind()).isEqualTo("fallback");
        assertThat(human.text()).doesNotContain("laughing gas");
        assertThat(human.actions()).contains(Map.of("type", "lead_form"));
        Reply bot = ask(dentist, "are you a bot or a real person?");
        assertThat(bot.text()).startsWith("I'm the virtual assistant for Test dental.");
        assertThat(bot.actions()).contains(Map.of("type", "lead_form"));
        // Asked about something, the person request is a question for the knowledge.
        assertThat(ask(dentist, "can I talk to someone about laughing gas?").text())
                .contains("laughing gas");
        // Told of a problem the knowledge does not cover, the visitor gets the team, not an item
        // that talks about talking.
        Reply problem = ask(dentist, "my crown fell out last night, can I talk to someone about it?");
        assertThat(problem.text()).doesNotContain("laughing gas");
    }

    @Test
    void whatTheBusinessOffersIsEveryServiceItLists() {
        WorkspaceId shop = with(
                "auto_repair",
                new KnowledgeContent(
                        List.of(new FaqInput("Do you offer brake service?", "Yes, a brake inspection is free.")),
                        List.of(),
                        List.of(
                                new ServiceInput("Synthetic oil change", "Up to 5 quarts.", "$79.95", 45),
                                new ServiceInput("Brake pad replacement", "One axle.", "From $229", 90)),
                        null));
        Reply reply = ask(shop, "what do you guys do?");
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).contains("include Synthetic oil change and Brake pad replacement.");
        assertThat(reply.sources())
                .extracting(Reply.Source::title)
                .containsExactly("Synthetic oil change", "Brake pad replacement");
        // One thing asked is still the knowledge's answer.
        assertThat(ask(shop, "what do you charge for brake pads?").text()).contains("$229");
    }

    @Test
    void howLongAVisitTakesIsNotAnsweredWithWhatFollowsIt() {
        WorkspaceId spa = with(
                "med_spa",
                new KnowledgeContent(
                        List.of(
                                new FaqInput(
                                        "What facials do you offer?",
                                        "The signature HydraFacial and a classic facial. The HydraFacial takes about 45"
                                                + " minutes."),
                                new FaqInput(
                                        "Is there downtime after a HydraFacial?",
                                        "There is no downtime after a HydraFacial; some clients have mild redness for an"
                                                + " hour or two.")),
                        List.of(new ArticleInput(
                                "After your HydraFacial", "Drink plenty of water and avoid retinol for 48 hours.")),
                        List.of(new ServiceInput("Signature HydraFacial", "Cleanse, extract and hydrate.", "$199", 45)),
                        null));
        Reply reply = ask(spa, "How long does a HydraFacial take? Trying to squeeze one into my lunch break.");
        assertThat(reply.text()).doesNotContain("no downtime");
        assertThat(ask(spa, "is there any downtime after a HydraFacial?").text())
                .contains("no downtime");
    }
}
