package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private static double similarity(String a, String b) {
        return WordVectors.similarity(WordVectors.of(a), WordVectors.of(b));
    }

    @Test
    void textsAboutTheSameThingInOtherWordsAreCloserThanUnrelatedOnes() {
        String docking = "Can I arrive by boat? Yes, we have free boat docking at our marina slips.";
        assertThat(similarity("is there somewhere to tie up my boat?", docking))
                .isGreaterThan(similarity("is there somewhere to tie up my boat?", "Do you have gluten-free pasta?"));
        String vaccines = "Rabies vaccine: one- or three-year rabies vaccine with certificate and tag.";
        assertThat(similarity("how much is a rabies shot for my cat?", vaccines))
                .isGreaterThan(similarity("how much is a rabies shot for my cat?", "Do you board pets?"));
    }

    @Test
    void vectorsHaveUnitLengthAndUnknownTextIsZero() {
        float[] v = WordVectors.of("teeth whitening");
        assertThat(WordVectors.similarity(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        float[] none = WordVectors.of("?? !!");
        assertThat(WordVectors.similarity(none, v)).isZero();
    }

    @Test
    void questionTermsCarryTheVectorOfTheWordTheyCameFrom() {
        var terms = WordVectors.ofTerms("Do you guarantee your repairs?");
        assertThat(terms).containsOnlyKeys("guarante", "repair");
        assertThat(WordVectors.similarity(terms.get("repair"), WordVectors.ofWord("repairs")))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(WordVectors.ofWord("the")).as("carries no subject").isNull();
        assertThat(WordVectors.ofWords("Repairs, repairs and more repairs")).hasSize(2);
    }
}
