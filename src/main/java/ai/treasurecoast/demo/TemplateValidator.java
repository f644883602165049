package ai.treasurecoast.demo;

import ai.treasurecoast.assistant.IndustryRules;
import ai.treasurecoast.demo.DemoTemplate.Knowledge;
import ai.treasurecoast.demo.DemoTemplate.SweepCase;
import ai.treasurecoast.shared.HttpsUrl;
import ai.treasurecoast.workspace.Industry;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every template must meet before it may be seeded: the schema, https-only links, no
 * payment wording, a disclaimer for regulated industries and well-formed sweep cases.
 */
final class TemplateValidator {

    static final Set<String> REGULATED =
            Set.of("legal", "medical", "dental", "med_spa", "chiropractic", "veterinary", "insurance");
    static final Set<String> KINDS = Set.of("answer", "clarify", "fallback", "crisis", "refusal");

    private static final Pattern CLIENT_ID = Pattern.compile("^demo-[a-z0-9-]{2,35}$");
    private static final Pattern BOT_ID = Pattern.compile("^[a-z0-9-]{2,40}$");
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private TemplateValidator() {}

    /** Every problem of one template, in words a content editor can act on; empty when it is fine. */
    static List<String> problems(DemoTemplate t) {
        List<String> p = new ArrayList<>();
        if (!Industry.isValid(t.industry())) {
            p.add("industry '" + t.industry() + "' is not one of the contract's keys");
        }
        checkWorkspace(t, p);
        checkBot(t, p);
        checkDisclaimer(t.industry(), p);
        checkKnowledge(t.knowledge(), p);
        checkSweep(t.sweep(), p);
        TemplateTextCheck.check(t, p);
        return p;
    }

    /** Problems across templates: one template per industry and unique client ids. */
    static List<String> crossProblems(List<DemoTemplate> templates) {
        List<String> p = new ArrayList<>();
        Set<String> industries = new HashSet<>();
        Set<String> clientIds = new HashSet<>();
        for (DemoTemplate t : templates) {
            if (!industries.add(t.industry())) {
                p.add("two templates for industry " + t.industry());
            }
            if (t.workspace() != null && !clientIds.add(t.workspace().clientId())) {
                p.add("two templates use clientId " + t.workspace().clientId());
            }
        }
        if (templates.size() < 12) {
            p.add("only " + templates.size() + " templates; at least 12 industries are required");
        }
        return p;
    }

    /** Regulated industries carry their disclaimer through the assistant's industry rules. */
    static void checkDisclaimer(String industry, List<String> p) {
        if (!REGULATED.contains(industry)) {
            return;
        }
        IndustryRules rules = IndustryRules.of(industry);
        require(
                industry.equals(rules.industry()) && rules.regulated() && !blank(rules.disclaimer()),
                "regulated industry needs industry rules with regulated=true and a disclaimer",
                p);
        require(!rules.disclaimerTopics().isEmpty(), "regulated industry rules need disclaimer topics", p);
    }

    private static void checkWorkspace(DemoTemplate t, List<String> p) {
        var w = t.workspace();
        if (w == null) {
            p.add("workspace is missing");
            return;
        }
        require(!blank(w.name()) && w.name().length() <= 120, "workspace.name must be 1 to 120 characters", p);
        require(
                w.clientId() != null && CLIENT_ID.matcher(w.clientId()).matches(),
                "workspace.clientId must look like demo-<industry> (lower-case letters, digits, dashes)",
                p);
        require(validZone(w.timezone()), "workspace.timezone must be an IANA zone", p);
        String mode = w.bookingMode();
        require(
                "external".equals(mode) || "internal".equals(mode) || "off".equals(mode),
                "workspace.bookingMode must be external, internal or off",
                p);
        if ("external".equals(mode)) {
            require(
                    HttpsUrl.isValid(w.externalBookingUrl()),
                    "workspace.externalBookingUrl must be an absolute https URL",
                    p);
        } else {
            require(w.externalBookingUrl() == null, "workspace.externalBookingUrl only belongs to external mode", p);
        }
    }

