package ai.treasurecoast.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.knowledge.Hours;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An emergency told before a request to come, or only the classifier's: what the business says to do. */
@IntegrationTest
class AssistantEmergencyTest extends ConversationSupport {

    @Test
    void aMessageOnlyTheClassifierTookForACrisisWithNoClearAnswerGetsWhatTheBusinessSaysOnEmergencies() {
        WorkspaceId vet = withFaqs(
                "veterinary",
                new FaqInput(
                        "Do you handle emergencies?",
                        "During open hours, call us right away. After hours, please go to the Harbor Animal Emergency"
                                + " Center."),
                new FaqInput("Where do I park?", "Free parking is behind the clinic."));
        String message = "my cat hasnt peed in 2 days and keeps going to the litter box";
        assertThat(CrisisDetector.detect(message)).isEmpty();
        assertThat(CrisisModel.flags(message, knowledge.meaning(message))).isTrue();

        Reply reply = ask(vet, message);
        // After a crisis a pattern named, the reminder stands alone.
        assertThat(after(vet, "someone broke in to my house and he has a knife", "what should i do now")
                        .text())
                .startsWith(ReplyTexts.STILL_AN_EMERGENCY)
                .doesNotContain("Harbor Animal Emergency Center");
        // At a practice for people, 911 is the help: the emergency numbers stand alone.
        WorkspaceId dentist = withFaqs(
                "dental",
                new FaqInput("Do you handle emergencies?", "Yes. Call the office for a same-day emergency visit."),
                new FaqInput("Where do I park?", "Free parking is behind the clinic."));
        assertThat(ask(dentist, message).text()).doesNotContain("same-day emergency visit");
        assertThat(reply.kind()).isEqualTo("crisis");
        assertThat(reply.text())
                .startsWith("If you or anyone with you is hurt")
                .endsWith("Harbor Animal Emergency Center.");
        assertThat(reply.sources()).extracting(Reply.Source::title).containsExactly("Do you handle emergencies?");
    }

    @Test
    void aRequestToComeAfterAnEmergencyKeepsItsOwnAnswerWhenTheBusinessSaysNothingOnEmergencies() {
        WorkspaceId hvac = withFaqs(
                "hvac", new FaqInput("Do you give estimates on new systems?", "Yes. New system estimates are free."));
        Reply reply = ask(hvac, "Our AC just died. Can someone come tomorrow to give an estimate on a new system?");
        assertThat(reply.text()).contains("New system estimates are free").contains("booking");
    }

    @Test
    void aBreakdownToldWithARequestToComeGetsWhatTheBusinessSaysAboutEmergencies() {
        // Open every day, so the hours alone never bring the emergencies in.
        List<Hours.Day> everyDay = java.util.stream.Stream.of(java.time.DayOfWeek.values())
                .map(d -> new Hours.Day(d.name(), "08:00", "17:00"))
                .toList();
        WorkspaceId hvac = with(
                "hvac",
                new KnowledgeContent(
                        List.of(
                                new FaqInput(
                                        "Do you offer 24 hour emergency service?",
                                        "Yes. Our after-hours emergency line is answered every night and weekend."),
                                new FaqInput("How much is a service call?", "A diagnostic service call is $89.")),
                        List.of(),
                        List.of(),
                        new Hours("America/New_York", everyDay, List.of())));
        assertThat(ask(hvac, "AC just died at 9pm and it's 88 in the house. Can anyone come out tonight?")
                        .text())
                .contains("after-hours emergency line");
        assertThat(ask(hvac, "AC just died and it's 90 inside. Can someone come tomorrow?")
                        .text())
                .contains("after-hours emergency line")
                .contains("booking");
        assertThat(ask(hvac, "Our AC is 15 years old. Can anyone come out tonight?")
                        .text())
                .doesNotContain("emergency line");
        assertThat(ask(hvac, "Our AC is 15 years old. Can someone come tomorrow?")
                        .text())
                .doesNotContain("emergency line");

        // Told in the message before.
        assertThat(after(hvac, "the AC just died and it's 90 in here", "can anyone come out tonight?")
                        .text())
                .contains("after-hours emergency line");
        assertThat(after(hvac, "the AC just died and it's 90 in here", "can someone come tomorrow?")
                        .text())
                .contains("after-hours emergency line")
                .contains("booking");
        assertThat(after(hvac, "how much is a service call?", "can someone come tomorrow?")
                        .text())
                .doesNotContain("emergency line");
        assertThat(ask(hvac, "Our AC died last summer and we replaced it. Can someone come tomorrow?")
                        .text())
                .doesNotContain("emergency line");
    }

    @Test
    void theClassifierDoesNotReadFiguresOfSpeech() {
        String tired = "i want a trainer who will push me till im dead tired lol";
        assertThat(CrisisModel.flags(tired, knowledge.meaning(tired))).isTrue();
        assertThat(CrisisDetector.detect(tired, knowledge::meaning)).isEmpty();
        // A crisis told beside a figure of speech is still one.
        String hurt = "my back is killing me and I keep thinking about driving off the overpass so it stops";
        assertThat(CrisisDetector.detect(hurt, knowledge::meaning)).isPresent();
    }
}
