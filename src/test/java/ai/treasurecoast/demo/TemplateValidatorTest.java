package ai.treasurecoast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.demo.DemoTemplate.Faq;
import ai.treasurecoast.demo.DemoTemplate.Knowledge;
import ai.treasurecoast.demo.DemoTemplate.SweepCase;
import ai.treasurecoast.demo.DemoTemplate.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each validator rule catches what it is meant to, starting from a real template that passes. */
class TemplateValidatorTest {

    private final DemoTemplate dental = DemoTemplates.templates().stream()
            .filter(t -> t.industry().equals("dental"))
            .findFirst()
            .orElseThrow();

    @Test
    void theRealTemplatePasses() {
        assertThat(TemplateValidator.problems(dental)).isEmpty();
    }

    @Test
    void bookingUrlMustBeHttps() {
        DemoTemplate t = withWorkspace(w -> new Workspace(
                w.name(), w.clientId(), w.timezone(), "external", "http://harborpointdental.example/book"));
        assertThat(TemplateValidator.problems(t)).anyMatch(p -> p.contains("externalBookingUrl"));
    }

    @Test
    void plainHttpLinksInTextAreRejected() {
        DemoTemplate t =
                withFaq(new Faq("Where can I read more?", "See http://harborpointdental.example/info for details."));
        assertThat(TemplateValidator.problems(t)).anyMatch(p -> p.contains("https"));
    }

    @Test
    void paymentWordingIsRejected() {
        assertThat(TemplateValidator.problems(withFaq(new Faq("How do I pay?", "Just pay now in this chat."))))
                .anyMatch(p -> p.contains("payment wording"));
        assertThat(TemplateValidator.problems(
                        withFaq(new Faq("Is there a deposit?", "A $50 deposit holds your spot."))))
                .anyMatch(p -> p.contains("payment wording"));
        assertThat(TemplateValidator.problems(withFaq(new Faq("Test card?", "Use 4111 1111 1111 1111."))))
                .anyMatch(p -> p.contains("card-like number"));
    }

    @Test
    void regulatedIndustriesGetTheirDisclaimerFromTheIndustryRules() {
        for (String industry : TemplateValidator.REGULATED) {
            List<String> problems = new ArrayList<>();
            TemplateValidator.checkDisclaimer(industry, problems);
            assertThat(problems).as(industry).isEmpty();
        }
    }

    @Test
    void sweepCasesMustBeWellFormed() {
        List<SweepCase> cases = new ArrayList<>(dental.sweep());
        cases.add(new SweepCase("Hi", "maybe", List.of(), List.of(), null, null));
        cases.add(new SweepCase(" ", "answer", null, List.of(), null, null));
        DemoTemplate t =
                new DemoTemplate(dental.industry(), dental.workspace(), dental.bot(), dental.knowledge(), cases);
        assertThat(TemplateValidator.problems(t))
                .anyMatch(p -> p.contains("expect must be"))
                .anyMatch(p -> p.contains("question must be"))
                .anyMatch(p -> p.contains("mustContain and mustNotContain"));
    }

    @Test
    void tooLittleKnowledgeIsRejected() {
        Knowledge k = dental.knowledge();
        DemoTemplate t = new DemoTemplate(
                dental.industry(),
                dental.workspace(),
                dental.bot(),
                new Knowledge(k.faqs().subList(0, 3), k.articles(), k.services().subList(0, 2), k.hours()),
                dental.sweep());
        assertThat(TemplateValidator.problems(t))
                .anyMatch(p -> p.contains("faqs"))
                .anyMatch(p -> p.contains("services"));
    }

    @Test
    void duplicateClientIdsAcrossTemplatesAreRejected() {
        assertThat(TemplateValidator.crossProblems(List.of(dental, dental)))
                .anyMatch(p -> p.contains("clientId"))
                .anyMatch(p -> p.contains("at least 12"));
    }

    private DemoTemplate withWorkspace(UnaryOperator<Workspace> change) {
        return new DemoTemplate(
                dental.industry(), change.apply(dental.workspace()), dental.bot(), dental.knowledge(), dental.sweep());
    }

    private DemoTemplate withFaq(Faq faq) {
        Knowledge k = dental.knowledge();
        List<Faq> faqs = new ArrayList<>(k.faqs());
        faqs.add(faq);
        return new DemoTemplate(
                dental.industry(),
                dental.workspace(),
                dental.bot(),
                new Knowledge(faqs, k.articles(), k.services(), k.hours()),
                dental.sweep());
    }
}
