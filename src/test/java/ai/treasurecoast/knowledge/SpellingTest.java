package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private static final List<String> KNOWLEDGE = List.of(
            "Tooth-colored filling: a composite filling matched to your tooth.",
            "Laser hair removal, small area: underarms or upper lip.",
            "Dog neuter: surgery with anesthesia and pain medication.",
            "Deep cleaning (scaling and root planing) per quadrant.",
            "We accept Medicare and most PPO plans.");

    private final Spelling spelling = new Spelling(KNOWLEDGE, terms()::contains);

    @Test
    void aSlipIsPutRightFromTheKnowledgesOwnWords() {
        assertThat(spelling.correct("how much is a white fillng")).isEqualTo("how much is a white filling");
        assertThat(spelling.correct("how much is lazer on my underarms"))
                .isEqualTo("how much is laser on my underarms");
        assertThat(spelling.correct("is there anesthesa for the neuter?")).contains("anesthesia");
    }

    @Test
    void twoSlipsOnlyInLongWords() {
        assertThat(spelling.correct("do you do scalling and root planning")).contains("scaling");
        assertThat(spelling.correct("is there anestheesa")).contains("anesthesia");
        assertThat(spelling.correct("a fllng")).isEqualTo("a fllng");
        // A real word the knowledge lacks is not turned into one it has.
        assertThat(spelling.correct("do you take medicaid?")).isEqualTo("do you take medicaid?");
    }

    @Test
    void realWordsAndShortWordsStayAsTyped() {
        // "lab" is a dog; "neutered" stems to a word of the knowledge; "sealing" is a real word.
        assertThat(spelling.correct("how much to get my lab neutered")).isEqualTo("how much to get my lab neutered");
        assertThat(spelling.correct("do you do sealing")).isEqualTo("do you do sealing");
        assertThat(spelling.correct("Do You Have Parking?")).isEqualTo("Do You Have Parking?");
    }

    @Test
    void brandAndDrugNamesAreNotEverydayWordsMisspelt() {
        // "Aleve" is not "alive" nor "Humana" "human": an unknown name must stay an unknown subject.
        String asked = "Can I take Aleve before my visit? Is Humana in network? Do you fix a Camry?";
        assertThat(spelling.correct(asked)).isEqualTo(asked);
    }

    @Test
    void theFirstLetterIsNeverGuessed() {
        assertThat(spelling.correct("kaser removal")).isEqualTo("kaser removal");
    }

    @Test
    void editsCountSwapsOfNeighboursAsOne() {
        assertThat(Spelling.distance("fililng", "filling", 2)).isEqualTo(1);
        assertThat(Spelling.distance("laser", "lazer", 2)).isEqualTo(1);
        assertThat(Spelling.distance("anesthesia", "amnesia", 2)).isEqualTo(3);
    }

    private static Set<String> terms() {
        Set<String> terms = new HashSet<>();
        KNOWLEDGE.forEach(text -> terms.addAll(Terms.of(text)));
        return terms;
    }
}
