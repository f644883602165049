package ai.treasurecoast.knowledge;

import static ai.treasurecoast.knowledge.KnowledgeIndexTest.faq;
import static ai.treasurecoast.knowledge.KnowledgeIndexTest.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedSynonymsTest {

    private static final List<KnowledgeItem> DENTAL = List.of(
            faq(
                    "Do you do Invisalign?",
                    "Yes, Dr. Alvarez is a certified Invisalign provider. A free consultation tells you whether"
                            + " clear aligners are a good fit."),
            faq(
                    "Do you offer sedation for anxious patients?",
                    "Yes. We offer nitrous oxide (laughing gas) for anxious or nervous patients."),
            faq("Do you see children?", "Yes. We see children from age 3."),
            service("Routine cleaning and checkup", "Cleaning, exam and polish.", "$125 without insurance", 60));

    @Test
    void anIndustrysVisitorsWordFindsWhatItsKnowledgeCallsIt() {
        IndexSnapshot dental = KnowledgeIndex.build(1, "dental", DENTAL);
        for (String question :
                List.of("can I get braces at your office?", "anything to calm me down during a filling?")) {
            KnowledgeHit top = dental.search(question, 1).get(0);
            assertThat(top.confidence()).as(question).isGreaterThanOrEqualTo(KnowledgeIndex.ANSWERABLE);
        }
        assertThat(dental.search("can I get braces at your office?", 1).get(0).title())
                .isEqualTo("Do you do Invisalign?");
        // The written synonyms alone do not know braces for Invisalign.
        KnowledgeHit unknown = KnowledgeIndex.build(1, null, DENTAL)
                .search("can I get braces at your office?", 1)
                .get(0);
        assertThat(unknown.confidence()).isLessThan(KnowledgeIndex.ANSWERABLE);
    }

    @Test
    void aPairCountsOnlyInTheIndustryItWasLearnedIn() {
        assertThat(LearnedSynonyms.of("veterinary").get("cruis")).contains("board");
        assertThat(LearnedSynonyms.of("dental")).doesNotContainKey("cruis");
        // "Treatment" is a car accident's care at a chiropractor's, not at a dental office.
        assertThat(LearnedSynonyms.of("chiropractic").get("treatment")).contains("injuri");
        assertThat(LearnedSynonyms.of("dental")).doesNotContainKey("treatment");
        assertThat(LearnedSynonyms.of(null)).isEmpty();
    }

    @Test
    void aLearnedWordIsKnownOnlyThroughATitle() {
        // "crown" was learned for "Do you offer financing or payment plans?".
        assertThat(LearnedSynonyms.of("dental").get("crown")).contains("financ");
        IndexSnapshot saysIt = KnowledgeIndex.build(
                1, "dental", List.of(faq("Do you see children?", "Yes, and we offer financing for braces.")));
        IndexSnapshot titlesIt =
                KnowledgeIndex.build(1, "dental", List.of(faq("Do you offer financing?", "Yes, through CareCredit.")));
        assertThat(saysIt.known("crown")).isFalse();
        assertThat(titlesIt.known("crown")).isTrue();
    }

    @Test
    void aLearnedPairNeverConfirmsThatTheBusinessOffersSomething() {
        // "diabetic" was learned for boarding (owners of diabetic pets asking to board them); it does
        // not make boarding an answer to whether the vet treats diabetic cats.
        assertThat(LearnedSynonyms.of("veterinary").get("diabet")).contains("board");
        IndexSnapshot vet = KnowledgeIndex.build(
                1,
                "veterinary",
                List.of(
                        faq("Do you board pets?", "Yes, we board dogs and cats overnight."),
                        faq("Where are you located?", "We are at 100 Main Street in Stuart.")));
        List<KnowledgeHit> hits = vet.search("Do you treat diabetic cats?", 1);
        assertThat(hits.get(0).confidence()).as(hits.toString()).isLessThan(KnowledgeIndex.ANSWERABLE);
    }

    @Test
    void aLearnedWordStandsForATitleNotForEveryItemThatSaysIt() {
        // Learned from questions about the emergency visit; the sedation answer only says "at your visit".
        assertThat(LearnedSynonyms.of("dental").get("night")).contains("visit");
        IndexSnapshot dental = KnowledgeIndex.build(
                1,
                "dental",
                List.of(
                        faq(
                                "Do you offer sedation?",
                                "We offer laughing gas; the dentist talks it through at your visit."),
                        faq("Do you see children?", "Yes, from age 3.")));
        assertThat(dental.search("the cap on my tooth popped off last night", 1)
                        .get(0)
                        .confidence())
                .isLessThan(KnowledgeIndex.ANSWERABLE);
    }
}
