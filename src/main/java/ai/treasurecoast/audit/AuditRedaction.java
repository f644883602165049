package ai.treasurecoast.audit;

import ai.treasurecoast.shared.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Audit entries keep who and what (so emails and names stay readable) but never a secret: keys
 * that name one are dropped to a marker, and free text loses card numbers, tokens and keys.
 */
final class AuditRedaction {

    private AuditRedaction() {}

    static Object redact(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (!Redaction.isSecretKey(key)) {
                    out.put(key, redact(v));
                } else if (v != null) {
                    out.put(key, Redaction.REDACTED);
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(redact(v)));
            return out;
        }
        if (value instanceof String s) {
            return Redaction.secretsOnly(s);
        }
        return value;
    }
}
