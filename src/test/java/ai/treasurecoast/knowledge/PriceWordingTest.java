package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceWordingTest {

    @Test
    void howMuchNoticeIsNotAPriceQuestion() {
        assertThat(PriceWording.asks("how much notice do you need to cancel?")).isFalse();
        assertThat(PriceWording.asks("ballpark for new pads?")).isTrue();
        assertThat(PriceWording.asks("what time does class start at?")).isFalse();
        assertThat(PriceWording.asks("do you check heart rate during class?")).isFalse();
        assertThat(PriceWording.asks("how much pain is normal after a root canal?"))
                .isFalse();
        assertThat(PriceWording.asks("who is in charge of billing?")).isFalse();
        assertThat(PriceWording.asks("what do you charge for a tune-up?")).isTrue();
        assertThat(PriceWording.asks("is it expensive?")).isTrue();
        assertThat(PriceWording.asks("how pricey is a regular adjustment?")).isTrue();
        assertThat(PriceWording.asks("Which companies do you quote? I'm with Citizens now and it's expensive"))
                .isFalse();
    }

    @Test
    void anAmountOrFreeIsAStatedPriceAPercentageIsNot() {
        assertThat(PriceWording.states("Price: $89.")).isTrue();
        assertThat(PriceWording.states("The first consultation is complimentary."))
                .isTrue();
        assertThat(PriceWording.states("Estimates are free.")).isTrue();
        assertThat(PriceWording.states("Rental management. Price: From 10% of collected rent."))
                .isTrue();
        assertThat(PriceWording.states("Our commission is 5% of the sale price."))
                .isTrue();
        assertThat(PriceWording.states("We stand behind our work 100%.")).isFalse();
        assertThat(PriceWording.states("Yes, our dentists perform root canals."))
                .isFalse();
        assertThat(PriceWording.states("Attorney fees are paid only if there is a recovery."))
                .isTrue();
        assertThat(PriceWording.states("No fee unless we win.")).isTrue();
        assertThat(PriceWording.states("Fees are discussed at the consultation."))
                .isFalse();
    }

    @Test
    void somethingElseBeingFreeIsNoPriceForWhatIsAsked() {
        String softeners =
                "We install whole-home water softeners, and a free water test helps choose the right system.";
        assertThat(PriceWording.statesFor("how much is a water softener?", softeners))
                .isFalse();
        assertThat(PriceWording.statesFor("how much is the water test?", softeners))
                .isTrue();
        assertThat(PriceWording.statesFor("is the water test free?", softeners)).isTrue();
        assertThat(PriceWording.statesFor("how much is an estimate?", "Estimates are free."))
                .isTrue();
        assertThat(PriceWording.statesFor(
                        "what does it cost to find out what my house is worth?",
                        "Request a free comparative market analysis."))
                .isTrue();
        assertThat(PriceWording.statesFor(
                        "is there a fee to tour a home?", "Touring homes with us is free for buyers."))
                .isTrue();
        assertThat(PriceWording.statesFor(
                        "how much is a softener?", "Softeners start at $1,900, and the test is free."))
                .isTrue();
    }

    @Test
    void aPriceInTheAnswerIsForWhatItsClauseNames() {
        String color = "Yes. We offer single-process color, partial and full highlights, balayage and color correction."
                + " Balayage starts at $185, and a consultation is needed for color correction.";
        assertThat(PriceWording.pricesWhatIsAsked("how much for partial highlights?", "Do you do hair color?", color))
                .isFalse();
        assertThat(PriceWording.pricesWhatIsAsked("how much is balayage?", "Do you do hair color?", color))
                .isTrue();
        // The title names what is asked: the answer is about it.
        assertThat(PriceWording.pricesWhatIsAsked(
                        "what does it cost to find out what my house is worth?",
                        "How do I find out what my home is worth?",
                        "Request a free comparative market analysis."))
                .isTrue();
        assertThat(PriceWording.states("Month to month, and there is no sign-up fee."))
                .isTrue();
    }
}
