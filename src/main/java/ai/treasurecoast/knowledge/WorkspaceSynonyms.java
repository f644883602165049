package ai.treasurecoast.knowledge;

import java.util.Map;
import java.util.Set;

/** The synonyms of one workspace's search: the written ones, and those learned for its industry. */
final class WorkspaceSynonyms {

    private final Map<String, Set<String>> learned;

    WorkspaceSynonyms(String industry) {
        learned = LearnedSynonyms.of(industry);
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
