package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    private static String stem(String word) {
        return Terms.of(word).iterator().next();
    }

    @Test
    void visitorWordsFindTheKnowledgeWords() {
        assertThat(Synonyms.of(stem("kids"))).contains(stem("children"));
        assertThat(Synonyms.of(stem("agency"))).contains(stem("office"));
        assertThat(Synonyms.of(stem("mortgage"))).contains(stem("lender"));
        assertThat(Synonyms.of(stem("dogs"))).contains(stem("pets"));
        assertThat(Synonyms.of(stem("notice"))).contains(stem("ahead"));
        assertThat(Synonyms.of(stem("homeowners"))).contains(stem("home"));
        assertThat(Synonyms.of(stem("venue"))).contains(stem("location"));
        assertThat(Synonyms.of(stem("wheelchair"))).contains(stem("elevator"));
        assertThat(Synonyms.of(stem("regular"))).contains(stem("conventional"));
        assertThat(Synonyms.of(stem("beagle"))).contains(stem("dog"));
        assertThat(Synonyms.of(stem("honda"))).contains(stem("car"));
        assertThat(Synonyms.of(stem("camry"))).contains(stem("car"));
        assertThat(Synonyms.of(stem("according"))).doesNotContain(stem("car"));
        assertThat(Synonyms.of(stem("explore"))).doesNotContain(stem("car"));
        assertThat(Synonyms.of(stem("towns"))).contains(stem("areas"));
        assertThat(Synonyms.of(stem("city"))).doesNotContain(stem("area"));
        assertThat(Synonyms.of(stem("sailboat"))).contains(stem("boat"));
        assertThat(Synonyms.of(stem("volleyball"))).contains(stem("sports"));
        assertThat(Synonyms.of(stem("main"))).doesNotContain(stem("cat"));
        assertThat(Synonyms.of(stem("checkup"))).contains(stem("wellness"));
        assertThat(Synonyms.of(stem("address"))).contains(stem("located"));
        assertThat(Synonyms.of(stem("car"))).contains(stem("auto"));
        assertThat(Synonyms.of(stem("guaranteed"))).contains(stem("warranty"));
        assertThat(Synonyms.of(stem("hold"))).contains(stem("pause"), stem("freeze"));
        assertThat(Synonyms.of(stem("pregnant"))).contains(stem("pregnancy"));
        assertThat(Synonyms.of(stem("nursing"))).contains(stem("breastfeeding"));
        assertThat(Synonyms.of(stem("file"))).contains(stem("report"));
        assertThat(Synonyms.of(stem("comp"))).contains(stem("compensation"));
        assertThat(Synonyms.of(stem("yearly"))).contains(stem("annual"));
        assertThat(Synonyms.of(stem("meals"))).contains(stem("menu"));
        assertThat(Synonyms.of(stem("penalty"))).contains(stem("fee"));
        assertThat(Synonyms.of(stem("phobia"))).contains(stem("anxious"));
        assertThat(Synonyms.of(stem("scared"))).doesNotContain(stem("anxious"));
        assertThat(Synonyms.of(stem("rabbits"))).contains(stem("exotic"));
        assertThat(Synonyms.of(stem("crash"))).contains(stem("accident"));
        assertThat(Synonyms.of(stem("snake"))).contains(stem("drain"), stem("exotic"));
        assertThat(Synonyms.of(stem("bleaching"))).contains(stem("whitening"));
        assertThat(Synonyms.of(stem("startup"))).contains(stem("sign-up"));
        assertThat(Synonyms.of(stem("needles"))).contains(stem("injectables"), stem("injections"));
        assertThat(Synonyms.of(stem("workshops"))).contains(stem("class"));
        assertThat(Synonyms.of(stem("dui"))).contains(stem("criminal"));
        assertThat(Synonyms.of(stem("breakfast"))).doesNotContain(stem("feed"));
        assertThat(Synonyms.of(stem("neuter"))).contains(stem("surgery"));
        assertThat(Synonyms.of(stem("stressed"))).contains(stem("fear"));
        assertThat(Synonyms.of(stem("zoom"))).contains(stem("video"));
    }

    @Test
    void directionalEntriesDoNotGoBack() {
        assertThat(Synonyms.of(stem("pet"))).doesNotContain(stem("dog"));
        assertThat(Synonyms.of(stem("implants"))).isEmpty();
    }
}
