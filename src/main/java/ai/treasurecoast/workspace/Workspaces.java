package ai.treasurecoast.workspace;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.Booking;
import ai.treasurecoast.workspace.WorkspaceInputs.Failsafe;
import ai.treasurecoast.workspace.WorkspaceInputs.NewWorkspace;
import ai.treasurecoast.workspace.WorkspaceInputs.Retention;
import ai.treasurecoast.workspace.WorkspaceInputs.WorkspacePatch;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces: reads for every module, and changes that are validated and audited in one
 * transaction. Access rules are checked by the callers (controllers) before they get here.
 */
@Service
public class Workspaces {

    private final WorkspaceRepository workspaces;
    private final BotRepository bots;
    private final AuditRecorder audit;
    private final ApplicationEventPublisher events;

    Workspaces(
            WorkspaceRepository workspaces, BotRepository bots, AuditRecorder audit, ApplicationEventPublisher events) {
        this.workspaces = workspaces;
        this.bots = bots;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<WorkspaceView> find(WorkspaceId id) {
        return workspaces.find(id);
    }

    @Transactional(readOnly = true)
    public WorkspaceView get(WorkspaceId id) {
        return workspaces.find(id).orElseThrow(() -> new NotFoundException("Workspace not found"));
    }

    @Transactional(readOnly = true)
    public Optional<WorkspaceView> findByClientId(String clientId) {
        return workspaces.findByClientId(clientId);
    }

    /** A page of workspaces; {@code onlyIds} null means all (super admins). */
    @Transactional(readOnly = true)
    public PageResult<WorkspaceView> page(Collection<UUID> onlyIds, PageRequest page) {
        return new PageResult<>(workspaces.page(onlyIds, page), page.page(), page.size(), workspaces.count(onlyIds));
    }

    @Transactional(readOnly = true)
    public List<WorkspaceView> demoWorkspaces() {
        return workspaces.demoWorkspaces();
    }

    /** The bot the public widget talks to: both the workspace and the bot must be active. */
    @Transactional(readOnly = true)
    public Optional<PublicBot> findPublicBot(String clientId, String botId) {
        return workspaces
                .findByClientId(clientId)
                .filter(WorkspaceView::active)
                .flatMap(w -> bots.find(w.id(), botId).filter(BotView::active).map(b -> new PublicBot(w, b)));
    }

    @Transactional
    public WorkspaceView create(NewWorkspace input, boolean demo) {
        FieldChecks checks = new FieldChecks();
        WorkspaceRules.checkName(checks, input.name());
        checks.require(
                input.clientId() != null
                        && WorkspaceRules.CLIENT_ID.matcher(input.clientId()).matches(),
                "clientId",
                "must be 3 to 40 lower-case letters, digits or dashes");
        WorkspaceRules.checkIndustry(checks, input.industry());
        WorkspaceRules.checkTimezone(checks, input.timezone());
        checks.throwIfAny();
        if (workspaces.clientIdTaken(input.clientId())) {
            throw new ConflictException("The client id '" + input.clientId() + "' is already taken.");
        }
        Instant now = Instant.now();
        WorkspaceView created = new WorkspaceView(
                WorkspaceId.random(),
                input.clientId(),
                input.name().strip(),
                input.industry(),
                input.timezone(),
                "active",
                BookingMode.OFF,
                null,
                true,
                false,
                demo,
                365,
                730,
                now,
                now);
        workspaces.insert(created);
        WorkspaceView stored = get(created.id());
        audit.record(AuditEvent.of("workspace.create", "workspace", stored.id(), stored.id())
                .after(snapshot(stored)));
        return stored;
    }

    @Transactional
    public WorkspaceView update(WorkspaceId id, WorkspacePatch patch) {
        WorkspaceView before = get(id);
        FieldChecks checks = new FieldChecks();
        if (patch.name() != null) {
            WorkspaceRules.checkName(checks, patch.name());
        }
        if (patch.industry() != null) {
            WorkspaceRules.checkIndustry(checks, patch.industry());
        }
        if (patch.timezone() != null) {
            WorkspaceRules.checkTimezone(checks, patch.timezone());
        }
        if (patch.status() != null) {
            checks.require(
                    "active".equals(patch.status()) || "disabled".equals(patch.status()),
                    "status",
                    "must be active or disabled");
        }
        checks.throwIfAny();
        WorkspaceView after = new WorkspaceView(
                id,
                before.clientId(),
                patch.name() != null ? patch.name().strip() : before.name(),
                or(patch.industry(), before.industry()),
                or(patch.timezone(), before.timezone()),
                or(patch.status(), before.status()),
                before.bookingMode(),
                before.externalBookingUrl(),
                before.aiEnabled(),
                before.alwaysOfferCallback(),
                before.demo(),
                before.transcriptRetentionDays(),
                before.leadRetentionDays(),
                before.createdAt(),
                before.updatedAt());
        WorkspaceView saved = save("workspace.update", before, after);
        if (!after.industry().equals(before.industry())) {
            events.publishEvent(new WorkspaceIndustryChanged(id));
        }
        return saved;
    }

    @Transactional
    public WorkspaceView setBooking(WorkspaceId id, Booking input) {
        WorkspaceView before = get(id);
        BookingMode mode = BookingMode.parse(input.bookingMode());
        FieldChecks checks = new FieldChecks();
        checks.require(mode != null, "bookingMode", "must be external, internal or off");
        WorkspaceRules.checkBookingUrl(checks, input.externalBookingUrl(), mode == BookingMode.EXTERNAL);
        checks.throwIfAny();
        String url =
                input.externalBookingUrl() == null || input.externalBookingUrl().isBlank()
                        ? null
                        : input.externalBookingUrl();
        WorkspaceView after = new WorkspaceView(
                id,
                before.clientId(),
                before.name(),
                before.industry(),
                before.timezone(),
                before.status(),
                mode,
                url,
                before.aiEnabled(),
                before.alwaysOfferCallback(),
                before.demo(),
                before.transcriptRetentionDays(),
                before.leadRetentionDays(),
                before.createdAt(),
                before.updatedAt());
        return save("booking.update", before, after);
    }

    @Transactional
    public WorkspaceView setFailsafe(WorkspaceId id, Failsafe input) {
        WorkspaceView before = get(id);
        FieldChecks checks = new FieldChecks();
        checks.require(
                input.aiEnabled() != null || input.alwaysOfferCallback() != null,
                "aiEnabled",
                "send aiEnabled, alwaysOfferCallback or both");
        checks.throwIfAny();
        WorkspaceView after = new WorkspaceView(
                id,
                before.clientId(),
                before.name(),
                before.industry(),
                before.timezone(),
                before.status(),
                before.bookingMode(),
                before.externalBookingUrl(),
                input.aiEnabled() != null ? input.aiEnabled() : before.aiEnabled(),
                input.alwaysOfferCallback() != null ? input.alwaysOfferCallback() : before.alwaysOfferCallback(),
                before.demo(),
                before.transcriptRetentionDays(),
                before.leadRetentionDays(),
                before.createdAt(),
                before.updatedAt());
        return save("failsafe.update", before, after);
    }

    @Transactional
    public WorkspaceView setRetention(WorkspaceId id, Retention input) {
        WorkspaceView before = get(id);
        FieldChecks checks = new FieldChecks();
        checks.require(
                input.transcriptRetentionDays() == null || between(input.transcriptRetentionDays(), 7, 3650),
                "transcriptRetentionDays",
                "must be between 7 and 3650 days");
        checks.require(
                input.leadRetentionDays() == null || between(input.leadRetentionDays(), 30, 3650),
                "leadRetentionDays",
                "must be between 30 and 3650 days");
        checks.throwIfAny();
        WorkspaceView after = new WorkspaceView(
                id,
                before.clientId(),
                before.name(),
                before.industry(),
                before.timezone(),
                before.status(),
                before.bookingMode(),
                before.externalBookingUrl(),
                before.aiEnabled(),
                before.alwaysOfferCallback(),
                before.demo(),
                input.transcriptRetentionDays() != null
                        ? input.transcriptRetentionDays()
                        : before.transcriptRetentionDays(),
                input.leadRetentionDays() != null ? input.leadRetentionDays() : before.leadRetentionDays(),
                before.createdAt(),
                before.updatedAt());
        return save("retention.update", before, after);
    }

    /** Deletes the workspace and, by cascade, everything it owns; other workspaces are untouched. */
    @Transactional
    public void delete(WorkspaceId id) {
        WorkspaceView before = get(id);
        events.publishEvent(new WorkspaceDeleting(id));
        workspaces.delete(id);
        audit.record(AuditEvent.of("workspace.delete", "workspace", id, id).before(snapshot(before)));
    }

    private WorkspaceView save(String action, WorkspaceView before, WorkspaceView after) {
        workspaces.update(after);
        WorkspaceView stored = get(after.id());
        audit.record(AuditEvent.of(action, "workspace", stored.id(), stored.id())
                .before(snapshot(before))
                .after(snapshot(stored)));
        return stored;
    }

    static Map<String, Object> snapshot(WorkspaceView w) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("clientId", w.clientId());
        m.put("name", w.name());
        m.put("industry", w.industry());
        m.put("timezone", w.timezone());
        m.put("status", w.status());
        m.put("bookingMode", w.bookingMode().key());
        m.put("externalBookingUrl", w.externalBookingUrl());
        m.put("aiEnabled", w.aiEnabled());
        m.put("alwaysOfferCallback", w.alwaysOfferCallback());
        m.put("transcriptRetentionDays", w.transcriptRetentionDays());
        m.put("leadRetentionDays", w.leadRetentionDays());
        return m;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
