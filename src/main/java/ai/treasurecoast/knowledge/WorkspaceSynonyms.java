package ai.treasurecoast.knowledge;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The synonyms of one workspace's search: the written ones, and those learned for its industry. */
final class WorkspaceSynonyms {

    private final Map<String, Set<String>> learned;
    // Written and learned together, worked out once per index rather than per candidate.
    private final Map<String, Set<String>> withLearned;

    WorkspaceSynonyms(String industry) {
        learned = LearnedSynonyms.of(industry);
        Map<String, Set<String>> merged = new HashMap<>();
        learned.forEach((term, alts) -> {
            Set<String> all = new LinkedHashSet<>(Synonyms.of(term));
            all.addAll(alts);
            merged.put(term, Set.copyOf(all));
        });
        withLearned = Map.copyOf(merged);
    }

    /** A term's alternatives here, written and learned. */
    Set<String> of(String term) {
        return withLearned.getOrDefault(term, Synonyms.of(term));
    }

    /** The title terms a term was learned for in this industry. */
    Set<String> learned(String term) {
        return learned.getOrDefault(term, Set.of());
    }

    /**
     * A learned synonym stands for what an item is titled ("braces" for "Do you do Invisalign?"), so
     * it covers a term only in the title: "last night" is an emergency visit, not every item that
     * says "at your visit".
     */
    boolean covers(IndexSnapshot.Entry e, String term) {
        return IndexSnapshot.covers(e.terms(), term) || learned(term).stream().anyMatch(e.titleTerms()::contains);
    }
}
