package ai.treasurecoast.ops;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses stored JSON text into a tree, so it is embedded as JSON rather than as an escaped string. */
public final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {}

    public static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
