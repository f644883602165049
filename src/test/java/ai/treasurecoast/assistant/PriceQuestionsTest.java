package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeHit;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceQuestionsTest {

    private final KnowledgeHit aftercare = new KnowledgeHit(
            "article", "a1", "HydraFacial after-care", "Avoid makeup for six hours after your HydraFacial.", 9, 1, 0.9);
    private final KnowledgeHit service =
            new KnowledgeHit("service", "s1", "HydraFacial", "HydraFacial: Deep cleanse. Price: $199.", 6, 0.8, 0.6);
    private final KnowledgeHit otherService =
            new KnowledgeHit("service", "s2", "Botox", "Botox: Per unit. Price: $14.", 6, 0.8, 0.6);

    @Test
    void priceQuestionPrefersThePricedServiceItNames() {
        assertThat(PriceQuestions.best("How much is a HydraFacial?", List.of(aftercare, service)))
                .isSameAs(service);
    }

    @Test
    void otherQuestionsAndUnnamedServicesKeepTheTopHit() {
        assertThat(PriceQuestions.best("What should I do after a HydraFacial?", List.of(aftercare, service)))
                .isSameAs(aftercare);
        assertThat(PriceQuestions.best("How much is a HydraFacial?", List.of(aftercare, otherService)))
                .isSameAs(aftercare);
    }

    @Test
    void aShortPriceQuestionNamingAPricedServiceIsSureOfIt() {
        assertThat(PriceQuestions.namesPricedService("how much is a hydrafacial", List.of(service, otherService)))
                .isTrue();
        assertThat(PriceQuestions.namesPricedService("what should I do after a hydrafacial", List.of(service)))
                .as("not a price question")
                .isFalse();
        assertThat(PriceQuestions.namesPricedService("how much is a hydrafacial", List.of(service, aftercare)))
                .as("another likely hit names it as much")
                .isFalse();
        KnowledgeHit will = new KnowledgeHit(
                "service", "s3", "Basic will package", "Basic will package: A will. Price: $650.", 7, 1, 0.5);
        KnowledgeHit trial = new KnowledgeHit(
                "service", "s7", "Free trial class", "Free trial class: One class. Price: Free.", 7, 1, 0.5);
        assertThat(PriceQuestions.namesPricedService("how much will a power of attorney cost", List.of(will)))
                .as("the verb 'will'")
                .isFalse();
        assertThat(PriceQuestions.namesPricedService("how much does a will cost", List.of(will)))
                .isTrue();
        assertThat(PriceQuestions.namesPricedService("how much to freeze my membership", List.of(trial)))
                .as("'freeze' is not 'free'")
                .isFalse();
    }

    @Test
    void aPricedServiceThatNamesNothingAskedGivesWayToAPriceForWhatIsNamed() {
        KnowledgeHit dental = new KnowledgeHit(
                "service",
                "s8",
                "Pet dental cleaning",
                "Pet dental cleaning: Cleaning under anesthesia with oral exam. Price: From $450.",
                7,
                1,
                0.62);
        KnowledgeHit wellness =
                new KnowledgeHit("faq", "f4", "How much is a wellness exam?", "A wellness exam is $68.", 7, 1, 0.4);
        assertThat(PriceQuestions.best("how much is an exam for my dog?", List.of(dental, wellness)))
                .isSameAs(wellness);
        assertThat(PriceQuestions.best("how much is a dental cleaning for my dog?", List.of(dental, wellness)))
                .isSameAs(dental);
    }

    @Test
    void aPriceForWhatSeveralServicesShareListsEachOfThem() {
        KnowledgeHit womens = new KnowledgeHit(
                "service",
                "s9",
                "Women's haircut",
                "Women's haircut: Cut with shampoo and blowout. Price: From $55. Takes about 60 minutes.",
                7,
                1,
                0.70);
        KnowledgeHit mens = new KnowledgeHit(
                "service",
                "s10",
                "Men's haircut",
                "Men's haircut: Cut with shampoo and style. Price: $35. Takes about 30 minutes.",
                7,
                1,
                0.69);
        List<KnowledgeHit> hits = List.of(womens, mens);
        assertThat(ItemReplies.options("How much is a haircut?", hits))
                .map(Reply::text)
                .hasValue("Women's haircut: From $55. Men's haircut: $35.");
        assertThat(PriceQuestions.unnamedOptions("how much is a men's haircut?", hits))
                .isEmpty();
        assertThat(PriceQuestions.unnamedOptions("how long is a haircut?", hits))
                .isEmpty();
        assertThat(PriceQuestions.unnamedOptions("how much is a color?", hits)).isEmpty();
        KnowledgeHit newPatient = new KnowledgeHit(
                "service", "s11", "New patient visit", "New patient visit: First visit. Price: $180.", 7, 1, 0.7);
        KnowledgeHit sick = new KnowledgeHit(
                "service", "s12", "Same-day sick visit", "Same-day sick visit: A cold. Price: $120.", 7, 1, 0.7);
        assertThat(PriceQuestions.unnamedOptions("how much is a video visit?", List.of(newPatient, sick)))
                .as("a word in many titles names no one thing")
                .isEmpty();
    }

    @Test
    void aTopHitThatAlreadyHasAPriceWins() {
        KnowledgeHit priced = new KnowledgeHit("faq", "f1", "HydraFacial cost", "A HydraFacial is $199.", 9, 1, 0.9);
        assertThat(PriceQuestions.best("How much is a HydraFacial?", List.of(priced, service)))
                .isSameAs(priced);
    }

    @Test
    void aHitTheQuestionNamesBeatsATopHitThatMerelyMentionsIt() {
        KnowledgeHit estate = new KnowledgeHit(
                "faq", "f2", "How much does an estate plan cost?", "A basic will package is a flat $650.", 9, 1, 0.92);
        KnowledgeHit will = new KnowledgeHit(
                "service",
                "s3",
                "Basic will package",
                "Basic will package: A will and powers of attorney. Price: $650.",
                7,
                1,
                0.64);
        assertThat(PriceQuestions.best("what all comes in the $650 will package?", List.of(estate, will)))
                .isSameAs(will);

        KnowledgeHit club = new KnowledgeHit(
                "faq",
                "f3",
                "Do you offer a maintenance plan?",
                "The club is $179 a year and includes two tune-ups.",
                9,
                1,
                0.78);
        KnowledgeHit tuneUp = new KnowledgeHit(
                "service", "s4", "AC tune-up", "AC tune-up: 21-point inspection. Price: $99.", 8, 1, 0.75);
        assertThat(PriceQuestions.best("What all do you do in a tune-up and what's it cost?", List.of(club, tuneUp)))
                .isSameAs(tuneUp);
    }

    @Test
    void wordsInManyTitlesNameNothingAndAPriceIsNeverMovedToAnItemWithout() {
        KnowledgeHit telehealth = new KnowledgeHit(
                "service",
                "s5",
                "Telehealth follow-up",
                "Telehealth follow-up: Video visit. Price: $85 self-pay.",
                9,
                1,
                0.86);
        KnowledgeHit newPatient = new KnowledgeHit(
                "service",
                "s6",
                "New patient visit",
                "New patient visit: A first visit. Price: $180 self-pay.",
                7,
                1,
                0.65);
        assertThat(PriceQuestions.best(
                        "How much does a video visit cost without insurance? I'm an established patient.",
                        List.of(telehealth, newPatient)))
                .isSameAs(telehealth);

        KnowledgeHit tarping =
                new KnowledgeHit("faq", "f4", "Do you do emergency tarping?", "Tarping starts at $450.", 9, 1, 0.9);
        KnowledgeHit storm = new KnowledgeHit(
                "article", "a2", "After a storm: roof damage", "Stay off the roof and call us.", 8, 1, 0.7);
        assertThat(PriceQuestions.best("how much to get a tarp on my roof after the storm?", List.of(tarping, storm)))
                .isSameAs(tarping);
    }
}
