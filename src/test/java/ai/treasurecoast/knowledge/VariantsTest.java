package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class VariantsTest {

    // The words a clinic's knowledge uses, analysed as the index analyses them.
    private final Set<String> clinic = Terms.of("flu shot seasonal vaccine annual physical oil change camry");
    private final Predicate<String> known = clinic::contains;

    @Test
    void anotherSizeThanTheTitleNamesIsAnotherOption() {
        String small = "Laser hair removal, small area";
        assertThat(Variants.otherSize("how much is laser hair removal for a large area", small))
                .isTrue();
        assertThat(Variants.otherSize("not a big area, just my upper lip", small))
                .isFalse();
        assertThat(Variants.otherSize("what's the full price of laser hair removal?", small))
                .isFalse();
        assertThat(Variants.otherSize("how much is laser hair removal for a small area", small))
                .isFalse();
        assertThat(Variants.otherSize("how much is laser hair removal", small)).isFalse();
        assertThat(Variants.otherSize("how much for a medium dog", "Grooming, large dog"))
                .isTrue();
        assertThat(Variants.otherSize("how much is a large pizza", "Pizza")).isFalse();
        assertThat(Variants.otherSize("how much for full highlights", "Partial highlights"))
                .isTrue();
        assertThat(Variants.otherSize("laser for a big area like my back?", small))
                .isTrue();
        assertThat(Variants.otherSize("a big dog, half day", "Half-day daycare, small dog"))
                .isTrue();
        assertThat(Variants.otherSize("half day daycare for a small dog", "Half-day daycare, small dog"))
                .isFalse();
        assertThat(Variants.otherSize("six sessions for full legs?", small)).isTrue();
    }

    @Test
    void anUnusualWordTheKnowledgeNeverUsesBeforeTheTitlesThingIsAnotherKind() {
        assertThat(Variants.otherKind(known, "What's the self-pay price for a tetanus shot?", "Flu shot"))
                .isTrue();
        assertThat(Variants.otherKind(known, "how much is a shiatsu massage", "Swedish massage, 60 minutes"))
                .isTrue();
    }

    @Test
    void theTitlesOwnWordsAKnownWordOrAnEverydayWordAreTheSameThing() {
        assertThat(Variants.otherKind(known, "how much is a flu shot?", "Flu shot"))
                .isFalse();
        assertThat(Variants.otherKind(known, "how much is a camry oil change?", "Oil change"))
                .isFalse();
        assertThat(Variants.otherKind(known, "how much is a quick shot?", "Flu shot"))
                .isFalse();
        assertThat(Variants.otherKind(known, "how much is a tetanus shot?", "Shots"))
                .isFalse();
    }
}
