package ai.treasurecoast.knowledge;

import ai.treasurecoast.identity.WorkspaceAccess;
import ai.treasurecoast.shared.FieldChecks;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import ai.treasurecoast.shared.WorkspaceId;
import ai.treasurecoast.workspace.WorkspacePages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The opening hours editor. Each day is typed as ranges ("09:00-12:00, 13:00-17:00", empty for
 * closed) and exceptions as lines ("2026-12-25 closed", "2026-12-24 09:00-12:00").
 */
@Controller
@RequestMapping("/admin/workspaces/{id}/hours")
class HoursAdminController {

    static final List<String> DAYS =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    private static final Pattern RANGE = Pattern.compile("^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$");
    private static final Pattern EXCEPTION = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(.+)$");

    private final KnowledgeBase knowledge;
    private final WorkspacePages pages;
    private final WorkspaceAccess access;

    HoursAdminController(KnowledgeBase knowledge, WorkspacePages pages, WorkspaceAccess access) {
        this.knowledge = knowledge;
        this.pages = pages;
        this.access = access;
    }

    @GetMapping
    String page(@PathVariable String id, Model model) {
        WorkspaceId workspace = pages.open(id, "knowledge", model).id();
        model.addAttribute("kind", "hours");
        model.addAttribute("days", DAYS);
        if (!model.containsAttribute("form")) {
            Hours hours = knowledge.hours(workspace);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("timezone", hours.timezone());
            for (String day : DAYS) {
                form.put(
                        day,
                        String.join(
                                ", ",
                                hours.weekly().stream()
                                        .filter(d -> day.equals(d.day()))
                                        .map(d -> d.open() + "-" + d.close())
                                        .toList()));
            }
            form.put(
                    "exceptions",
                    String.join(
                            "\n",
                            hours.exceptions().stream()
                                    .map(e -> e.date() + " "
                                            + (Boolean.TRUE.equals(e.closed()) ? "closed" : e.open() + "-" + e.close()))
                                    .toList()));
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.none());
        }
        return "knowledge/hours";
    }

    @PostMapping
    String save(
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        WorkspaceId workspace = WorkspaceId.parse(id);
        access.write(workspace);
        try {
            knowledge.setHours(workspace, parse(form));
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute(
                    "formError",
                    "Nothing was saved: " + e.errors().get(0).field() + " "
                            + e.errors().get(0).message() + ".");
            response.setStatus(400);
            return page(id, model);
        }
        redirect.addFlashAttribute(
                "flash", "Opening hours saved. The bot answers \u201cAre you open?\u201d from them.");
        return "redirect:/admin/workspaces/" + id + "/hours";
    }

    static Hours parse(Map<String, String> form) {
        FieldChecks checks = new FieldChecks();
        List<Hours.Day> weekly = new ArrayList<>();
        for (String day : DAYS) {
            String text = form.getOrDefault(day, "").strip();
            if (text.isEmpty()) {
                continue;
            }
            for (String part : text.split(",")) {
                Matcher m = RANGE.matcher(part.strip());
                if (m.matches()) {
                    weekly.add(new Hours.Day(day, pad(m.group(1)), pad(m.group(2))));
                } else {
                    checks.require(false, day, "must look like 09:00-17:00 (several ranges separated by commas)");
                }
            }
        }
        List<Hours.DateException> exceptions = new ArrayList<>();
        for (String line : form.getOrDefault("exceptions", "").split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = EXCEPTION.matcher(text);
            Matcher range = m.matches() ? RANGE.matcher(m.group(2).strip()) : null;
            if (m.matches() && "closed".equalsIgnoreCase(m.group(2).strip())) {
                exceptions.add(new Hours.DateException(m.group(1), true, null, null));
            } else if (range != null && range.matches()) {
                exceptions.add(new Hours.DateException(m.group(1), false, pad(range.group(1)), pad(range.group(2))));
            } else {
                checks.require(
                        false, "exceptions", "each line must look like 2026-12-25 closed or 2026-12-24 09:00-12:00");
            }
        }
        checks.throwIfAny();
        return new Hours(form.getOrDefault("timezone", "").strip(), weekly, exceptions);
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
