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
        assertThat(PriceWording.asks("how long does it take to get a price on car insurance?"))
                .isFalse();
        assertThat(PriceWording.asks("can I get a price on car insurance?")).isTrue();
    }

    @Test
    void aFreeThingOpeningTheItemIsNoPriceForAnotherItNames() {
        String consult = "A free 15-minute consultation is recommended for first-time color clients and required for"
                + " color correction and extensions.";
        String title = "Do I need a consultation for color?";
        assertThat(PriceWording.statesFor("how much are extensions", consult)).isFalse();
        assertThat(PriceWording.pricesWhatIsAsked("how much are extensions", title, consult))
                .isFalse();
        assertThat(PriceWording.statesFor("how much is a color consultation", consult))
                .isTrue();
        assertThat(PriceWording.pricesWhatIsAsked("how much is a color consultation", title, consult))
                .isTrue();
    }

    @Test
    void aDiscountTheItemSaysNothingOfIsNotStated() {
        String session = "Spinal decompression session: Non-surgical decompression therapy. Price: $75 per session.";
        assertThat(PriceWording.asksDiscountNotStated(
                        "if I buy like 10 decompression sessions up front is there a package discount", session))
                .isTrue();
        assertThat(PriceWording.asksDiscountNotStated(
                        "any discount if I buy training in bulk", "Sessions are $75, or $340 for a pack of five."))
                .isFalse();
        assertThat(PriceWording.asksDiscountNotStated("do you have a senior discount?", "Seniors get 10% off."))
                .isFalse();
        assertThat(PriceWording.asksDiscountNotStated("how do you deal with insurance companies?", session))
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
    void aPriceForAnotherOptionIsNoPriceForTheOneAsked() {
        String rentals = "Yes. Our rental division manages seasonal and annual rentals. For annual rentals we charge"
                + " owners a management fee starting at 10% of collected rent.";
        String title = "Do you manage vacation rentals?";
        assertThat(PriceWording.pricesWhatIsAsked(
                        "What's your fee to manage a seasonal vacation rental?", title, rentals))
                .isFalse();
        assertThat(PriceWording.pricesWhatIsAsked("What's your fee to manage an annual rental?", title, rentals))
                .isTrue();
        String whitening = "Yes. In-office teeth whitening is $399 for a single visit of about 90 minutes. We also make"
                + " custom take-home whitening trays.";
        assertThat(PriceWording.pricesWhatIsAsked(
                        "How much are the take-home whitening trays?", "Do you offer teeth whitening?", whitening))
                .isFalse();
        assertThat(PriceWording.pricesWhatIsAsked(
                        "How much is whitening in the office?", "Do you offer teeth whitening?", whitening))
                .isTrue();
        // An extra the FAQ also offers is no other kind of the thing priced.
        assertThat(PriceWording.pricesWhatIsAsked(
                        "How much would implants be if I finance them?",
                        "How much are dental implants?",
                        "Implants start at $3,000 per tooth. We also offer financing through CareCredit."))
                .isTrue();
        // Two areas named together, and a price for neither in particular: it is for both.
        assertThat(PriceWording.pricesWhatIsAsked(
                        "What do you charge for Botox for my forehead?",
                        "How much is Botox?",
                        "Botox costs $13 per unit. Most forehead and frown line treatments use 20 to 40 units."))
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
    }

    @Test
    void aFeeTheKnowledgeSaysThereIsNoneOfIsAPriceOnlyForAQuestionAboutAFee() {
        String membership = "Unlimited classes are $119 a month. There is no sign-up fee.";
        assertThat(PriceWording.statesFor("Is there a sign-up fee?", "There is no sign-up fee."))
                .isTrue();
        assertThat(PriceWording.pricesWhatIsAsked("Is there a sign-up fee?", "How much is a membership?", membership))
                .isTrue();
        assertThat(PriceWording.statesFor("how much is drain cleaning?", "Drain cleaning. No trip charge in town."))
                .isFalse();
    }

    @Test
    void onlyWordsTheItemMentionsCountAndAnItemThatOpensWithItsPriceIsAboutIt() {
        String color = "Yes. We offer single-process color, partial and full highlights, balayage and color correction."
                + " Balayage starts at $185, and a consultation is needed for color correction.";
        assertThat(PriceWording.pricesWhatIsAsked(
                        "how much are partial highlights for my hair?", "Do you do hair color?", color))
                .isFalse();
        assertThat(PriceWording.pricesWhatIsAsked(
                        "What does it cost to have an agent tell me what my house is worth?",
                        "How do I find out what my home is worth?",
                        "Request a free comparative market analysis. An agent reviews recent sales near you."))
                .isTrue();
    }

    @Test
    void aPriceTheQuestionSetsAsideIsNotTheOneAsked() {
        String consult = "Scan and consultation to see whether clear aligners fit your case. Price: Free.";
        assertThat(PriceWording.setsAside(
                        "how much does invisalign actually cost, like the whole treatment not the consult",
                        "Invisalign consultation",
                        consult))
                .isTrue();
        assertThat(PriceWording.setsAside(
                        "whats the total for invisalign, not just the consult?",
                        "Do you offer Invisalign?",
                        "Yes, Dr. Alvarez is a certified Invisalign provider. A free consultation tells you whether"
                                + " clear aligners are right for you."))
                .isTrue();
        assertThat(PriceWording.setsAside(
                        "how much do X-rays cost on top of the new patient special?",
                        "New patient special",
                        "Exam and first adjustment. Price: $69."))
                .isTrue();
        assertThat(PriceWording.setsAside(
                        "how much is the after hours call?", "After-hours service call", "Price: $149."))
                .isFalse();
        assertThat(PriceWording.setsAside("how much is botox, not filler?", "Botox", "Price: $12 per unit."))
                .isFalse();
    }

    @Test
    void withoutSomethingIsNotFree() {
        assertThat(PriceWording.states("Gluten-free pasta is available on request."))
                .isFalse();
        assertThat(PriceWording.statesFor(
                        "how much are your gluten free options?", "Gluten-free pasta is available on request."))
                .isFalse();
        assertThat(PriceWording.states("Parking is free.")).isTrue();
    }

    @Test
    void aPercentOrARateIsAskedOnlyInSoManyWords() {
        assertThat(PriceWording.asksPercent("if I bundle, what percent discount do I get?"))
                .isTrue();
        assertThat(PriceWording.asksPercent("What's the interest rate on your financing?"))
                .isTrue();
        assertThat(PriceWording.asksPercent("what's the discount for military?"))
                .isFalse();
        assertThat(PriceWording.asksPercent("Is your spring special still running in Apr?"))
                .isFalse();
        assertThat(PriceWording.statesPercent("Military families get $10 off.")).isTrue();
        assertThat(PriceWording.statesPercent("Appetizers are half-price at happy hour."))
                .isTrue();
        assertThat(PriceWording.statesPercent("Interest-free plans for 12 months."))
                .isTrue();
        assertThat(PriceWording.statesPercent("We review discounts such as bundling."))
                .isFalse();
    }

    @Test
    void aMinimumIsAFigureTheItemMustGive() {
        String perGuest = "Private room for up to 40 guests with a set menu. Price: From $38 per guest.";
        assertThat(PriceWording.asksFigureNotStated("Is there a minimum spend to book the Harbor Room?", perGuest))
                .isTrue();
        assertThat(PriceWording.asksFigureNotStated(
                        "Is there a minimum spend to book the Harbor Room?", "Events need a minimum of 20 guests."))
                .isFalse();
        assertThat(PriceWording.asksFigureNotStated("how much is the Harbor Room?", perGuest))
                .isFalse();
        assertThat(PriceWording.asksFigureNotStated("what percent discount do I get?", perGuest))
                .isTrue();
        assertThat(PriceWording.asksFigureNotStated(
                        "what's the minimum charge for a service call?", "A service call is $89."))
                .isFalse();
        assertThat(PriceWording.asksFigureNotStated(
                        "is there a minimum order for gift cards?", "Gift cards come in any amount."))
                .isFalse();
    }

    @Test
    void aRemarkThatSomethingIsPriceyAsksNoPrice() {
        assertThat(PriceWording.asks("I'm with Citizens now and it's pricey. Which carriers do you quote with?"))
                .isFalse();
        assertThat(PriceWording.asks("is it pricey?")).isTrue();
    }
}
