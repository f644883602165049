package ai.treasurecoast.knowledge;

import java.time.Instant;
import java.util.UUID;

/** A stored FAQ (title = question, body = answer), article, or service (title = name, body = description). */
record KnowledgeItem(
        UUID id,
        String kind,
        String title,
        String body,
        String priceText,
        Integer durationMinutes,
        Instant createdAt,
        Instant updatedAt) {

    Faq faq() {
        return new Faq(id, title, body, createdAt, updatedAt);
    }

    Article article() {
        return new Article(id, title, body, createdAt, updatedAt);
    }

    ServiceOffering service() {
        return new ServiceOffering(id, title, body, priceText, durationMinutes, createdAt, updatedAt);
    }

    /** The item as its kind's API shape: what the audit log keeps of it. */
    Object view() {
        switch (kind) {
            case "faq":
                return faq();
            case "article":
                return article();
            default:
                return service();
        }
    }

    /** "FAQ", "Article" or "Service", as error messages name a kind. */
    static String label(String kind) {
        return "faq".equals(kind) ? "FAQ" : "article".equals(kind) ? "Article" : "Service";
    }
}
