package ai.treasurecoast.knowledge;

/** What callers send to create or change knowledge items. In a PATCH, null means "leave as is". */
public final class KnowledgeInputs {

    private KnowledgeInputs() {}

    public record FaqInput(String question, String answer) {}

    public record ArticleInput(String title, String body) {}

    public record ServiceInput(String name, String description, String priceText, Integer durationMinutes) {}
}
