package ai.treasurecoast.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerModelTest {

    @Test
    void theShippedModelFitsTheFeaturesTheSearchComputes() {
        AnswerModel.check();
        double[] strong = features(1.0, 1.0, 0.0, 0.0, 0.8, 0.8, 1, 1, 0, 0.5, 0.5, 0.3, 0.3, 1);
        double[] weak = features(0.2, 0.2, 0.6, 0.2, 0.2, 0.1, 1, 1, 0, 0.5, -0.3, -0.1, -0.1, 0);
        assertThat(AnswerModel.probability(strong)).isGreaterThan(KnowledgeIndex.ANSWERABLE);
        assertThat(AnswerModel.probability(weak)).isLessThan(KnowledgeIndex.ANSWERABLE);
    }

    @Test
    void aModelTrainedOnOtherFeaturesIsRefused() {
        List<String> stale = List.of("features coverage similarity", "mean 0 0", "scale 1 1", "weights 1 1", "bias 0");
        assertThatThrownBy(() -> AnswerModel.parse(stale))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retrain");
    }

    @Test
    void aModelWithAMissingValueIsRefused() {
        String names = String.join(" ", AnswerFeatures.NAMES);
        String ones = String.join(" ", java.util.Collections.nCopies(AnswerFeatures.NAMES.size(), "1"));
        List<String> shortWeights =
                List.of("features " + names, "mean " + ones, "scale " + ones, "weights 1 2", "bias 0");
        assertThatThrownBy(() -> AnswerModel.parse(shortWeights)).isInstanceOf(IllegalStateException.class);
        List<String> noBias = List.of("features " + names, "mean " + ones, "scale " + ones, "weights " + ones);
        assertThatThrownBy(() -> AnswerModel.parse(noBias)).hasMessageContaining("bias");
        String zeros = ones.replace('1', '0');
        List<String> zeroScale =
                List.of("features " + names, "mean " + ones, "scale " + zeros, "weights " + ones, "bias 0");
        assertThatThrownBy(() -> AnswerModel.parse(zeroScale)).hasMessageContaining("scale");
    }

    private static double[] features(double... values) {
        assertThat(values).hasSize(AnswerFeatures.NAMES.size());
        return Arrays.copyOf(values, values.length);
    }
}
