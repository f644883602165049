package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConceptsTest {

    private static String stem(String word) {
        return Terms.of(word).iterator().next();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "how much is a crown?",
                "what do you charge for a simple will?",
                "ballpark for new brake pads?",
                "what will a new roof run me?",
                "cost of a cleaning"
            })
    void priceWordingBecomesThePriceConcept(String question) {
        assertThat(Terms.of(Concepts.question(question))).contains(stem(Concepts.PRICE));
    }

    @Test
    void howMuchTimeIsNotAPrice() {
        assertThat(Terms.of(Concepts.question("how much time does it take?"))).doesNotContain(stem(Concepts.PRICE));
    }

    @Test
    void durationAndChildWording() {
        assertThat(Terms.of(Concepts.question("how long until my results are back?")))
                .contains(stem(Concepts.DURATION));
        assertThat(Terms.of(Concepts.question("can my 5 year old be seen?"))).contains(stem(Concepts.CHILD));
        assertThat(Terms.of(Concepts.question("my son is 4, is he old enough?")))
                .contains(stem(Concepts.CHILD));
        assertThat(Terms.of(Concepts.question("how much for my 7 yo's haircut")))
                .contains(stem(Concepts.CHILD));
        assertThat(Terms.of(Concepts.question("is a 10yo too young?"))).contains(stem(Concepts.CHILD));
        assertThat(Terms.of(Concepts.question("my son just turned 4, is that too young?")))
                .contains(stem(Concepts.CHILD));
        assertThat(Terms.of(Concepts.question("yo, are you open today?"))).doesNotContain(stem(Concepts.CHILD));
    }

    @Test
    void somethingGoingWrongNowFindsWhatTheKnowledgeSaysOnEmergencies() {
        String urgent = stem(Concepts.URGENT);
        assertThat(Terms.of(Concepts.question("I lost a filling last night"))).contains(urgent, stem("filling"));
        assertThat(Terms.of(Concepts.question("water is pouring from a pipe under my sink")))
                .contains(urgent);
        assertThat(Terms.of(Concepts.question("how much is a filling?"))).doesNotContain(urgent);
        assertThat(Terms.of(Concepts.item("Emergency visit: same-day visit for a broken tooth.")))
                .contains(urgent);
        assertThat(Terms.of(Concepts.item("Routine cleaning every six months.")))
                .doesNotContain(urgent);
    }

    @Test
    void theQuestionIsTheClauseThatEndsInTheQuestionMark() {
        var after = Concepts.subjectTerms("Do you do veneers? My sister got them here last year.");
        assertThat(after.get(stem("veneers"))).isEqualTo(1.0);
        assertThat(after.get(stem("sister"))).isEqualTo(Concepts.CONTEXT_WEIGHT);
        var price = Concepts.subjectTerms("I'm going out of town for a week, how much is boarding?");
        assertThat(price.get(stem("town"))).isEqualTo(Concepts.CONTEXT_WEIGHT);
        assertThat(price.get(stem("boarding"))).isEqualTo(1.0);
    }

    @Test
    void anOfferQuestionAfterAGreetingIsStillOne() {
        assertThat(Concepts.offerObject("Hi, do you sell life insurance?")).contains(stem("life"));
        assertThat(Concepts.offerObject("Quick question - do you board cats?")).contains(stem("cats"));
    }

    @Test
    void whoInTheMiddleOfASentenceIsNotAQuestionAboutStaff() {
        assertThat(Terms.of(Concepts.question("discounts for people who are over 65?")))
                .doesNotContain(stem(Concepts.STAFF));
        assertThat(Terms.of(Concepts.question("who's open on sunday?"))).doesNotContain(stem(Concepts.STAFF));
    }

    @Test
    void whoQuestionsAskForStaff() {
        assertThat(Terms.of(Concepts.question("who does the injections?"))).contains(stem(Concepts.STAFF));
        assertThat(Terms.of(Concepts.question("who is open on sunday?"))).doesNotContain(stem(Concepts.STAFF));
        assertThat(Terms.of(Concepts.question("is it a doctor or an aesthetician doing the needles?")))
                .contains(stem(Concepts.STAFF));
        assertThat(Concepts.item("Our nurse injectors are board-certified.")).contains(Concepts.STAFF);
    }

    @Test
    void itemsEarnTheConceptsTheyState() {
        assertThat(Concepts.item("Cleaning: exam and polish. Price: $125.")).contains(Concepts.PRICE);
        assertThat(Concepts.item("Takes about 60 minutes.")).contains(Concepts.DURATION);
        assertThat(Concepts.item("Free parking in our lot.")).contains(Concepts.PRICE);
        assertThat(Concepts.item("We see children from age 3.")).isEmpty();
    }

    @Test
    void theAskingClauseWeighsMoreThanTheScene() {
        var terms = Concepts.subjectTerms("roof is leaking into my bedroom. what does a leak repair start at?");
        assertThat(terms.get(stem("bedroom"))).isEqualTo(Concepts.CONTEXT_WEIGHT);
        assertThat(terms.get(stem("repair"))).isEqualTo(1.0);
        var comma = Concepts.subjectTerms("I'm going out of town for a week, can you board my cat?");
        assertThat(comma.get(stem("town"))).isEqualTo(Concepts.CONTEXT_WEIGHT);
        assertThat(comma.get(stem("board"))).isEqualTo(1.0);
        assertThat(Concepts.subjectTerms("do you board cats?").values()).containsOnly(1.0);
        // A question that names nothing is about the words before it.
        assertThat(Concepts.subjectTerms("we're on medicaid for the kids, can we come there?")
                        .get(stem("medicaid")))
                .isEqualTo(1.0);
        assertThat(Concepts.subjectTerms("kitchen sink is clogged, price?").get(stem("kitchen")))
                .isEqualTo(Concepts.CONTEXT_WEIGHT);
    }

    @Test
    void wordsNamingTheBusinessAreContextUnlessAlone() {
        assertThat(Concepts.subjectTerms("Where is your office located?").keySet())
                .containsExactly(stem("located"));
        assertThat(Concepts.subjectTerms("your office?").keySet()).containsExactly(stem("office"));
    }

    @Test
    void everydayWordsWeighLessThanSubjectsWhenTheKnowledgeLacksThem() {
        assertThat(EverydayWords.share(stem("until"))).isLessThan(0.5);
        assertThat(EverydayWords.share(stem("implants"))).isEqualTo(1.0);
        assertThat(EverydayWords.share("60")).isLessThan(0.5);
    }

    @Test
    void anOfferQuestionNamesTheThingItself() {
        assertThat(Concepts.offerObject("Do you sell life insurance?"))
                .containsExactlyInAnyOrder(stem("life"), stem("insurance"));
        assertThat(Concepts.offerObject("Do you board dogs while we travel?")).containsExactly(stem("dogs"));
        assertThat(Concepts.offerObject("What does a crown cost?")).isEmpty();
        assertThat(Concepts.offerObject("is there a sauna in the locker room?")).containsExactly(stem("sauna"));
        assertThat(Concepts.offerObject("Are there any vegan entrees?")).contains(stem("vegan"));
        assertThat(Concepts.offerObject("is there a way to pay online?")).isEmpty();
        assertThat(Concepts.offerObject("is there a fee to cancel?")).isEmpty();
        assertThat(Concepts.offerObject("is there parking?")).isEmpty();
        assertThat(Concepts.offerObject("any vegan options")).contains(stem("vegan"));
        assertThat(Concepts.offerObject("any way to pay online?")).isEmpty();
        // What the thing talked about has, or room: no offer.
        assertThat(Concepts.offerObject("is there any downtime with it?")).isEmpty();
        assertThat(Concepts.offerObject("is there a warranty?")).isEmpty();
        assertThat(Concepts.offerObject("is there a dress code?")).isEmpty();
        assertThat(Concepts.offerObject("any openings tomorrow?")).isEmpty();
        assertThat(Concepts.offerObject("any tips for my first visit?")).isEmpty();
        assertThat(Concepts.offerObject("any updates on my claim?")).isEmpty();
        assertThat(Concepts.offerObject("any restrictions after botox?")).isEmpty();
        assertThat(Concepts.offerObject("does anyone there do house calls?")).contains(stem("house"), stem("calls"));
        assertThat(Concepts.offerObject("thinking about going tankless, do you guys install those"))
                .isEmpty();
    }

    @Test
    void aClauseThatOnlyAsksAPriceNamesWhatItIsFor() {
        assertThat(Concepts.priceObject("how much is dysport? is it cheaper than botox?"))
                .containsExactly(stem("dysport"));
        assertThat(Concepts.priceObject("what's the price of a tetanus shot?")).contains(stem("tetanus"), stem("shot"));
        assertThat(Concepts.priceObject("how much is it?")).isEmpty();
        assertThat(Concepts.priceObject("how much do you charge to install a water heater in a condo?"))
                .isEmpty();
    }

    @Test
    void payingWithoutInsuranceIsOneIdeaHoweverItIsPut() {
        String selfPay = stem(Concepts.SELF_PAY);
        assertThat(Terms.of(Concepts.question("how much is a cleaning if I don't have insurance right now?")))
                .contains(selfPay, stem("insurance"));
        assertThat(Terms.of(Concepts.question("what's it cost out of pocket?"))).contains(selfPay);
        assertThat(Terms.of(Concepts.question("does my insurance cover it?"))).doesNotContain(selfPay);
        assertThat(Terms.of(Concepts.question("Can I pay cash?"))).contains(stem("cash"));
        assertThat(Concepts.item("We accept cash, checks and all major cards.")).doesNotContain(Concepts.SELF_PAY);
        assertThat(Concepts.item("Flu shot. Price: Covered by most plans; $35 self-pay."))
                .contains(Concepts.SELF_PAY);
    }

    @Test
    void anAskingClauseOfEverydayWordsIsAboutTheSceneBeforeIt() {
        assertThat(Concepts.subjectTerms("my battery keeps dying, how much to put in a new one?"))
                .containsEntry(stem("battery"), 1.0);
        assertThat(Concepts.subjectTerms("my battery keeps dying, do you test alternators?"))
                .containsEntry(stem("battery"), Concepts.CONTEXT_WEIGHT);
        // Only when it asks something of the scene: "where do I park?" asks about parking.
        assertThat(Concepts.subjectTerms("I'm a new patient, where do I park?"))
                .containsEntry(stem("patient"), Concepts.CONTEXT_WEIGHT);
    }

    @Test
    void howLongAVisitTakesIsNotHowLongWhatFollowsTakes() {
        assertThat(Concepts.asksHowLongItTakes("How long does a HydraFacial take?"))
                .isTrue();
        assertThat(Concepts.asksHowLongItTakes("how long does it take to heal after a filling?"))
                .isFalse();
        assertThat(Concepts.asksHowLongItTakes("how long does recovery take after a spay?"))
                .isFalse();
        assertThat(Concepts.asksHowLongItTakes("how long does the numbness take to wear off?"))
                .isFalse();
    }
}
