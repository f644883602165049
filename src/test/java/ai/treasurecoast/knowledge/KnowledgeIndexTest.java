package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {

    private static final IndexSnapshot DENTAL = KnowledgeIndex.build(
            1,
            List.of(
                    faq(
                            "Do you accept insurance?",
                            "We accept most PPO dental insurance plans, including Delta Dental and Cigna."),
                    faq("Where do I park?", "Free parking is available behind the building."),
                    faq("Do you see children?", "Yes, we see kids from age 3 and up."),
                    service("Teeth whitening", "In-office whitening in a single visit.", "$299", 90),
                    service("Dental cleaning", "Cleaning and exam with x-rays.", "$120", 60),
                    article(
                            "Preparing for your first visit",
                            "Bring your insurance card and a photo ID.\n\n"
                                    + "Arrive 15 minutes early to fill in forms.")));

    @Test
    void longDurationsReadInHoursOrDays() {
        assertThat(KnowledgeIndex.duration(90)).isEqualTo("90 minutes");
        assertThat(KnowledgeIndex.duration(150)).isEqualTo("150 minutes");
        assertThat(KnowledgeIndex.duration(180)).isEqualTo("3 hours");
        assertThat(KnowledgeIndex.duration(1440)).isEqualTo("1 day");
        assertThat(KnowledgeIndex.duration(2880)).isEqualTo("2 days");
    }

    @Test
    void answerableQuestionsFindTheRightItemWithHighConfidence() {
        assertTop("Do you take Delta Dental insurance?", "faq", "Do you accept insurance?");
        assertTop("how much is teeth whitening", "service", "Teeth whitening");
        assertTop("is there parking?", "faq", "Where do I park?");
        assertTop("do you treat kids", "faq", "Do you see children?");
        assertTop("what should I bring to my first visit", "article", "Preparing for your first visit");
    }

    @Test
    void slipsOfTheThumbStillFindTheItem() {
        assertTop("how much is teeth whitenning", "service", "Teeth whitening");
        assertTop("how much is a dental cleanng", "service", "Dental cleaning");
        assertTop("where r u parking", "faq", "Where do I park?");

        // A real word the knowledge does not have is no slip: Medicaid is not Medicare.
        IndexSnapshot clinic = KnowledgeIndex.build(
                1, List.of(faq("Do you accept insurance?", "We accept Blue Cross, UnitedHealthcare and Medicare.")));
        assertThat(clinic.search("Do you take Medicaid?", 1).get(0).confidence())
                .isLessThan(KnowledgeBase.ANSWERABLE);
        assertThat(clinic.search("Do you take Medicare?", 1).get(0).confidence())
                .isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
    }

    @Test
    void anFaqAskingHowLongAnswersOnlyHowLong() {
        IndexSnapshot firm = KnowledgeIndex.build(
                1,
                List.of(
                        faq(
                                "What areas of law do you practice?",
                                "We practice personal injury, family law (divorce, custody and support) and estate planning."),
                        faq(
                                "How long does a divorce take in Florida?",
                                "Every case is different and the firm cannot predict the timeline for yours.")));
        for (String other : List.of("do you do divorces", "I need help with a divorce")) {
            firm.search(other, 2).stream()
                    .filter(h -> h.title().startsWith("How long"))
                    .forEach(h -> assertThat(h.confidence()).as(other).isLessThan(KnowledgeBase.ANSWERABLE));
        }
        // An FAQ asking how much is not held back: its answer names what it prices.
        IndexSnapshot salon = KnowledgeIndex.build(
                1, List.of(faq("Is there a cancellation fee?", "Yes, $25 for cancellations within 24 hours.")));
        assertThat(salon.search("do you have a cancellation fee?", 1).get(0).confidence())
                .isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
        KnowledgeHit howLong = firm.search("how long does a divorce take", 1).get(0);
        assertThat(howLong.title()).isEqualTo("How long does a divorce take in Florida?");
        assertThat(howLong.confidence()).isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
    }

    @Test
    void anItemThatSharesAlmostNothingWithTheQuestionNeverAnswersIt() {
        IndexSnapshot firm = KnowledgeIndex.build(
                1,
                List.of(
                        faq("Do you offer free consultations?", "Yes, the first 30-minute consultation is free."),
                        service("Estate planning", "Wills and trusts.", null, null)));
        List<KnowledgeHit> hits = firm.search("How much is teeth whitening?", 3);
        assertThat(hits.get(0).confidence()).as(hits.toString()).isLessThan(0.2);
        assertThat(firm.search("how much is a consultation?", 1).get(0).confidence())
                .isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
    }

    @Test
    void unanswerableQuestionsHaveLowConfidence() {
        for (String q : List.of(
                "Do you do tattoo removal?",
                "Can you fix my car's transmission?",
                "What is the wifi password?",
                "Do you sell dog food?")) {
            List<KnowledgeHit> hits = DENTAL.search(q, 3);
            assertThat(hits.isEmpty() || hits.get(0).confidence() < KnowledgeBase.ANSWERABLE)
                    .as(q + " -> " + hits)
                    .isTrue();
        }
    }

    @Test
    void anOfferQuestionIsAnsweredOnlyByAnItemThatNamesTheThing() {
        KnowledgeHit top = DENTAL.search("Do you offer teeth whitening?", 1).get(0);
        assertThat(top.confidence()).isGreaterThanOrEqualTo(KnowledgeIndex.ANSWERABLE);
        assertThat(DENTAL.search("Do you offer charcoal teeth whitening?", 3))
                .allMatch(h -> h.confidence() < KnowledgeIndex.ANSWERABLE);
    }

    @Test
    void stemmingMatchesWordForms() {
        assertTop("whitened teeth?", "service", "Teeth whitening");
    }

    @Test
    void articlesAreSplitIntoPassages() {
        KnowledgeHit hit = DENTAL.search("how early should I arrive", 1).get(0);
        assertThat(hit.type()).isEqualTo("article");
        assertThat(hit.text()).startsWith("Arrive 15 minutes early");
    }

    @Test
    void serviceFactsCarryPriceAndDuration() {
        KnowledgeHit hit = DENTAL.search("teeth whitening price", 1).get(0);
        assertThat(hit.text())
                .isEqualTo(
                        "Teeth whitening: In-office whitening in a single visit. Price: $299. Takes about 90 minutes.");
    }

    @Test
    void blankOrFillerOnlyQueriesFindNothing() {
        assertThat(DENTAL.search("   ", 5)).isEmpty();
        assertThat(DENTAL.search("can you tell me", 5)).isEmpty();
    }

    @Test
    void longPassagesAreCutAtSentenceEnds() {
        List<String> parts = KnowledgeIndex.passages("One sentence here. ".repeat(100));
        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 720 && p.endsWith("."));
    }

    private static void assertTop(String query, String type, String title) {
        List<KnowledgeHit> hits = DENTAL.search(query, 3);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).type()).as(query + " -> " + hits).isEqualTo(type);
        assertThat(hits.get(0).title()).as(query).isEqualTo(title);
        assertThat(hits.get(0).confidence()).as(query + " -> " + hits).isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
    }

    static KnowledgeItem faq(String q, String a) {
        return new KnowledgeItem(UUID.randomUUID(), "faq", q, a, null, null, null, null);
    }

    static KnowledgeItem service(String name, String description, String price, Integer minutes) {
        return new KnowledgeItem(UUID.randomUUID(), "service", name, description, price, minutes, null, null);
    }

    static KnowledgeItem article(String title, String body) {
        return new KnowledgeItem(UUID.randomUUID(), "article", title, body, null, null, null, null);
    }

    static List<KnowledgeItem> many(int n) {
        List<KnowledgeItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(faq("Question number " + i + " about topic" + i, "Answer " + i));
        }
        return items;
    }

    @Test
    void noInsuranceIsSelfPayOnlyWhereTheKnowledgeSpeaksOfSelfPay() {
        IndexSnapshot agency = KnowledgeIndex.build(
                1,
                List.of(
                        faq("Do you insure boats?", "Yes. We quote boat and personal watercraft insurance."),
                        faq("Do you offer flood insurance?", "Yes. We sell flood insurance policies.")));
        assertThat(agency.search("I don't have any insurance on my boat, can you help?", 1)
                        .get(0)
                        .title())
                .isEqualTo("Do you insure boats?");
        assertThat(agency.search("I don't have any insurance on my boat, can you help?", 1)
                        .get(0)
                        .confidence())
                .isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
    }

    @Test
    void numbersNoItemHasAreNoSubject() {
        IndexSnapshot shop = KnowledgeIndex.build(
                1,
                List.of(
                        faq("How much is an oil change?", "A full synthetic oil change is $79.95 for most cars."),
                        faq("Do you do 24 hour towing?", "Yes, we tow 24 hours a day."),
                        faq("Do you take walk-ins?", "Yes, walk-ins are welcome for oil changes.")));
        KnowledgeHit withYear = shop.search("hey how much 4 a synthetic oil chg on a 2019 honda pilot", 1)
                .get(0);
        assertThat(withYear.title()).isEqualTo("How much is an oil change?");
        assertThat(withYear.confidence()).isGreaterThanOrEqualTo(KnowledgeBase.ANSWERABLE);
        assertThat(shop.search("a synthetic oil change on a 2019", 1).get(0).coverage())
                .isEqualTo(1.0);
        assertThat(shop.search("a synthetic oil change after the 6am class", 1)
                        .get(0)
                        .coverage())
                .isGreaterThan(shop.search("a synthetic oil change after the yoga class", 1)
                        .get(0)
                        .coverage());
        assertThat(shop.search("do you do 24 hour towing?", 1).get(0).title()).isEqualTo("Do you do 24 hour towing?");
    }
}
