package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PricedThingTest {

    private static final String HEATER_TITLE = "How much is a new water heater?";
    private static final String HEATER =
            "A standard 50-gallon electric tank water heater, installed with haul-away of the old tank, starts at $1,650.";
    // Words this plumber's knowledge uses somewhere.
    private static final Set<String> KNOWN = Terms.of("toilet water heater drain clog battery");

    @Test
    void thePriceOfAThingTheItemDoesNotNameIsNotItsPrice() {
        assertThat(PricedThing.another(
                        KNOWN::contains, "how much do you charge to install a new toilet?", HEATER_TITLE, HEATER))
                .isTrue();
        assertThat(PricedThing.another(KNOWN::contains, "what's the cost of a toilet?", HEATER_TITLE, HEATER))
                .isTrue();
    }

    @Test
    void theThingTheItemNamesOrNoThingAtAllIsLeftAlone() {
        assertThat(PricedThing.another(KNOWN::contains, "how much for a new water heater?", HEATER_TITLE, HEATER))
                .isFalse();
        assertThat(PricedThing.another(KNOWN::contains, "how much to replace my heater", HEATER_TITLE, HEATER))
                .isFalse();
        // Nothing named after "how much": no thing to compare.
        assertThat(PricedThing.of("how much would it be?")).isEmpty();
        assertThat(PricedThing.of("How much of our catch can we bring?")).isEmpty();
        // A word no item uses is for the check that the business knows the thing at all.
        assertThat(PricedThing.another(KNOWN::contains, "how much is a sump pump?", HEATER_TITLE, HEATER))
                .isFalse();
    }

    @Test
    void whoChargesAndThePartsOfAPriceAreNoThing() {
        assertThat(PricedThing.of("how much does the dentist charge for teeth whitening?"))
                .isEmpty();
        assertThat(PricedThing.of("how much are parts and labor for an oil change?"))
                .isEmpty();
    }

    @Test
    void aLongMessageIsReadWithoutFailing() {
        String question = "how much is " + "a ".repeat(994) + "water heater?";
        assertThat(PricedThing.of(question)).isEmpty();
    }

    @Test
    void numbersAndSpansOfTimeNameNoThing() {
        assertThat(PricedThing.of("how much for an hour")).isEmpty();
        assertThat(PricedThing.of("How much is a four wheel alignment?")).isEqualTo(Terms.of("wheel alignment"));
        // Whole words: "daycare" names a thing.
        assertThat(PricedThing.of("how much is doggy daycare?")).isEqualTo(Terms.of("doggy daycare"));
    }
}
