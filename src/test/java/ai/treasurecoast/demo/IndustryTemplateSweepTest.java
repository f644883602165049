package ai.treasurecoast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.treasurecoast.assistant.AnswerRequest;
import ai.treasurecoast.assistant.Assistant;
import ai.treasurecoast.assistant.Reply;
import ai.treasurecoast.demo.DemoTemplate.SweepCase;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The industry sweep: every template's cases through the real pipeline (builtin provider) against
 * its seeded demo workspace on the embedded database. Run alone by
 * {@code scripts/industry-template-sweep.sh}; prints a PASS/FAIL row per industry.
 */
@IntegrationTest
class IndustryTemplateSweepTest {

    @Autowired
    DemoData demo;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Assistant assistant;

    @Test
    void everyTemplateCasePassesThroughTheRealPipeline() {
        demo.seedMissing();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nINDUSTRY TEMPLATE SWEEP (provider: builtin)\n");
        table.append(String.format("%-14s %-20s %5s %5s  %s%n", "industry", "clientId", "cases", "pass", "result"));
        int total = 0;
        for (DemoTemplate t : DemoTemplates.templates()) {
            var found = workspaces.findByClientId(t.workspace().clientId());
            if (found.isEmpty()) {
                failures.add(t.industry() + " | not seeded: the template is invalid or its client id is taken");
                table.append(String.format(
                        "%-14s %-20s %5d %5d  FAIL%n",
                        t.industry(), t.workspace().clientId(), t.sweep().size(), 0));
                continue;
            }
            WorkspaceView w = found.get();
            int passed = 0;
            for (SweepCase c : t.sweep()) {
                Reply reply = assistant.answer(new AnswerRequest(
                        w.id(), t.bot().botId(), c.question(), c.previous() == null ? List.of() : c.previous()));
                List<String> problems = SweepCheck.problems(c, reply);
                if (problems.isEmpty()) {
                    passed++;
                } else {
                    failures.add(t.industry() + " | " + c.question() + " | " + String.join("; ", problems) + " | got "
                            + reply.kind() + ": " + reply.text());
                }
            }
            total += t.sweep().size();
            table.append(String.format(
                    "%-14s %-20s %5d %5d  %s%n",
                    t.industry(),
                    t.workspace().clientId(),
                    t.sweep().size(),
                    passed,
                    passed == t.sweep().size() ? "PASS" : "FAIL"));
        }
        table.append(String.format("%d cases, %d failed%n", total, failures.size()));
        failures.forEach(f -> table.append("  FAIL ").append(f).append('\n'));
        System.out.println(table);
        assertThat(failures).as("sweep failures").isEmpty();
    }
}
