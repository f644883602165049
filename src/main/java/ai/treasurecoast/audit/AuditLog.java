package ai.treasurecoast.audit;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.ForbiddenException;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.Role;
import ai.treasurecoast.shared.WorkspaceId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit log: super admins see everything; a workspace admin sees only their
 * workspace (another workspace is not found); viewers may not read it.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final AuditRecorder recorder;

    AuditLog(AuditRepository entries, AuditRecorder recorder) {
        this.entries = entries;
        this.recorder = recorder;
    }

    @Transactional(readOnly = true)
    public PageResult<AuditEntryView> search(AuditFilter filter, PageRequest page) {
        AuditFilter scoped = scope(filter);
        return new PageResult<>(
                entries.search(scoped, page.size(), page.offset()), page.page(), page.size(), entries.count(scoped));
    }

    /**
     * Throws 403 for a caller who may not read the audit log at all. Entry points call it before
     * they parse filters, so a refused caller is refused whatever they sent.
     */
    public void requireReader() {
        Actor actor = actor();
        if (actor.role() == Role.WORKSPACE_VIEWER) {
            denied(actor, "audit.read");
            throw new ForbiddenException("Viewers may not read the audit log.");
        }
    }

    /**
     * Writes the filtered entries as CSV; cells that a spreadsheet would run as a formula are escaped.
     * The writer is asked for only once the caller may read these entries, so a refusal starts no download.
     */
    @Transactional(readOnly = true)
    public void export(AuditFilter filter, Supplier<Writer> output) {
        AuditFilter scoped = scope(filter);
        Writer out = output.get();
        try {
            out.write(AuditCsv.HEADER);
            entries.stream(scoped, e -> {
                try {
                    out.write(AuditCsv.row(e));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Actor actor = actor();
        if (!actor.isSuperAdmin() || actor.isImpersonating()) {
            denied(actor, "audit.verify");
            throw new ForbiddenException("Only an agency super admin may verify the audit chain.");
        }
        return entries.verify();
    }

    private AuditFilter scope(AuditFilter filter) {
        Actor actor = actor();
        if (actor.isSuperAdmin() && !actor.isImpersonating()) {
            return filter;
        }
        requireReader();
        WorkspaceId own = actor.scope();
        if (filter.workspaceId() != null && !filter.workspaceId().equals(own.value())) {
            denied(actor, "audit.read other workspace");
            throw new NotFoundException("Workspace not found");
        }
        return filter.withWorkspace(own.value());
    }

    private void denied(Actor actor, String what) {
        recorder.recordSeparately(AuditEvent.of("access.denied", "audit_log", null, actor.scope())
                .after(Map.of("reason", what))
                .outcome("denied")
                .by(actor));
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }
}
