package ai.treasurecoast.workspace;

import ai.treasurecoast.audit.AuditEvent;
import ai.treasurecoast.audit.AuditRecorder;
import ai.treasurecoast.shared.ConflictException;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.NotFoundException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspaceInputs.BotInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bots of a workspace, each embedded on the client's site by one script tag. */
@Service
public class Bots {

    private final BotRepository bots;
    private final WorkspaceRepository workspaces;
    private final AuditRecorder audit;

    Bots(BotRepository bots, WorkspaceRepository workspaces, AuditRecorder audit) {
        this.bots = bots;
        this.workspaces = workspaces;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<BotView> list(WorkspaceId workspace) {
        return bots.list(workspace);
    }

    @Transactional(readOnly = true)
    public PageResult<BotView> page(WorkspaceId workspace, PageRequest page) {
        return new PageResult<>(bots.page(workspace, page), page.page(), page.size(), bots.count(workspace));
    }

    @Transactional(readOnly = true)
    public BotView get(WorkspaceId workspace, String botId) {
        return bots.find(workspace, botId).orElseThrow(() -> new NotFoundException("Bot not found"));
    }

    @Transactional
    public BotView create(WorkspaceId workspace, BotInput input) {
        workspaces.find(workspace).orElseThrow(() -> new NotFoundException("Workspace not found"));
        FieldChecks checks = new FieldChecks();
        checks.require(
                input.botId() != null
                        && WorkspaceRules.BOT_ID.matcher(input.botId()).matches(),
                "botId",
                "must be 2 to 40 lower-case letters, digits or dashes");
        checks.text(input.name(), "name", 1, 80);
        checkCommon(checks, input);
        checks.throwIfAny();
        if (bots.find(workspace, input.botId()).isPresent()) {
            throw new ConflictException("This workspace already has a bot with the id '" + input.botId() + "'.");
        }
        Instant now = Instant.now();
        BotView bot = new BotView(
                UUID.randomUUID(),
                workspace,
                input.botId(),
                input.name().strip(),
                input.greeting() != null ? input.greeting().strip() : "Hi! How can we help you today?",
                color(input, "#0f766e"),
                position(input, "right"),
                orEmpty(input.allowedOrigins()),
                orEmpty(input.quickReplies()),
                input.active() == null || input.active(),
                now,
                now);
        bots.insert(bot);
        BotView stored = get(workspace, bot.botId());
        audit.record(AuditEvent.of("bot.create", "bot", stored.id(), workspace).after(snapshot(stored)));
        return stored;
    }

    @Transactional
    public BotView update(WorkspaceId workspace, String botId, BotInput input) {
        BotView before = get(workspace, botId);
        FieldChecks checks = new FieldChecks();
        if (input.name() != null) {
            checks.text(input.name(), "name", 1, 80);
        }
        checkCommon(checks, input);
        checks.throwIfAny();
        BotView after = new BotView(
                before.id(),
                workspace,
                before.botId(),
                input.name() != null ? input.name().strip() : before.name(),
                input.greeting() != null ? input.greeting().strip() : before.greeting(),
                color(input, before.primaryColor()),
                position(input, before.position()),
                input.allowedOrigins() != null ? input.allowedOrigins() : before.allowedOrigins(),
                input.quickReplies() != null ? input.quickReplies() : before.quickReplies(),
                input.active() != null ? input.active() : before.active(),
                before.createdAt(),
                before.updatedAt());
        bots.update(after);
        BotView stored = get(workspace, botId);
        audit.record(AuditEvent.of("bot.update", "bot", stored.id(), workspace)
                .before(snapshot(before))
                .after(snapshot(stored)));
        return stored;
    }

    @Transactional
    public void delete(WorkspaceId workspace, String botId) {
        BotView before = get(workspace, botId);
        bots.delete(workspace, before.id());
        audit.record(AuditEvent.of("bot.delete", "bot", before.id(), workspace).before(snapshot(before)));
    }

    private static void checkCommon(FieldChecks checks, BotInput input) {
        if (input.greeting() != null) {
            checks.text(input.greeting(), "greeting", 1, 500);
        }
        if (input.theme() != null && input.theme().primaryColor() != null) {
            checks.require(
                    WorkspaceRules.COLOR.matcher(input.theme().primaryColor()).matches(),
                    "theme.primaryColor",
                    "must be a colour such as #0f766e");
        }
        if (input.theme() != null && input.theme().position() != null) {
            checks.require(
                    "left".equals(input.theme().position())
                            || "right".equals(input.theme().position()),
                    "theme.position",
                    "must be left or right");
        }
        WorkspaceRules.checkOrigins(checks, input.allowedOrigins());
        if (input.quickReplies() != null) {
            checks.require(input.quickReplies().size() <= 6, "quickReplies", "may have at most 6 entries");
            input.quickReplies().forEach(q -> checks.text(q, "quickReplies", 1, 80));
        }
    }

    private static String color(BotInput input, String fallback) {
        return input.theme() != null && input.theme().primaryColor() != null
                ? input.theme().primaryColor()
                : fallback;
    }

    private static String position(BotInput input, String fallback) {
        return input.theme() != null && input.theme().position() != null
                ? input.theme().position()
                : fallback;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static Map<String, Object> snapshot(BotView b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("botId", b.botId());
        m.put("name", b.name());
        m.put("greeting", b.greeting());
        m.put("primaryColor", b.primaryColor());
        m.put("position", b.position());
        m.put("allowedOrigins", b.allowedOrigins());
        m.put("quickReplies", b.quickReplies());
        m.put("active", b.active());
        return m;
    }
}
