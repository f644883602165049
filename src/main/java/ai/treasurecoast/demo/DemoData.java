package ai.treasurecoast.demo;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.workspace.WorkspaceView;
import ai.treasurecoast.workspace.Workspaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The industry demo workspaces: seeded from the templates when missing, and reset to the templates
 * on request. Only workspaces flagged {@code demo} are ever changed or removed; a template whose
 * client id belongs to a real workspace is skipped.
 */
@Service
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Serialises seeding and resets across nodes that start at the same time. */
    private static final long LOCK_KEY = 0x7463616964656d6fL;

    private final Workspaces workspaces;
    private final DemoWorkspaceFactory factory;
    private final AuditRecorder audit;
    private final JdbcClient jdbc;

    DemoData(Workspaces workspaces, DemoWorkspaceFactory factory, AuditRecorder audit, JdbcClient jdbc) {
        this.workspaces = workspaces;
        this.factory = factory;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** What a seed or reset did, by client id. */
    public record Outcome(List<WorkspaceView> seeded, List<String> existing, List<String> skipped, int removed) {}

    /** Creates the demo workspace of every valid template that has none yet; existing ones are left alone. */
    @Transactional
    public Outcome seedMissing() {
        lock();
        return seed(0);
    }

    /**
     * Removes every demo workspace (and, by cascade, everything it owns) and seeds the templates
     * again, audited as {@code demo.reset} in the same transaction. Non-demo workspaces are untouched.
     */
    @Transactional
    public Outcome reset() {
        lock();
        List<WorkspaceView> demos = workspaces.demoWorkspaces();
        demos.forEach(w -> workspaces.delete(w.id()));
        Outcome outcome = seed(demos.size());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("removed", demos.stream().map(WorkspaceView::clientId).toList());
        after.put(
                "seeded", outcome.seeded().stream().map(WorkspaceView::clientId).toList());
        after.put("skipped", outcome.skipped());
        audit.record(AuditEvent.of("demo.reset", "demo", null, null).after(after));
        return outcome;
    }

    private Outcome seed(int removed) {
        List<WorkspaceView> seeded = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DemoTemplate t : DemoTemplates.templates()) {
            String clientId = t.workspace() == null ? null : t.workspace().clientId();
            List<String> problems = TemplateValidator.problems(t);
            if (!problems.isEmpty()) {
                log.warn("Demo template {} skipped: {}", t.industry(), problems);
                skipped.add(clientId == null ? t.industry() : clientId);
                continue;
            }
            Optional<WorkspaceView> current = workspaces.findByClientId(clientId);
            if (current.isPresent()) {
                if (current.get().demo()) {
                    existing.add(clientId);
                } else {
                    log.warn(
                            "Demo template {} skipped: client id {} belongs to a real workspace",
                            t.industry(),
                            clientId);
                    skipped.add(clientId);
                }
                continue;
            }
            seeded.add(factory.create(t));
        }
        return new Outcome(seeded, existing, skipped, removed);
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query()
                .singleValue();
    }
}
