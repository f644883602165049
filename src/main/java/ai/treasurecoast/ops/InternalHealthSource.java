package ai.treasurecoast.ops;

import java.util.Map;

/** A module's contribution to the internal health report, such as the state of notifications. */
public interface InternalHealthSource {

    /** The key under which the report shows this source, e.g. {@code notifications}. */
    String name();

    /** A small, already redacted summary. */
    Map<String, Object> report();
}
