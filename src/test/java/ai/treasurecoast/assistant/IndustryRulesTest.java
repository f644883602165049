package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndustryRulesTest {

    @Test
    void everyIndustryHasRulesAndRegulatedOnesHaveDisclaimers() {
        for (String key : IndustryRules.INDUSTRIES) {
            IndustryRules rules = IndustryRules.of(key);
            assertThat(rules.industry()).isEqualTo(key);
            assertThat(rules.dontRules()).isNotEmpty();
            if (rules.regulated()) {
                assertThat(rules.disclaimer()).as(key).isNotBlank();
                assertThat(rules.disclaimerTopics()).as(key).isNotEmpty();
            }
        }
        for (String regulated :
                List.of("legal", "medical", "dental", "med_spa", "chiropractic", "veterinary", "insurance")) {
            assertThat(IndustryRules.of(regulated).regulated()).as(regulated).isTrue();
        }
        assertThat(IndustryRules.of("unknown").industry()).isEqualTo("general");
    }

    @Test
    void theDisclaimerCoversPluralsAndBusinessCover() {
        assertThat(IndustryRules.of("dental").touchesSubject("do you do root canals in office or refer out"))
                .isTrue();
        assertThat(IndustryRules.of("insurance").touchesSubject("Do you handle workers comp?"))
                .isTrue();
        assertThat(IndustryRules.of("dental").touchesSubject("where do I park?"))
                .isFalse();
        assertThat(IndustryRules.of("fitness").touchesSubject("my knees aren't what they used to be"))
                .isTrue();
        assertThat(IndustryRules.of("fitness").touchesSubject("the free trial is for anyone aged 16 or older"))
                .isFalse();
        assertThat(IndustryRules.of("fitness").touchesSubject("do you have a senior discount or a joint membership?"))
                .isFalse();
        assertThat(IndustryRules.of("med_spa").touchesSubject("who does the needle part?"))
                .isTrue();
        assertThat(IndustryRules.of("insurance").touchesSubject("do you shop around with different companies?"))
                .isTrue();
    }

    @Test
    void symptomsAreNotAssessedButAVisitIsOffered() {
        Map<String, List<String>> statements = Map.of(
                "medical",
                        List.of(
                                "i have a fever and sore throat since yesterday",
                                "My son has had a bad cough all week"),
                "dental", List.of("my tooth hurts really bad when i drink cold stuff", "my gums have been bleeding"),
                "chiropractic", List.of("my lower back has been killing me after moving boxes", "my neck is stiff"),
                "veterinary",
                        List.of(
                                "my cat keeps throwing up",
                                "our dog won't eat since yesterday",
                                "my cat hasnt eaten in 2 days",
                                "our puppy has not been drinking"));
        statements.forEach((key, messages) -> {
            for (String message : messages) {
                assertThat(IndustryRules.of(key).declineFor(message))
                        .as(key + ": " + message)
                        .map(IndustryRules.Decline::name)
                        .hasValue("symptoms");
            }
        });
        // A question about what the business does is for the knowledge, symptoms or not.
        for (String question :
                List.of("I have a sore throat, do you do strep tests?", "my back hurts, do you take walk-ins?")) {
            assertThat(IndustryRules.of("medical").declineFor(question))
                    .as(question)
                    .isEmpty();
            assertThat(IndustryRules.of("chiropractic").declineFor(question))
                    .as(question)
                    .isEmpty();
        }
        assertThat(IndustryRules.of("veterinary").declineFor("Is my dog eating enough kibble for his weight?"))
                .isEmpty();
        assertThat(IndustryRules.of("plumbing").declineFor("my back hurts from carrying the water heater"))
                .isEmpty();
        assertThat(IndustryRules.of("dental").declineFor("I chipped my front tooth on a popcorn kernel"))
                .as("the knowledge has an emergency item for this")
                .isEmpty();
    }

    @Test
    void healthIndustriesDeclineDiagnosisAndDosing() {
        for (String key : List.of("dental", "medical", "med_spa", "chiropractic", "veterinary")) {
            IndustryRules rules = IndustryRules.of(key);
            for (String asks : List.of(
                    "Do I have a cavity?", "do i have an ear infection", "Do I have TMJ?", "do I have gingivitis?")) {
                assertThat(rules.declineFor(asks))
                        .as(key + ": " + asks)
                        .map(IndustryRules.Decline::name)
                        .hasValue("diagnosis");
            }
            // "Do I have to ..." asks about the visit, not a diagnosis.
            for (String visit : List.of(
                    "I have Nationwide pet insurance, will you bill them or do I have to?",
                    "Do I have to fill out forms before my first visit?",
                    "do i have a copay for this?",
                    "do I have a flu shot scheduled?")) {
                assertThat(rules.declineFor(visit)).as(key + ": " + visit).isEmpty();
            }
            assertThat(rules.declineFor("How many mg of ibuprofen should I take?"))
                    .as(key)
                    .map(IndustryRules.Decline::name)
                    .hasValue("dosing");
            assertThat(rules.declineFor("Do you take walk-ins?")).as(key).isEmpty();
        }
        assertThat(IndustryRules.of("dental").declineFor("How much is a filling?"))
                .isEmpty();
        assertThat(IndustryRules.of("veterinary").declineFor("Does my dog have worms?"))
                .map(IndustryRules.Decline::name)
                .hasValue("diagnosis");
    }

    @Test
    void legalDeclinesAdviceAndOutcomesInsuranceDeclinesGuarantees() {
        IndustryRules legal = IndustryRules.of("legal");
        assertThat(legal.declineFor("Will I win my case?"))
                .map(IndustryRules.Decline::name)
                .hasValue("outcome");
        assertThat(legal.declineFor("Should I sue my landlord?"))
                .map(IndustryRules.Decline::name)
                .hasValue("legal_advice");
        assertThat(legal.declineFor("Do you offer free consultations?")).isEmpty();
        IndustryRules insurance = IndustryRules.of("insurance");
        assertThat(insurance.declineFor("Can you guarantee my claim is covered?"))
                .isPresent();
        assertThat(insurance.declineFor("What types of policies do you sell?")).isEmpty();
        // Whether the visitor's own policy pays is the agent's call, not the chat's.
        assertThat(insurance.declineFor("will my policy cover hurricane damage"))
                .isPresent();
        assertThat(insurance.declineFor("does homeowners insurance cover flooding?"))
                .isEmpty();
        assertThat(insurance.declineFor("If I buy a flood policy today, am I covered for the storm next week?"))
                .isEmpty();
        assertThat(insurance.declineFor("what does this policy cover?")).isEmpty();
        assertThat(insurance.declineFor("does our policy pay for water damage?"))
                .isPresent();
    }

    @Test
    void realEstateDeclinesPromisesOfASaleNotStatementsAboutOne() {
        IndustryRules realEstate = IndustryRules.of("real_estate");
        for (String promise : List.of(
                "Promise me in writing that my house will sell for at least $800,000 within 30 days.",
                "Can you make sure my home sells within 30 days?",
                "Will my condo sell in 30 days?",
                "will our house sell before summer?")) {
            assertThat(realEstate.declineFor(promise)).as(promise).isPresent();
        }
        for (String statement : List.of(
                "My house will sell as-is, do you buy houses for cash?",
                "I need to know when my house will sell so I can plan the move",
                "Do you help people who want to sell for the first time?")) {
            assertThat(realEstate.declineFor(statement)).as(statement).isEmpty();
        }
        assertThat(realEstate.touchesSubject("what are homes selling for in Port St. Lucie?"))
                .isTrue();
        assertThat(realEstate.touchesSubject("Any help with the down payment?")).isTrue();
        assertThat(realEstate.touchesSubject("can someone tell us what our place might go for?"))
                .isTrue();
    }

    @Test
    void disclaimerTopicsAreWholeWords() {
        IndustryRules dental = IndustryRules.of("dental");
        assertThat(dental.touchesSubject("My tooth hurts")).isTrue();
        assertThat(dental.touchesSubject("Where do I park?")).isFalse();
        assertThat(IndustryRules.of("hvac").touchesSubject("pain")).isFalse();
    }

    @Test
    void theBusinessIsTheHelpInAnEmergencyOfAPetAHomeOrACar() {
        for (String industry : new String[] {"veterinary", "hvac", "plumbing", "roofing", "auto_repair"}) {
            assertThat(IndustryRules.of(industry).handlesOwnEmergencies())
                    .as(industry)
                    .isTrue();
        }
        for (String industry : new String[] {"medical", "dental", "med_spa", "chiropractic", "legal", "salon"}) {
            assertThat(IndustryRules.of(industry).handlesOwnEmergencies())
                    .as(industry)
                    .isFalse();
        }
    }
}
