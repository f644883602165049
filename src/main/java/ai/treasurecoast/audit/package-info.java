/**
 * Append-only, hash-chained audit entries: every module records its changes through
 * {@link ai.treasurecoast.audit.AuditRecorder} inside its own transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package ai.treasurecoast.audit;
