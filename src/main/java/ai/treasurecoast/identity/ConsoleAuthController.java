package ai.treasurecoast.identity;

import ai.treasurecoast.shared.Actor;
import ai.treasurecoast.shared.FormErrors;
import ai.treasurecoast.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The console's public pages: log in, log out, forgot password, and the set-password page of emailed links. */
@Controller
class ConsoleAuthController {

    private final LoginService logins;
    private final Accounts accounts;

    ConsoleAuthController(LoginService logins, Accounts accounts) {
        this.logins = logins;
        this.accounts = accounts;
    }

    @GetMapping("/admin/login")
    String loginPage(Model model) {
        if (Actor.current().isPresent()) {
            return "redirect:/admin";
        }
        return "identity/login";
    }

    @PostMapping("/admin/login")
    String login(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        LoginService.Outcome outcome = logins.login(email, password, request, response);
        if (outcome instanceof LoginService.LoggedIn) {
            return "redirect:/admin";
        }
        model.addAttribute("email", email);
        if (outcome instanceof LoginService.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
            model.addAttribute(
                    "error",
                    "Too many failed attempts. Please try again in " + minutes + " minute" + (minutes == 1 ? "" : "s")
                            + ".");
            response.setStatus(429);
        } else {
            model.addAttribute("error", "The email or password is not correct.");
            response.setStatus(401);
        }
        return "identity/login";
    }

    @PostMapping("/admin/logout")
    String logout(HttpServletRequest request, RedirectAttributes redirect) {
        logins.logout(request);
        return "redirect:/admin/login?loggedOut";
    }

    @GetMapping(value = "/admin/login", params = "loggedOut")
    String loggedOut(Model model) {
        model.addAttribute("flash", "You have been logged out.");
        return "identity/login";
    }

    @GetMapping("/admin/forgot-password")
    String forgotPage(Model model) {
        model.addAttribute("sent", false);
        return "identity/forgot-password";
    }

    @PostMapping("/admin/forgot-password")
    String forgot(@RequestParam(defaultValue = "") String email, Model model) {
        accounts.requestReset(email.trim());
        model.addAttribute("sent", true);
        return "identity/forgot-password";
    }

    @GetMapping("/admin/set-password")
    String setPasswordPage(@RequestParam(defaultValue = "") String token, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("token", token);
        model.addAttribute("tokenValid", !token.isBlank() && accounts.tokenValid(token));
        model.addAttribute("errors", FormErrors.none());
        return "identity/set-password";
    }

    @PostMapping("/admin/set-password")
    String setPassword(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirm,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        model.addAttribute("token", token);
        model.addAttribute("tokenValid", true);
        if (!newPassword.equals(confirm)) {
            model.addAttribute("errors", Map.of("confirm", "The two passwords are not the same."));
            response.setStatus(400);
            return "identity/set-password";
        }
        try {
            accounts.confirmReset(token, newPassword);
        } catch (InvalidInputException e) {
            Map<String, String> errors = FormErrors.of(e);
            model.addAttribute("errors", errors);
            model.addAttribute("tokenValid", !errors.containsKey("token"));
            response.setStatus(400);
            return "identity/set-password";
        }
        return "redirect:/admin/login?passwordSet";
    }

    @GetMapping(value = "/admin/login", params = "passwordSet")
    String passwordSet(Model model) {
        model.addAttribute("flash", "Your password is set. You can log in now.");
        return "identity/login";
    }
}
