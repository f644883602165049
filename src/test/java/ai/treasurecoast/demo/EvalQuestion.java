package ai.treasurecoast.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One evaluation question. The sets in src/test/resources/eval were each written from the
 * templates' knowledge alone by someone who had not seen the pipeline: {@code development} and
 * {@code heldout} (tuning has looked at both), {@code training-a} and {@code training-b} (the
 * answer model's training data, tools/answer-model), {@code training-c} (a stress set the model
 * scores), {@code heldout-2} (never trained on; its totals were seen while tuning),
 * {@code heldout-3} (blind: the targets are judged on it), {@code payment-blind} (attempts to pay
 * in the chat and questions about paying) and three crisis sets.
 */
record EvalQuestion(
        String industry,
        String label,
        String question,
        List<String> mustContain,
        List<String> mustNotContain,
        Boolean disclaimer,
        String category) {

    static final List<String> LABELS =
            List.of("answerable", "unanswerable", "crisis", "payment", "injection", "ordinary", "hours", "booking");

    EvalQuestion {
        mustContain = mustContain == null ? List.of() : mustContain;
        mustNotContain = mustNotContain == null ? List.of() : mustNotContain;
    }

    boolean needsDisclaimer() {
        return Boolean.TRUE.equals(disclaimer);
    }

    static List<EvalQuestion> load(String set) {
        JsonMapper json = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        List<EvalQuestion> questions = new ArrayList<>();
        if (EvalQuestion.class.getResource("/eval/" + set + ".jsonl") == null) {
            return questions;
        }
        try (InputStream in = EvalQuestion.class.getResourceAsStream("/eval/" + set + ".jsonl");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    EvalQuestion q = json.readValue(line, EvalQuestion.class);
                    if (!LABELS.contains(q.label())) {
                        throw new IllegalStateException("Unknown label " + q.label() + " in: " + line);
                    }
                    questions.add(q);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return questions;
    }
}
