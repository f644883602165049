package ai.treasurecoast.knowledge;

import ai.treasurecoast.knowledge.KnowledgeInputs.ArticleInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.knowledge.KnowledgeInputs.ServiceInput;
import java.util.List;

/** A workspace's whole knowledge, for bulk replacement (demo seeding). {@code hours} may be null. */
public record KnowledgeContent(
        List<FaqInput> faqs, List<ArticleInput> articles, List<ServiceInput> services, Hours hours) {

    public KnowledgeContent {
        faqs = faqs == null ? List.of() : List.copyOf(faqs);
        articles = articles == null ? List.of() : List.copyOf(articles);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
