package ai.treasurecoast.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field problems keyed by field name, the shape console forms show next to each input. */
public final class FormErrors {

    private FormErrors() {}

    /** The first message for each field; later ones for the same field are dropped. */
    public static Map<String, String> of(InvalidInputException e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (InvalidInputException.FieldProblem problem : e.errors()) {
            byField.putIfAbsent(problem.field(), problem.message());
        }
        return byField;
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
