package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static final String HEATER =
            "A standard 50-gallon electric tank water heater, installed with haul-away of the old tank, starts at $1,650.";
    private static final String DUCTS = "Whole-home air duct cleaning starts at $399 for up to 12 vents.";
    private static final String TRAINING =
            "One-on-one personal training sessions are $75 for 60 minutes, or $340 for a pack of five.";
    private static final String MASSAGE = "Massage: 60-minute therapeutic massage. Price: $85.";
    private static final String KIDS = "Kids cut: ages 10 and under. Price: $22.";

    @Test
    void aCountTheItemListsDifferentlyIsAnotherOption() {
        assertThat(Quantities.differ("how much for a 40 gallon gas water heater installed", HEATER))
                .isTrue();
        assertThat(Quantities.differ("how much is duct cleaning if the house has like 18 vents", DUCTS))
                .isTrue();
        assertThat(Quantities.differ("how much is a 10 pack of personal training sessions", TRAINING))
                .isTrue();
        assertThat(Quantities.differ("how much is a 30 minute personal training session?", TRAINING))
                .isTrue();
        assertThat(Quantities.differ("What do you charge for a 90 minute massage?", MASSAGE))
                .isTrue();
        assertThat(Quantities.differ("how much is a kids cut for my 12 yr old", KIDS))
                .isTrue();
    }

    @Test
    void aCountWithinWhatTheItemListsIsThatOption() {
        assertThat(Quantities.differ("how much is a 50-gallon heater", HEATER)).isFalse();
        assertThat(Quantities.differ("we have 9 vents, what does duct cleaning cost", DUCTS))
                .isFalse();
        assertThat(Quantities.differ("how much is an hour of personal training?", TRAINING))
                .isFalse();
        assertThat(Quantities.differ("how much is a 60 min training session", TRAINING))
                .isFalse();
        assertThat(Quantities.differ("price for a five pack of training?", TRAINING))
                .isFalse();
        assertThat(Quantities.differ("how much is a kids cut for my seven-year-old", KIDS))
                .isFalse();
    }

    @Test
    void rangesAndMinimumsAdmitWhatTheyCover() {
        String camp = "Kids' camp (ages 5-12): $200 a week.";
        assertThat(Quantities.differ("how much is camp for my 8 year old?", camp))
                .isFalse();
        assertThat(Quantities.differ("how much is camp for my 14 year old?", camp))
                .isTrue();
        assertThat(Quantities.differ("price for my 30 lb dog?", "Grooming for dogs 20-40 lbs: $65."))
                .isFalse();
        assertThat(Quantities.differ("how much is a 2 hour lesson?", "Lessons are $60 per hour, 1 hour minimum."))
                .isFalse();
    }

    @Test
    void timesDatesPricesAndContextAreNotOptions() {
        assertThat(Quantities.differ(
                        "massage price? I got rear-ended 10 days ago and have 30 minutes at lunch", MASSAGE))
                .isFalse();
        assertThat(Quantities.differ("how much for my 2017 camry's heater, I am 3 miles away", HEATER))
                .isFalse();
        assertThat(Quantities.differ("is the massage $60? can I come at 6 pm or 10:30", MASSAGE))
                .isFalse();
        assertThat(Quantities.differ("what does a heater cost, we are a family of 4", HEATER))
                .isFalse();
    }

    @Test
    void theTimeInAServicesNameIsWhichOptionItIs() {
        String title = "Therapeutic massage, 60 minutes";
        String text = title + ": Massage by a licensed massage therapist. Price: $85. Takes about 60 minutes.";
        assertThat(Quantities.differ("How much is a 90 minute massage?", text, title))
                .isTrue();
        assertThat(Quantities.differ("how much is a 1 hr massage?", text, title))
                .isFalse();
        assertThat(Quantities.differ("price for a 60-min massage", text, title)).isFalse();
        // A time in the question that names no option is still no count.
        assertThat(Quantities.differ("massage price? I only have 90 minutes at lunch", text, title))
                .isFalse();
        assertThat(Quantities.differ("how much is a massage? I only have a 30 minute lunch break", text, title))
                .isFalse();
        assertThat(Quantities.differ("is there a fee if I am 15 minutes late to my massage?", text, title))
                .isFalse();
    }

    @Test
    void timesElsewhereInAnItemArePoliciesNotOptions() {
        String call =
                "Emergency service call: A technician at your door day or night. Price: $149. Takes about 60 minutes.";
        assertThat(Quantities.differ("whats the charge for a 24 hour emergency call?", call, "Emergency service call"))
                .isFalse();
        assertThat(Quantities.differ(
                        "how much is a 1 hour massage?",
                        "$80 per hour. Cancellations need at least 24 hours' notice.",
                        "Massage"))
                .isFalse();
        assertThat(Quantities.differ(
                        "how much is a 12 month membership?", "Minimum commitment 3 months.", "Membership"))
                .isFalse();
    }

    @Test
    void everyNumberOfAListCountsTheSameThing() {
        String faq = "Licensed massage therapists offer 30, 60 and 90 minute therapeutic massage sessions.";
        assertThat(Quantities.differ("how much is a 90 minute massage?", faq)).isFalse();
        assertThat(Quantities.differ("how much is a 60 minute massage?", faq)).isFalse();
        assertThat(Quantities.differ("how much is a 45 minute massage?", faq)).isTrue();
        // Two sessions of 60 minutes, not a list of lengths.
        assertThat(Quantities.differ("how much for two 60-minute training sessions?", TRAINING))
                .isFalse();
    }
}
