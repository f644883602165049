package ai.treasurecoast.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the industry templates from the classpath; strict, so a misspelt field fails validation. */
final class DemoTemplates {

    static final String LOCATION = "classpath*:demo/templates/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoTemplates() {}

    /** A template file and either its parsed content or why it could not be read. */
    record Loaded(String file, DemoTemplate template, String error) {}

    static List<Loaded> loadAll() {
        List<Loaded> loaded = new ArrayList<>();
        for (Resource resource : resources()) {
            String file = resource.getFilename();
            try (InputStream in = resource.getInputStream()) {
                loaded.add(new Loaded(file, JSON.readValue(in, DemoTemplate.class), null));
            } catch (IOException | RuntimeException e) {
                loaded.add(new Loaded(file, null, firstLine(e.getMessage())));
            }
        }
        loaded.sort(Comparator.comparing(Loaded::file));
        return loaded;
    }

    /** The templates that parse; callers that seed use only these (validation reports the rest). */
    static List<DemoTemplate> templates() {
        return loadAll().stream()
                .filter(l -> l.template() != null)
                .map(Loaded::template)
                .toList();
    }

    private static Resource[] resources() {
        try {
            return new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
