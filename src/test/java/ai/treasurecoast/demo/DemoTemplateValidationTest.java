package ai.treasurecoast.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The template gate: every template file parses strictly and meets {@link TemplateValidator}'s
 * rules. Run alone by {@code scripts/validate-demo-templates.sh}; prints one row per template.
 */
class DemoTemplateValidationTest {

    @Test
    void everyTemplateIsValid() {
        List<DemoTemplates.Loaded> loaded = DemoTemplates.loadAll();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nDEMO TEMPLATE VALIDATION\n");
        table.append(String.format(
                "%-20s %-14s %-6s %5s %5s %5s %5s  %s%n",
                "file", "industry", "result", "faqs", "svc", "art", "cases", "problems"));
        for (DemoTemplates.Loaded l : loaded) {
            List<String> problems = l.template() == null
                    ? List.of("unreadable: " + l.error())
                    : TemplateValidator.problems(l.template());
            DemoTemplate t = l.template();
            table.append(String.format(
                    "%-20s %-14s %-6s %5s %5s %5s %5s  %s%n",
                    l.file(),
                    t == null ? "?" : t.industry(),
                    problems.isEmpty() ? "PASS" : "FAIL",
                    count(t, "faqs"),
                    count(t, "services"),
                    count(t, "articles"),
                    t == null || t.sweep() == null ? "-" : t.sweep().size(),
                    String.join("; ", problems)));
            problems.forEach(p -> failures.add(l.file() + ": " + p));
        }
        List<DemoTemplate> templates = loaded.stream()
                .map(DemoTemplates.Loaded::template)
                .filter(Objects::nonNull)
                .toList();
        List<String> cross = TemplateValidator.crossProblems(templates);
        cross.forEach(p -> failures.add("all templates: " + p));
        table.append(String.format(
                "%d templates, %d problems%s%n",
                loaded.size(), failures.size(), cross.isEmpty() ? "" : " (" + String.join("; ", cross) + ")"));
        System.out.println(table);
        assertThat(failures).as("template problems").isEmpty();
    }

    private static Object count(DemoTemplate t, String what) {
        if (t == null || t.knowledge() == null) {
            return "-";
        }
        List<?> list = switch (what) {
            case "faqs" -> t.knowledge().faqs();
            case "services" -> t.knowledge().services();
            default -> t.knowledge().articles();
        };
        return list == null ? 0 : list.size();
    }
}
