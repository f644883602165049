package tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.InputStream;

/**
 * Runs every word piece of the sentence model's vocabulary through the whole model on its own and
 * writes the resulting vectors: a static vector per piece that still carries what the model
 * learned about it. Output: count, width, then per piece its text and its floats.
 */
public final class Distill {

    public static void main(String[] args) throws Exception {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        JsonNode vocab;
        try (InputStream in = Distill.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            vocab = new ObjectMapper().readTree(in).get("model").get("vocab");
        }
        String[] pieces = new String[vocab.size()];
        vocab.fields().forEachRemaining(e -> pieces[e.getValue().asInt()] = e.getKey());
        int width = model.dimension();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(args[0])))) {
            out.writeInt(pieces.length);
            out.writeInt(width);
            for (String piece : pieces) {
                out.writeUTF(piece);
                String text = piece.startsWith("##") ? piece.substring(2) : piece;
                boolean special = piece.startsWith("[") && piece.endsWith("]");
                float[] v = special || text.isBlank() ? new float[width] : model.embed(text).content().vector();
                for (float f : v) {
                    out.writeFloat(f);
                }
            }
        }
    }
}
