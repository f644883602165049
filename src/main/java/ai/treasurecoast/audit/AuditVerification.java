package ai.treasurecoast.audit;

import java.util.UUID;

/** The result of checking the hash chain: how many entries were checked and the first broken one, if any. */
public record AuditVerification(boolean ok, long checked, UUID firstBrokenId) {}
