package ai.treasurecoast.demo;

import ai.treasurecoast.assistant.AnswerRequest;
import ai.treasurecoast.assistant.Assistant;
import ai.treasurecoast.knowledge.KnowledgeBase;
import ai.treasurecoast.knowledge.KnowledgeContent;
import ai.treasurecoast.knowledge.KnowledgeInputs.FaqInput;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pipeline latency with the builtin provider on a 500-entry knowledge base built from every
 * template's FAQs, services and articles (repeated per office so the entries stay distinct).
 */
class LatencyBench {

    static final int ENTRIES = 500;
    static final int WARMUP = 500;
    static final int CALLS = 3000;

    private final Workspaces workspaces;
    private final KnowledgeBase knowledge;
    private final Assistant assistant;
    private final TransactionTemplate tx;

    LatencyBench(Workspaces workspaces, KnowledgeBase knowledge, Assistant assistant, TransactionTemplate tx) {
        this.workspaces = workspaces;
        this.knowledge = knowledge;
        this.assistant = assistant;
        this.tx = tx;
    }

    /** Whole pipeline, and for comparison its knowledge search alone and its workspace lookup alone. */
    record Result(
            int entries,
            int calls,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double searchP50,
            double searchP95,
            double lookupP50,
            double lookupP95) {}

    Result run(List<EvalQuestion> questions) {
        WorkspaceView w = tx.execute(s -> {
            WorkspaceView created = workspaces.create(
                    new NewWorkspace(
                            "Latency Bench",
                            "eval-bench-" + ThreadLocalRandom.current().nextInt(1_000_000),
                            "dental",
                            "America/New_York"),
                    false);
            knowledge.replaceAll(created.id(), new KnowledgeContent(entries(), List.of(), List.of(), null));
            return created;
        });
        for (int i = 0; i < WARMUP; i++) {
            ask(w, questions.get(i % questions.size()));
        }
        long[] nanos = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            ask(w, questions.get(i % questions.size()));
            nanos[i] = System.nanoTime() - start;
        }
        long[] search = new long[CALLS];
        long[] lookup = new long[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            knowledge.search(w.id(), questions.get(i % questions.size()).question(), 5);
            search[i] = System.nanoTime() - start;
            start = System.nanoTime();
            workspaces.find(w.id());
            lookup[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        Arrays.sort(search);
        Arrays.sort(lookup);
        return new Result(
                ENTRIES,
                CALLS,
                ms(nanos, 0.50),
                ms(nanos, 0.95),
                ms(nanos, 0.99),
                ms(search, 0.50),
                ms(search, 0.95),
                ms(lookup, 0.50),
                ms(lookup, 0.95));
    }

    private void ask(WorkspaceView w, EvalQuestion q) {
        assistant.answer(new AnswerRequest(w.id(), "bench", q.question(), List.of()));
    }

    private static List<FaqInput> entries() {
        List<FaqInput> base = new ArrayList<>();
        for (DemoTemplate t : DemoTemplates.templates()) {
            t.knowledge().faqs().forEach(f -> base.add(new FaqInput(f.question(), f.answer())));
            t.knowledge()
                    .services()
                    .forEach(s -> base.add(new FaqInput(
                            "What is " + s.name() + "?", s.description() + " Price: " + s.priceText() + ".")));
            t.knowledge().articles().forEach(a -> base.add(new FaqInput(a.title(), a.body())));
        }
        String[] offices = {"Stuart", "Jensen Beach", "Port St. Lucie", "Vero Beach", "Palm City"};
        List<FaqInput> entries = new ArrayList<>();
        for (int i = 0; entries.size() < ENTRIES; i++) {
            FaqInput f = base.get(i % base.size());
            String office = offices[(i / base.size()) % offices.length];
            entries.add(new FaqInput(f.question() + " (" + office + " office)", f.answer()));
        }
        return entries;
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
