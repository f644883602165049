package ai.treasurecoast.knowledge;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a text is about, as a vector: the sum of the static vectors of its word pieces (resource
 * {@code knowledge/word-vectors.bin}, see tools/word-vectors/README.md). Texts about the same thing
 * in different words ("tie up my boat", "boat docking") point the same way, which word matching
 * alone cannot see. No model runs here: a question costs a few hash lookups and additions.
 */
final class WordVectors {

    private static final String RESOURCE = "/knowledge/word-vectors.bin";
    private static final int MAX_WORD = 40;
    // Words that carry no subject; the vectors of short function words are large and would drown it.
    private static final Set<String> SKIP = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "do", "does", "did", "i", "me", "my", "we",
            "our", "you", "your", "it", "its", "to", "of", "in", "on", "for", "at", "with", "and", "or", "but", "can",
            "could", "would", "should", "will", "what", "how", "when", "where", "which", "who", "this", "that", "there",
            "here", "please", "hi", "hello", "just", "so", "any", "some", "about", "from", "have", "has", "had", "get",
            "am", "if", "not", "no", "yes");

    private static final Table TABLE = Table.load();
    // Vectors of single words, shared by every workspace's index; cleared when it grows too big.
    private static final int CACHED_WORDS = 50_000;
    private static final Map<String, float[]> WORDS = new ConcurrentHashMap<>();

    private WordVectors() {}

    /** The text's vector, unit length; all zeros when none of its words is known. */
    static float[] of(String text) {
        float[] sum = new float[TABLE.dims];
        if (text == null) {
            return sum;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$]+|(?=\\$)")) {
            if (word.isEmpty() || word.length() > MAX_WORD || SKIP.contains(word)) {
                continue;
            }
            addPieces(word, sum);
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < sum.length; i++) {
                sum[i] *= scale;
            }
        }
        return sum;
    }

    /**
     * The vector of one word of the knowledge, or null when it has none (unknown, or a word that
     * carries no subject). Shared between indexes through a cache: callers must not change it.
     */
    static float[] ofWord(String word) {
        float[] cached = WORDS.get(word);
        if (cached != null) {
            return cached.length == 0 ? null : cached;
        }
        float[] v = ofVisitorWord(word);
        if (WORDS.size() >= CACHED_WORDS) {
            WORDS.clear();
        }
        WORDS.put(word, v == null ? new float[0] : v);
        return v;
    }

    // Not cached: visitors' words (typos, names) would fill the cache the indexes share.
    private static float[] ofVisitorWord(String word) {
        float[] v = of(word);
        for (float x : v) {
            if (x != 0) {
                return v;
            }
        }
        return null;
    }

    /** The vectors of a text's distinct words that have one. */
    static List<float[]> ofWords(String text) {
        Set<String> seen = new HashSet<>();
        List<float[]> out = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$]+")) {
            float[] v = word.isEmpty() || word.length() > MAX_WORD || !seen.add(word) ? null : ofWord(word);
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** Each analysed term of a question ({@link Terms}) with the vector of the word it came from. */
    static Map<String, float[]> ofTerms(String question) {
        Map<String, float[]> out = new HashMap<>();
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$']+")) {
            if (word.isEmpty() || word.length() > MAX_WORD) {
                continue;
            }
            for (String term : Terms.of(word)) {
                if (!out.containsKey(term)) {
                    float[] v = ofVisitorWord(word);
                    if (v != null) {
                        out.put(term, v);
                    }
                }
            }
        }
        return out;
    }

    /** Is the word one of the sentence model's whole words (so a real word, not a slip)? */
    static boolean isWord(String word) {
        return TABLE.rows.containsKey(word);
    }

    /** Cosine of two vectors from {@link #of}; 0 when either is all zeros. */
    static double similarity(float[] a, float[] b) {
        // Four running sums: one sum waits on every addition before it, four keep the CPU busy.
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Greedy longest-match word pieces, as the sentence model splits words it has no piece for. */
    private static void addPieces(String word, float[] sum) {
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            int row = -1;
            while (start < end) {
                String piece = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
                Integer found = TABLE.rows.get(piece);
                if (found != null) {
                    row = found;
                    break;
                }
                end--;
            }
            if (row < 0) {
                return;
            }
            TABLE.add(row, sum);
            start = end;
        }
    }

    /** Piece vectors as 8-bit integers with one scale per piece. */
    private record Table(int dims, Map<String, Integer> rows, float[] scales, byte[] values) {

        void add(int row, float[] sum) {
            float scale = scales[row];
            int offset = row * dims;
            for (int i = 0; i < dims; i++) {
                sum[i] += scale * values[offset + i];
            }
        }

        static Table load() {
            InputStream resource = WordVectors.class.getResourceAsStream(RESOURCE);
            if (resource == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            try (InputStream raw = resource;
                    DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
                byte[] magic = new byte[4];
                in.readFully(magic);
                if (!Arrays.equals(magic, "TCWV".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                    throw new IllegalStateException(RESOURCE + " is not a word vector table");
                }
                int count = in.readInt();
                int dims = in.readInt();
                Map<String, Integer> rows = new HashMap<>(count * 2);
                float[] scales = new float[count];
                byte[] values = new byte[count * dims];
                for (int row = 0; row < count; row++) {
                    rows.put(in.readUTF(), row);
                    scales[row] = in.readFloat();
                    in.readFully(values, row * dims, dims);
                }
                return new Table(dims, Map.copyOf(rows), scales, values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
