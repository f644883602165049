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
    void aTopHitThatAlreadyHasAPriceWins() {
        KnowledgeHit priced = new KnowledgeHit("faq", "f1", "HydraFacial cost", "A HydraFacial is $199.", 9, 1, 0.9);
        assertThat(PriceQuestions.best("How much is a HydraFacial?", List.of(priced, service)))
                .isSameAs(priced);
    }
}
