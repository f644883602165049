package ai.treasurecoast.knowledge;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the training data of the answer model (tools/answer-model): for every answerable and
 * unanswerable question of the evaluation sets, the features of each item the search considers in
 * that template's knowledge, and whether the item holds the expected answer. Not part of the
 * normal build (the class name does not match Surefire's test patterns).
 */
class AnswerModelData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SETS = List.of(
            "development",
            "heldout",
            "training-a",
            "training-b",
            "training-c",
            "training-d",
            "training-e",
            "training-f",
            "training-g",
            "training-h",
            "training-i",
            "heldout-5",
            "heldout-2",
            "heldout-3",
            "heldout-4",
            "heldout-6",
            "heldout-7",
            "heldout-8",
            "heldout-9",
            "heldout-10",
            "heldout-11",
            "heldout-12",
            "heldout-13",
            "heldout-14",
            "heldout-15",
            "heldout-16",
            "heldout-17",
            "heldout-18",
            "heldout-19",
            "heldout-20");

    @Test
    void write() throws IOException {
        Map<String, IndexSnapshot> indexes = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/demo/templates"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode template = JSON.readTree(file.toFile());
                indexes.put(
                        template.get("industry").asString(),
                        // Without the learned synonyms: fitted on coverage they give the questions they were
                        // learned from, the model trusts it more than a new question deserves (README.md).
                        KnowledgeIndex.build(1, items(template.get("knowledge"))));
            }
        }
        Path out = Path.of("target", "answer-model", "features.jsonl");
        Files.createDirectories(out.getParent());
        try (PrintWriter items = new PrintWriter(Files.newBufferedWriter(out.resolveSibling("items.jsonl")))) {
            indexes.forEach((industry, index) -> {
                for (int i = 0; i < index.entries.size(); i++) {
                    IndexSnapshot.Entry e = index.entries.get(i);
                    items.println(JSON.writeValueAsString(
                            Map.of("industry", industry, "ord", i, "title", e.titleTerms(), "terms", e.terms())));
                }
            });
        }
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            for (String set : SETS) {
                Path file = Path.of("src/test/resources/eval", set + ".jsonl");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String line : Files.readAllLines(file)) {
                    JsonNode q = line.isBlank() ? null : JSON.readTree(line);
                    if (q != null
                            && List.of("answerable", "unanswerable")
                                    .contains(q.get("label").asString())) {
                        writer.println(JSON.writeValueAsString(
                                row(set, q, indexes.get(q.get("industry").asString()))));
                    }
                }
            }
        }
    }

    private static Map<String, Object> row(String set, JsonNode q, IndexSnapshot index) {
        List<String> expected = new ArrayList<>();
        if (q.has("mustContain")) {
            q.get("mustContain").forEach(m -> expected.add(m.asString().toLowerCase(Locale.ROOT)));
        }
        String question = q.get("question").asString();
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (IndexSnapshot.Candidate c : index.candidates(question)) {
            String text = index.entries.get(c.ord()).text().toLowerCase(Locale.ROOT);
            Map<String, Object> candidate = new LinkedHashMap<>();
            candidate.put("correct", !expected.isEmpty() && expected.stream().allMatch(text::contains));
            candidate.put("offerNamed", c.offerNamed());
            IndexSnapshot.Entry e = index.entries.get(c.ord());
            candidate.put("statesPrice", PriceWording.states(e.text()));
            candidate.put("title", e.title());
            candidate.put("features", c.features());
            candidates.add(candidate);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", set);
        row.put("industry", q.get("industry").asString());
        row.put("label", q.get("label").asString());
        row.put("question", question);
        row.put("asksPrice", PriceWording.asks(question));
        row.put("candidates", candidates);
        // For tools/answer-model/synonyms.py: the question's terms, and those each item holding the
        // answer leaves uncovered by its words and the written synonyms.
        Set<String> terms = index.queryTerms(index.corrected(question)).keySet();
        row.put("terms", terms);
        Map<String, List<String>> uncovered = new LinkedHashMap<>();
        for (int i = 0; i < index.entries.size(); i++) {
            IndexSnapshot.Entry e = index.entries.get(i);
            if (!expected.isEmpty() && expected.stream().allMatch(e.text().toLowerCase(Locale.ROOT)::contains)) {
                uncovered.put(
                        String.valueOf(i),
                        terms.stream()
                                .filter(t -> !IndexSnapshot.covers(e.terms(), t))
                                .toList());
            }
        }
        row.put("answeredBy", uncovered);
        return row;
    }

    private static List<KnowledgeItem> items(JsonNode knowledge) {
        List<KnowledgeItem> items = new ArrayList<>();
        knowledge.get("faqs").forEach(f -> items.add(item("faq", f.get("question"), f.get("answer"), null, null)));
        if (knowledge.has("articles")) {
            knowledge
                    .get("articles")
                    .forEach(a -> items.add(item("article", a.get("title"), a.get("body"), null, null)));
        }
        knowledge
                .get("services")
                .forEach(s -> items.add(item(
                        "service", s.get("name"), s.get("description"), s.get("priceText"), s.get("durationMinutes"))));
        return items;
    }

    private static KnowledgeItem item(String kind, JsonNode title, JsonNode body, JsonNode price, JsonNode minutes) {
        return new KnowledgeItem(
                UUID.randomUUID(),
                kind,
                title.asString(),
                body.asString(),
                price == null || price.isNull() ? null : price.asString(),
                minutes == null || minutes.isNull() ? null : minutes.asInt(),
                null,
                null);
    }
}
