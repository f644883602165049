package ai.treasurecoast.audit;

import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.PageRequest;
import ai.treasurecoast.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/audit-logs")
class AuditApiController {

    private final AuditLog log;

    AuditApiController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    PageResult<Map<String, Object>> list(@RequestParam Map<String, String> params) {
        log.requireReader();
        PageRequest page = PageRequest.of(integer(params.get("page"), "page"), integer(params.get("size"), "size"));
        return log.search(filter(params), page).map(AuditApiController::json);
    }

    @GetMapping("/export")
    void export(@RequestParam Map<String, String> params, HttpServletResponse response) {
        log.requireReader();
        AuditFilter filter = filter(params);
        log.export(filter, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
            try {
                return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/verify")
    Map<String, Object> verify() {
        AuditVerification result = log.verify();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", result.ok());
        body.put("checked", result.checked());
        body.put(
                "firstBrokenId",
                result.firstBrokenId() == null ? null : result.firstBrokenId().toString());
        return body;
    }

    /** Parses the filters; a bad date or id is a field error, not a silent empty list. */
    static AuditFilter filter(Map<String, String> p) {
        return new AuditFilter(
                instant(p.get("from"), "from", false),
                instant(p.get("to"), "to", true),
                uuid(p.get("actorUserId"), "actorUserId"),
                blankToNull(p.get("action")),
                uuid(p.get("workspaceId"), "workspaceId"),
                blankToNull(p.get("targetType")));
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw InvalidInputException.of(
                        field, "must be a date (2026-11-29) or a timestamp (2026-11-29T21:05:48Z)");
            }
        }
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be an id");
        }
    }

    private static Integer integer(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a number");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Map<String, Object> json(AuditEntryView e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id().toString());
        m.put("createdAt", e.createdAt().toString());
        m.put("actorUserId", str(e.actorUserId()));
        m.put("actorRole", e.actorRole());
        m.put("actorWorkspaceId", str(e.actorWorkspaceId()));
        m.put("onBehalfOfWorkspaceId", str(e.onBehalfOfWorkspaceId()));
        m.put("action", e.action());
        m.put("targetType", e.targetType());
        m.put("targetId", e.targetId());
        m.put("workspaceId", str(e.workspaceId()));
        m.put("before", e.before() == null ? null : ai.treasurecoast.ops.JsonText.parse(e.before()));
        m.put("after", e.after() == null ? null : ai.treasurecoast.ops.JsonText.parse(e.after()));
        m.put("outcome", e.outcome());
        m.put("ip", e.ip());
        m.put("userAgent", e.userAgent());
        m.put("requestId", e.requestId());
        return m;
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
