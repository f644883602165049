package ai.treasurecoast.demo;

import ai.treasurecoast.assistant.AnswerRequest;
import ai.treasurecoast.assistant.Assistant;
import ai.treasurecoast.assistant.Reply;
import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeHit;
import ai.treasurecoast.support.IntegrationTest;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProbeClarify {
    @Autowired
    DemoData demo;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Assistant assistant;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    void probe() throws Exception {
        demo.seedMissing();
        Map<String, DemoTemplate> templates =
                DemoTemplates.templates().stream().collect(Collectors.toMap(DemoTemplate::industry, t -> t));
        StringBuilder out = new StringBuilder();
        for (String set : List.of(
                "heldout-2",
                "heldout-3",
                "heldout-4",
                "heldout-5",
                "heldout-6",
                "heldout-7",
                "heldout-8",
                "heldout-9",
                "heldout-10",
                "heldout-11",
                "development",
                "heldout",
                "training-a",
                "training-b",
                "training-d",
                "training-e")) {
            for (EvalQuestion q : EvalQuestion.load(set)) {
                if (!q.label().equals("answerable") && !q.label().equals("unanswerable")) continue;
                DemoTemplate t = templates.get(q.industry());
                WorkspaceView w =
                        workspaces.findByClientId(t.workspace().clientId()).orElseThrow();
                Reply r = assistant.answer(new AnswerRequest(w.id(), t.bot().botId(), q.question(), List.of()));
                if (!"clarify".equals(r.kind())) continue;
                List<KnowledgeHit> hits = knowledge.search(w.id(), q.question(), 2);
                if (hits.isEmpty()) continue;
                KnowledgeHit top = hits.get(0);
                String all = (top.title() + " " + top.text()).toLowerCase();
                boolean right = q.label().equals("answerable")
                        && q.mustContain().stream().allMatch(m -> all.contains(m.toLowerCase()));
                double second = hits.size() > 1 ? hits.get(1).confidence() : 0;
                out.append(String.format(
                        "%s\t%s\t%s\t%.3f\t%.3f\t%d\t%s%n",
                        set,
                        q.label(),
                        right,
                        top.confidence(),
                        second,
                        q.question().length(),
                        q.question().replace("\n", " ")));
            }
        }
        Files.writeString(Path.of("/tmp/clarify-probe.tsv"), out.toString());
    }
}
