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
class ProbeRun {
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
        for (String line : Files.readAllLines(Path.of("/tmp/probe.txt"))) {
            if (line.isBlank()) continue;
            String[] p = line.split("\\|", 2);
            DemoTemplate t = templates.get(p[0].trim());
            WorkspaceView w =
                    workspaces.findByClientId(t.workspace().clientId()).orElseThrow();
            String[] turns = p[1].split(">>");
            java.util.List<String> kinds = new java.util.ArrayList<>();
            String prevMsg = null;
            Reply.Source prevSrc = null;
            Reply r = null;
            out.append("Q ").append(line).append("\n");
            for (String turn : turns) {
                r = assistant.answer(
                        new AnswerRequest(w.id(), t.bot().botId(), turn.trim(), List.copyOf(kinds), prevMsg, prevSrc));
                out.append("  [")
                        .append(turn.trim())
                        .append("] -> ")
                        .append(r.kind())
                        .append(": ")
                        .append(r.text().replace("\n", " "))
                        .append("\n");
                kinds.add(r.kind());
                prevMsg = turn.trim();
                prevSrc = r.sources().isEmpty() ? null : r.sources().get(0);
            }
            p[1] = turns[turns.length - 1];
            for (KnowledgeHit h : knowledge.search(w.id(), p[1].trim(), 3)) {
                out.append(String.format(
                        "     %.3f %s | %s%n",
                        h.confidence(),
                        h.title(),
                        h.text().substring(0, Math.min(120, h.text().length()))));
            }
        }
        Files.writeString(Path.of("/tmp/probe-out.txt"), out.toString());
    }
}
