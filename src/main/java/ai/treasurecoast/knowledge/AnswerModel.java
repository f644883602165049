package ai.treasurecoast.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How likely an item answers a question, from what the search saw ({@link AnswerFeatures}): a
 * logistic regression trained on labelled visitor questions (tools/answer-model). Its bias is set
 * so that {@link KnowledgeIndex#ANSWERABLE} is the operating point chosen by cross-validation: few
 * unanswerable questions reach it. It reads only how well the words and meanings match, never the
 * words themselves, so it carries over to any workspace's knowledge.
 */
final class AnswerModel {

    private static final String RESOURCE = "/knowledge/answer-model.txt";
    private static final AnswerModel MODEL = load();

    private final double[] mean;
    private final double[] scale;
    private final double[] weights;
    private final double bias;

    private AnswerModel(double[] mean, double[] scale, double[] weights, double bias) {
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    /** The probability (0..1) that the item these features describe answers the question. */
    static double probability(double[] features) {
        double z = MODEL.bias;
        for (int i = 0; i < features.length; i++) {
            z += MODEL.weights[i] * (features[i] - MODEL.mean[i]) / MODEL.scale[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Fails now, at startup, if the model cannot be read or was trained on other features. */
    static void check() {
        if (MODEL.weights.length != AnswerFeatures.NAMES.size()) {
            throw new IllegalStateException(RESOURCE + " does not fit the search's features");
        }
    }

    private static AnswerModel load() {
        InputStream resource = AnswerModel.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnswerModel parse(List<String> text) {
        Map<String, String> lines = new HashMap<>();
        for (String line : text) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.strip().split("\\s+", 2);
                lines.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        List<String> names = List.of(lines.getOrDefault("features", "").split("\\s+"));
        if (!names.equals(AnswerFeatures.NAMES)) {
            throw new IllegalStateException(RESOURCE + " was trained on features " + names + ", the search computes "
                    + AnswerFeatures.NAMES + "; retrain it (tools/answer-model)");
        }
        AnswerModel model = new AnswerModel(
                numbers(lines, "mean"), numbers(lines, "scale"), numbers(lines, "weights"), numbers(lines, "bias")[0]);
        if (model.mean.length != names.size()
                || model.scale.length != names.size()
                || model.weights.length != names.size()) {
            throw new IllegalStateException(RESOURCE + " does not have one value per feature");
        }
        if (Arrays.stream(model.scale).anyMatch(v -> !(v > 0))) {
            throw new IllegalStateException(RESOURCE + " has a scale that is not positive");
        }
        return model;
    }

    private static double[] numbers(Map<String, String> lines, String key) {
        String value = lines.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Arrays.stream(value.split("\\s+"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
