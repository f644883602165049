package ai.treasurecoast.knowledge;

import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One in-memory index per workspace, least recently used evicted. Every search first reads the
 * workspace's knowledge version from the database (a primary-key lookup), so a change made on any
 * node is seen by every node on its next query; a stale snapshot is rebuilt, never patched.
 */
@Component
class KnowledgeIndex {

    static final double ANSWERABLE = 0.6;

    private static final int PASSAGE_CHARS = 700;

    private final KnowledgeRepository repository;
    private final Function<WorkspaceId, String> industries;
    private final Map<WorkspaceId, IndexSnapshot> cache;
    private final Object[] buildLocks = new Object[64];

    @Autowired
    KnowledgeIndex(
            KnowledgeRepository repository,
            Workspaces workspaces,
            @Value("${app.knowledge.max-indexes:200}") int maxIndexes) {
        this(repository, id -> workspaces.find(id).map(WorkspaceView::industry).orElse(null), maxIndexes);
    }

    /** {@code industries}: a workspace's industry, read when its index is built. */
    KnowledgeIndex(KnowledgeRepository repository, Function<WorkspaceId, String> industries, int maxIndexes) {
        this.repository = repository;
        this.industries = industries;
        AnswerModel.check();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<WorkspaceId, IndexSnapshot> eldest) {
                return size() > maxIndexes;
            }
        });
        for (int i = 0; i < buildLocks.length; i++) {
            buildLocks[i] = new Object();
        }
    }

    List<KnowledgeHit> search(WorkspaceId workspace, String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return snapshot(workspace).search(query, limit);
    }

    int cachedWorkspaces() {
        return cache.size();
    }

    IndexSnapshot snapshot(WorkspaceId workspace) {
        long version = repository.version(workspace);
        IndexSnapshot current = cache.get(workspace);
        if (current != null && current.version == version) {
            return current;
        }
        // One build per workspace at a time; others wait and reuse it instead of building again.
        synchronized (buildLocks[Math.floorMod(workspace.hashCode(), buildLocks.length)]) {
            current = cache.get(workspace);
            if (current != null && current.version == version) {
                return current;
            }
            // Items are read after the version: if they are newer, the next query sees a higher
            // version and rebuilds, so a snapshot is never older than its label.
            // The industry is read with the items; a new industry bumps the version (IndustryListener).
            IndexSnapshot built = build(version, industries.apply(workspace), repository.all(workspace));
            cache.put(workspace, built);
            return built;
        }
    }

    static IndexSnapshot build(long version, List<KnowledgeItem> items) {
        return build(version, null, items);
    }

    /** {@code industry} picks the synonyms learned from its visitors' questions; null for none. */
    static IndexSnapshot build(long version, String industry, List<KnowledgeItem> items) {
        List<IndexSnapshot.Entry> entries = new ArrayList<>();
        List<String[]> fields = new ArrayList<>();
        for (KnowledgeItem item : items) {
            String id = item.id().toString();
            switch (item.kind()) {
                case "faq":
                    add(entries, fields, "faq", id, item.title(), item.body(), item.title(), item.body());
                    break;
                case "article":
                    for (String passage : passages(item.body())) {
                        add(entries, fields, "article", id, item.title(), passage, item.title(), passage);
                    }
                    break;
                default:
                    String facts = serviceFacts(item);
                    add(entries, fields, "service", id, item.title(), facts, item.title(), item.body());
            }
        }
        return new IndexSnapshot(version, industry, entries, fields);
    }

    private static void add(
            List<IndexSnapshot.Entry> entries,
            List<String[]> fields,
            String type,
            String id,
            String title,
            String text,
            String titleField,
            String bodyField) {
        // Titles are often questions ("How much is a wellness exam?"): they get the same concept
        // rewriting as visitors' questions. Bodies earn the concept words of what they state.
        String indexedTitle = Concepts.question(titleField);
        String indexedBody = bodyField + Concepts.item(text);
        entries.add(new IndexSnapshot.Entry(
                type,
                id,
                title,
                text,
                Terms.of(indexedTitle + " " + indexedBody),
                Terms.of(indexedTitle),
                "faq".equals(type) && Concepts.asksDuration(titleField),
                Concepts.titleTellsWhatFollows(title),
                WordVectors.of(Phrases.apply(text.startsWith(title) ? text : title + " " + text)),
                WordVectors.of(Phrases.apply(title)),
                WordVectors.ofWords(title + " " + text)));
        fields.add(new String[] {indexedTitle, indexedBody});
    }

    /** "Teeth whitening: In-office whitening in one visit. Price: from $299. Takes about 90 minutes." */
    static String serviceFacts(KnowledgeItem item) {
        StringBuilder text =
                new StringBuilder(item.title()).append(": ").append(item.body().strip());
        if (!item.body().strip().matches(".*[.!?]$")) {
            text.append('.');
        }
        if (item.priceText() != null) {
            text.append(" Price: ").append(item.priceText().strip()).append('.');
        }
        if (item.durationMinutes() != null) {
            text.append(" Takes about ")
                    .append(duration(item.durationMinutes()))
                    .append('.');
        }
        return text.toString();
    }

    /** "90 minutes", "3 hours", "1 day": a roof that "takes about 1440 minutes" reads as a riddle. */
    static String duration(int minutes) {
        if (minutes < 120 || minutes % 60 != 0) {
            return minutes + " minutes";
        }
        if (minutes % 1440 == 0) {
            return minutes / 1440 + (minutes == 1440 ? " day" : " days");
        }
        return minutes / 60 + " hours";
    }

    /** Paragraphs, with long ones cut at sentence ends into pieces of about {@value #PASSAGE_CHARS} characters. */
    static List<String> passages(String body) {
        List<String> out = new ArrayList<>();
        for (String paragraph : body.split("\\n\\s*\\n")) {
            String p = paragraph.strip().replaceAll("\\s+", " ");
            if (p.isEmpty()) {
                continue;
            }
            StringBuilder piece = new StringBuilder();
            for (String sentence : p.split("(?<=[.!?])\\s+")) {
                if (piece.length() > 0 && piece.length() + sentence.length() > PASSAGE_CHARS) {
                    out.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(piece.length() > 0 ? " " : "").append(sentence);
            }
            if (piece.length() > 0) {
                out.add(piece.toString());
            }
        }
        return out;
    }
}
