package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.KnowledgeHit;
import org.junit.jupiter.api.Test;

class ItemRepliesTest {

    private static KnowledgeHit faq(String text) {
        return new KnowledgeHit("faq", "f1", "Can you lower my premium?", text, 8, 1, 0.9);
    }

    @Test
    void aPercentTheItemDoesNotGiveIsNotAnswered() {
        KnowledgeHit discounts = faq("We review discounts such as wind mitigation credits and bundling home and auto.");
        Reply reply = ItemReplies.from("If I bundle my home and auto, what percent discount do I get?", discounts);
        assertThat(reply.kind()).isEqualTo("fallback");
        assertThat(reply.text()).contains("I don't have that figure").contains("bundling home and auto");
        assertThat(ItemReplies.from("do you have discounts for bundling?", discounts)
                        .kind())
                .isEqualTo("answer");
    }

    @Test
    void theFaqsYesAnswersOnlyItsOwnKindOfQuestion() {
        KnowledgeHit invisalign = new KnowledgeHit(
                "faq",
                "f2",
                "Do you do Invisalign?",
                "Yes, Dr. Alvarez is a certified Invisalign provider. A free consultation tells you more.",
                8,
                1,
                0.9);
        assertThat(ItemReplies.from("is dr alvarez a woman?", invisalign).text())
                .startsWith("Dr. Alvarez is a certified");
        assertThat(ItemReplies.from("do you guys do invisalign?", invisalign).text())
                .startsWith("Yes, Dr. Alvarez");
        assertThat(ReplyTexts.withoutYes("Yes, we keep same-day slots.")).isEqualTo("We keep same-day slots.");
        assertThat(ReplyTexts.withoutYes("Yes. We do.")).isEqualTo("We do.");
        assertThat(ReplyTexts.withoutYes("Yesterday we closed early.")).isEqualTo("Yesterday we closed early.");
        assertThat(ReplyTexts.withoutYes("Yes, iPads are provided.")).isEqualTo("iPads are provided.");
        assertThat(ReplyTexts.withoutYes("Yes,")).isEqualTo("Yes,");
        // The second question of the message is the one the FAQ asks.
        KnowledgeHit kids =
                new KnowledgeHit("faq", "f3", "Do you see children?", "Yes, we see children from age 3.", 8, 1, 0.9);
        assertThat(ItemReplies.from("Can I book a cleaning next week? And do you see kids?", kids)
                        .text())
                .startsWith("Yes, we see children");
    }

    @Test
    void aDiscountTheItemDoesNotMentionIsNotAnswered() {
        KnowledgeHit session = new KnowledgeHit(
                "service",
                "s1",
                "Spinal decompression session",
                "Spinal decompression session: Non-surgical decompression therapy. Price: $75 per session.",
                8,
                1,
                0.9);
        Reply reply = ItemReplies.from("is there a package discount if I buy 10 sessions up front?", session);
        assertThat(reply.kind()).isEqualTo("fallback");
        assertThat(reply.text()).contains("I don't have a discount for that").contains("$75 per session");
    }

    @Test
    void aPercentTheItemGivesIsAnswered() {
        KnowledgeHit discounts = faq("Bundling home and auto usually saves 10% to 20%.");
        assertThat(ItemReplies.from("what percentage do I save if I bundle?", discounts)
                        .kind())
                .isEqualTo("answer");
    }

    @Test
    void aFeeThatDependsOnTheOutcomeIsAStatedPrice() {
        KnowledgeHit contingency = faq("Personal injury cases are handled on a contingency fee basis, which means"
                + " attorney fees are paid only if there is a recovery.");
        Reply reply = ItemReplies.from(
                "how does the contingency fee work, do I owe anything if there's no money recovered?", contingency);
        assertThat(reply.kind()).isEqualTo("answer");
        assertThat(reply.text()).doesNotContain("I don't have a price");
    }
}