    private static void checkBot(DemoTemplate t, List<String> p) {
        var b = t.bot();
        if (b == null) {
            p.add("bot is missing");
            return;
        }
        require(b.botId() != null && BOT_ID.matcher(b.botId()).matches(), "bot.botId must be a slug", p);
        require(!blank(b.name()) && b.name().length() <= 80, "bot.name must be 1 to 80 characters", p);
        require(!blank(b.greeting()) && b.greeting().length() <= 500, "bot.greeting must be 1 to 500 characters", p);
        require(
                b.quickReplies() != null
                        && !b.quickReplies().isEmpty()
                        && b.quickReplies().size() <= 6,
                "bot.quickReplies needs 1 to 6 entries",
                p);
        if (b.quickReplies() != null) {
            b.quickReplies()
                    .forEach(q ->
                            require(!blank(q) && q.length() <= 80, "bot.quickReplies entries: 1 to 80 characters", p));
        }
        require(
                b.theme() != null
                        && b.theme().primaryColor() != null
                        && COLOR.matcher(b.theme().primaryColor()).matches(),
                "bot.theme.primaryColor must be like #0f766e",
                p);
        require(
                b.theme() != null
                        && ("left".equals(b.theme().position())
                                || "right".equals(b.theme().position())),
                "bot.theme.position must be left or right",
                p);
    }

    private static void checkKnowledge(Knowledge k, List<String> p) {
        if (k == null) {
            p.add("knowledge is missing");
            return;
        }
        require(k.faqs() != null && k.faqs().size() >= 10, "knowledge.faqs needs at least 10 entries", p);
        if (k.faqs() != null) {
            k.faqs()
                    .forEach(f -> require(
                            !blank(f.question()) && !blank(f.answer()), "every FAQ needs a question and an answer", p));
        }
        require(k.articles() != null && k.articles().size() >= 2, "knowledge.articles needs at least 2 entries", p);
        if (k.articles() != null) {
            k.articles()
                    .forEach(a -> require(
                            !blank(a.title()) && !blank(a.body()), "every article needs a title and a body", p));
        }
        require(k.services() != null && k.services().size() >= 5, "knowledge.services needs at least 5 entries", p);
        if (k.services() != null) {
            k.services()
                    .forEach(s -> require(
                            !blank(s.name())
                                    && !blank(s.description())
                                    && !blank(s.priceText())
                                    // null for work that takes days, which the description then says
                                    && (s.durationMinutes() == null
                                            || (s.durationMinutes() > 0 && s.durationMinutes() <= 1440)),
                            "service '" + s.name()
                                    + "' needs name, description, priceText and durationMinutes (1..1440 or null)",
                            p));
        }
        TemplateHoursCheck.check(k.hours(), p);
    }

    private static void checkSweep(List<SweepCase> cases, List<String> p) {
        if (cases == null || cases.size() < 6) {
            p.add("sweep needs at least 6 cases");
            return;
        }
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            SweepCase c = cases.get(i);
            String at = "sweep[" + i + "] ";
            require(
                    !blank(c.question()) && c.question().length() <= 2000,
                    at + "question must be 1 to 2000 characters",
                    p);
            List<String> expected = expectedKinds(c);
            require(
                    !expected.isEmpty() && KINDS.containsAll(expected),
                    at + "expect must be kinds of " + KINDS + " joined by |",
                    p);
            if (expected.size() == 1) {
                kinds.add(expected.get(0));
            }
            require(
                    c.mustContain() != null && c.mustNotContain() != null,
                    at + "needs mustContain and mustNotContain lists",
                    p);
            if (c.mustContain() != null) {
                c.mustContain().forEach(s -> require(!blank(s), at + "mustContain has a blank phrase", p));
            }
            if (c.mustNotContain() != null) {
                c.mustNotContain().forEach(s -> require(!blank(s), at + "mustNotContain has a blank phrase", p));
            }
            if (c.previous() != null) {
                c.previous().forEach(k -> require(KINDS.contains(k), at + "previous kinds must be reply kinds", p));
            }
        }
        for (String needed : List.of("answer", "fallback", "crisis", "refusal")) {
            require(kinds.contains(needed), "sweep needs at least one '" + needed + "' case", p);
        }
    }

    /** The kinds a case accepts: one kind, or alternatives joined by {@code |} where the rule is what must not be said. */
    static List<String> expectedKinds(SweepCase c) {
        return c.expect() == null || c.expect().isBlank()
                ? List.of()
                : List.of(c.expect().split("\\|"));
    }

    static boolean validZone(String zone) {
        try {
            return zone != null && !zone.isBlank() && ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static void require(boolean ok, String problem, List<String> p) {
        if (!ok && !p.contains(problem)) {
            p.add(problem);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
