package ai.treasurecoast.audit;

import ai.treasurecoast.ops.JsonText;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The audit log page: the API's filters (same parameter names), paging, a CSV export link with
 * the same filters, and each entry's before/after difference. {@link AuditLog} applies the
 * tenant rules, exactly as for the API.
 */
@Controller
class AuditAdminController {

    static final List<String> FILTERS = List.of("from", "to", "actorUserId", "action", "workspaceId", "targetType");

    static final List<String> ACTIONS = List.of(
            "workspace.create",
            "workspace.update",
            "workspace.delete",
            "booking.update",
            "failsafe.update",
            "retention.update",
            "bot.create",
            "bot.update",
            "bot.delete",
            "faq.create",
            "faq.update",
            "faq.delete",
            "article.create",
            "article.update",
            "article.delete",
            "service.create",
            "service.update",
            "service.delete",
            "hours.update",
            "user.create",
            "user.update",
            "user.disable",
            "user.enable",
            "user.password_reset",
            "auth.login",
            "auth.login_failed",
            "auth.logout",
            "auth.password_change",
            "auth.password_reset",
            "impersonation.start",
            "impersonation.stop",
            "demo.reset",
            "notification.settings_update",
            "notification.test",
            "data.export",
            "data.delete",
            "safe_mode.blocked",
            "access.denied");

    static final List<String> TARGET_TYPES = List.of(
            "workspace", "bot", "faq", "article", "service", "hours", "user", "notification_settings", "audit_log");

    /** One field of an entry with its value before and after the change. */
    record Change(String field, String before, String after, boolean changed) {}

    /** An entry as the page shows it. */
    record Row(AuditEntryView entry, List<Change> changes) {}

    private final AuditLog log;

    AuditAdminController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit-logs")
    String list(
            @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
            Model model) {
        log.requireReader();
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = params.get(name);
            filters.put(name, value == null ? "" : value.trim());
        }
        model.addAttribute("section", "audit");
        model.addAttribute("filters", filters);
        model.addAttribute("actions", ACTIONS);
        model.addAttribute("targetTypes", TARGET_TYPES);
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        filters.forEach((k, v) -> {
            if (!v.isBlank()) {
                query.queryParam(k, v);
            }
        });
        String queryString = query.encode().build().getQuery();
        String suffix = queryString == null ? "" : "?" + queryString;
        model.addAttribute("exportUrl", "/api/admin/audit-logs/export" + suffix);
        model.addAttribute("pageUrl", "/admin/audit-logs" + suffix);
        try {
            AuditFilter filter = AuditApiController.filter(params);
            int page = parsePage(params.get("page"));
            PageResult<AuditEntryView> result = log.search(filter, PageRequest.of(page, 25));
            model.addAttribute("result", result.map(e -> new Row(e, diff(e.before(), e.after()))));
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidInputException e) {
            model.addAttribute("result", new PageResult<Row>(List.of(), 0, 25, 0));
            model.addAttribute("errors", FormErrors.of(e));
        }
        return htmx != null && restore == null ? "audit/list :: results" : "audit/list";
    }

    private static int parsePage(String value) {
        try {
            return value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Field-by-field difference of two JSON objects; values that are not objects compare as a whole. */
    static List<Change> diff(String before, String after) {
        JsonNode b = parse(before);
        JsonNode a = parse(after);
        List<Change> changes = new ArrayList<>();
        if ((b != null && !b.isObject()) || (a != null && !a.isObject())) {
            changes.add(new Change("value", text(b), text(a), !text(b).equals(text(a))));
            return changes;
        }
        Set<String> fields = new LinkedHashSet<>();
        if (b != null) {
            b.propertyNames().forEach(fields::add);
        }
        if (a != null) {
            a.propertyNames().forEach(fields::add);
        }
        for (String field : fields) {
            String was = text(b == null ? null : b.get(field));
            String is = text(a == null ? null : a.get(field));
            changes.add(new Change(field, was, is, !was.equals(is)));
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return JsonText.parse(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isString() ? node.asString() : node.toString();
    }
}
