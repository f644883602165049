package ai.treasurecoast.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words an industry's visitors use for what its knowledge calls something else, learned from the
 * training questions (tools/answer-model/synonyms.py): at a dental office "braces" for Invisalign,
 * at a vet "cruise" for boarding. A pair is kept only when questions from several sets asked with
 * the first word about an item titled with the second. Stemmed terms, directional, like {@link
 * Synonyms}, and only in a workspace of the industry they were learned in: "treatment" means a
 * car accident's care at a chiropractor's, not at a dentist's.
 */
final class LearnedSynonyms {

    private static final String RESOURCE = "/knowledge/learned-synonyms.txt";
    private static final Map<String, Map<String, Set<String>>> BY_INDUSTRY = load();

    private LearnedSynonyms() {}

    /** The industry's learned terms, each with the title terms it stands for. */
    static Map<String, Set<String>> of(String industry) {
        return industry == null ? Map.of() : BY_INDUSTRY.getOrDefault(industry, Map.of());
    }

    private static Map<String, Map<String, Set<String>>> load() {
        InputStream resource = LearnedSynonyms.class.getResourceAsStream(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the build");
        }
        Map<String, Map<String, Set<String>>> all = new HashMap<>();
        try (InputStream in = resource;
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] words = line.strip().split("\\s+");
                if (line.startsWith("#") || words.length < 3) {
                    continue;
                }
                Set<String> alts = all.computeIfAbsent(words[0], k -> new HashMap<>())
                        .computeIfAbsent(words[1], k -> new LinkedHashSet<>());
                for (int i = 2; i < words.length; i++) {
                    alts.add(words[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.replaceAll((industry, terms) -> {
            terms.replaceAll((term, alts) -> Collections.unmodifiableSet(alts));
            return Collections.unmodifiableMap(terms);
        });
        return Collections.unmodifiableMap(all);
    }
}
