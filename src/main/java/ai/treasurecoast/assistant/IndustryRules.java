package ai.treasurecoast.assistant;

import ai.treasurecoast.workspace.Industry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of one industry, read from {@code assistant/industries/<key>.json}: whether it is
 * regulated, its disclaimer and the topics that trigger it, what the assistant does and never
 * does, and the questions it declines (diagnosis, dosing, legal advice, guarantees) with the
 * fixed reply for each. Unknown industries get the {@code general} rules.
 */
public record IndustryRules(
        String industry,
        boolean regulated,
        String disclaimer,
        List<String> disclaimerTopics,
        List<String> doRules,
        List<String> dontRules,
        List<Decline> declines,
        Boolean visitForProblems,
        Boolean ownEmergencies) {

    /**
     * Whether a visitor describing a problem ("my AC is making a weird noise") is offered a visit
     * when the knowledge has no answer: trades that come out to look, not practices that must not
     * assess.
     */
    public boolean offersVisitForProblems() {
        return Boolean.TRUE.equals(visitForProblems);
    }

    /**
     * Whether the business itself is the help in an emergency of its own kind (a pet's, a home's, a
     * car's), where 911 is not: its emergency answer then follows the emergency numbers.
     */
    public boolean handlesOwnEmergencies() {
        return Boolean.TRUE.equals(ownEmergencies);
    }

    /** Every industry key that has a rules file: all keys of the contract. */
    public static final List<String> INDUSTRIES = Industry.KEYS;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, IndustryRules> CACHE = new ConcurrentHashMap<>();

    public IndustryRules {
        disclaimerTopics = disclaimerTopics == null ? List.of() : List.copyOf(disclaimerTopics);
        doRules = doRules == null ? List.of() : List.copyOf(doRules);
        dontRules = dontRules == null ? List.of() : List.copyOf(dontRules);
        declines = declines == null ? List.of() : List.copyOf(declines);
    }

    /**
     * A kind of question this industry declines. {@code patterns} are case-insensitive regular
     * expressions matched against the visitor's message; {@code reply} is the fixed answer. With
     * {@code withAnswer}, the business's own answer, when its knowledge clearly has one, follows
     * the reply ("ate chocolate, where do I take him?": the emergency reply, then where the
     * after-hours hospital is). With {@code withEmergencies}, when the message finds no such
     * answer, what the business says on emergencies follows instead ("my dog was hit by a car").
     */
    public record Decline(
            String name, List<String> patterns, String reply, Boolean withAnswer, Boolean withEmergencies) {

        public Decline {
            patterns = patterns == null ? List.of() : List.copyOf(patterns);
            withAnswer = Boolean.TRUE.equals(withAnswer);
            withEmergencies = Boolean.TRUE.equals(withEmergencies);
        }

        public boolean matches(String text) {
            return patterns.stream().anyMatch(p -> compiled(p).matcher(text).find());
        }
    }

    /** The rules for an industry key; the {@code general} rules for an unknown or null key. */
    public static IndustryRules of(String industry) {
        String key = industry == null ? "general" : industry.trim().toLowerCase(Locale.ROOT);
        if (!INDUSTRIES.contains(key)) {
            key = "general";
        }
        return CACHE.computeIfAbsent(key, IndustryRules::load);
    }

    /** The disclaimer when the text touches the industry's subject, else null. */
    String disclaimerFor(String text) {
        return touchesSubject(text) ? disclaimer : null;
    }

    /** Does this text touch the subject the disclaimer covers (whole-word topic match)? */
    public boolean touchesSubject(String text) {
        if (disclaimer == null || disclaimer.isBlank() || text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return disclaimerTopics.stream()
                .anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT))
                        // Plurals too: "root canals" touches "root canal".
                        && compiled("\\b" + Pattern.quote(t.toLowerCase(Locale.ROOT)) + "(s|es)?\\b")
                                .matcher(lower)
                                .find());
    }

    /** The first decline whose patterns match the message, if any. */
    public Optional<Decline> declineFor(String message) {
        return message == null
                ? Optional.empty()
                : declines.stream().filter(d -> d.matches(message)).findFirst();
    }

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private static Pattern compiled(String regex) {
        return PATTERNS.computeIfAbsent(
                regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private static IndustryRules load(String key) {
        String path = "assistant/industries/" + key + ".json";
        try (InputStream in = IndustryRules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing industry rules " + path);
            }
            return JSON.readValue(in, IndustryRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
