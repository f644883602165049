/**
 * Value types shared by every module: typed ids, validated contact values, redaction and the
 * plain exceptions that entry points map to problem details or error pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ai.treasurecoast.shared;
