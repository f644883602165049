package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisDetectorTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I want to kill myself|self_harm",
                "i've been thinking about suicide|self_harm",
                "I don't want to live anymore|self_harm",
                "sometimes I cut myself|self_harm",
                "My husband is having chest pains right now|medical_emergency",
                "my dad can't breathe|medical_emergency",
                "I think she took an overdose|medical_emergency",
                "the bleeding won't stop|medical_emergency",
                "I'm going to shoot the doctor|violence",
                "I'll kill you|violence",
                "i want to run my landlord over with my truck|violence",
                "im gonna run him over|violence",
                "my boyfriend hits me|abuse",
                "I'm not safe at home|abuse",
                "I am being abused|abuse",
                "My ex is threatening to hurt me and the kids tonight|violence",
                "My neighbor says he's going to shoot me|violence",
                "There's a man outside with a knife threatening people|violence",
                "Someone broke in and is threatening to kill me|violence",
                "someone's breaking in right now|violence",
                "a guy pulled a gun on me in your parking lot|violence",
                "a man just burst in and is swinging a bat at people right now|violence",
                "my husband said he's going to kill me|violence",
                "My friend took a whole bottle of pills and won't wake up|medical_emergency",
                "my brother swallowed a handful of pills|medical_emergency",
                "she took too many sleeping pills|medical_emergency",
                "my mom won't wake up|medical_emergency",
                "honestly my kids would be better off without me|self_harm",
                "I left a goodbye note for my wife and I won't be around much longer|self_harm",
                "there's a rope in the garage and I'm done|self_harm",
                "I can't take it anymore, nothing left to live for|self_harm",
                "my grandpa is gasping for air and his lips are blue|medical_emergency",
                "she's on the floor and not responding|medical_emergency",
                "my son's tongue is swelling after he ate a cashew|medical_emergency",
                "I think someone slipped something into my drink|medical_emergency",
                "my dad can't catch his breath and is clutching his chest|medical_emergency",
                "my apprentice just got electrocuted by the panel|medical_emergency",
                "after the filler my cheek is turning white and my vision is blurry|medical_emergency",
                "my kitchen is on fire|danger",
                "we smell gas all through the house and the kids are asleep|danger",
                "the water is up to my chest and we're trapped in the attic|danger",
                "the carbon monoxide alarm is going off and my wife feels dizzy|danger",
                "a customer said he's bringing a knife to the office tomorrow|violence",
                "my ex texted that he'd kill me if I show up|violence",
                "my boyfriend shoved me down the stairs|abuse",
                "the man next door keeps beating his dog with a stick|abuse",
                "the car fell off the jack onto my brother and he can barely breathe|medical_emergency",
                "my throat feels like it's closing after the injection|medical_emergency",
                "he was mowing all day and now he's confused and throwing up|medical_emergency",
                "everyone would be better off with my life insurance, I have the pills lined up|self_harm",
                "my roommate went to get his rifle and says he'll shoot his boss|violence",
                "My husband is going to kill me|violence",
                "come at once, my dad is unconscious|medical_emergency",
                "chest pains started a while ago and getting worse, I think it's a heart attack|medical_emergency"
            })
    void detectsEachCategory(String message, String category) {
        var crisis = CrisisDetector.detect(message);
        assertThat(crisis).as(message).isPresent();
        assertThat(crisis.get().category()).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Do you do teeth whitening?",
                "How much is a cleaning?",
                "Are you open Saturday?",
                "My tooth hurts when I drink cold water",
                "Can I kill some time in your waiting room?",
                "I'd die for your tacos lol no",
                "Do you treat back pain?",
                "Do you kill weeds?",
                "Can you kill the ants in my kitchen?",
                "Do you shoot photos for weddings?",
                "I want to shoot my daughter's graduation",
                "pills for my dog's arthritis price?",
                "Is whitening going to hurt my teeth?",
                "Is it going to hurt me?",
                "My landlord threatened to evict me",
                "My car was broken into, does insurance cover it?",
                "I'm trying to kill time before my appointment",
                "Do you sell nail guns?",
                "How do I break in new boots?",
                "Do you fix gas leaks?",
                "what should I do if my water heater smells like rotten eggs?",
                "I got hurt in a car crash last year, do you handle injury cases?",
                "can you end the session early if my dog gets anxious?",
                "my tooth is swollen, can you see me today?",
                "I had an allergic reaction to latex once, do you use latex gloves?",
                "does the roof look like it will hold through the storm?",
                "my pipes burst and water is coming in under the door",
                "pipe burst in the kitchen, can you send someone asap?",
                "a water line burst in the garage right now",
                "is my AC unit going to be done by tonight?",
                "I'm done with my old dentist, are you taking new patients?",
                "how do I respond to an insurance adjuster?",
                "I'm going to run my dog over to you after work",
                "we're going to run the paperwork over to the title company",
                "I'm going to run her over for her shots tomorrow",
                "The last shop hit me with a $1,400 bill. Before I bring my wife's car in, will you check with me first?"
            })
    void ordinaryQuestionsAreNotCrises(String message) {
        assertThat(CrisisDetector.detect(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to end my life", "I'm thinking of suicide"})
    void selfHarmReplyGivesTheLifelineAnd911(String message) {
        var crisis = CrisisDetector.detect(message).orElseThrow();
        assertThat(crisis.text()).contains("988").contains("911");
        assertThat(crisis.actions()).anyMatch(a -> "988".equals(a.get("phone")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"he is unconscious", "I think I'm having a heart attack"})
    void medicalEmergencyPointsTo911(String message) {
        assertThat(CrisisDetector.detect(message).orElseThrow().text()).contains("911");
    }
}
