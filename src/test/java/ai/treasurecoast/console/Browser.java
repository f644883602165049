package ai.treasurecoast.console;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** One headless Chromium per test class (Debian's /usr/bin/chromium), a fresh context per test. */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    String base() {
        return base;
    }

    /** Console messages about the CSP (a blocked inline script or style) seen by pages of this browser. */
    final java.util.List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    Page newPage() {
        BrowserContext context =
                browser.newContext(new NewContextOptions().setBaseURL(base).setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(m.text());
            }
        });
        return page;
    }

    Page newPhonePage() {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setBaseURL(base)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setDeviceScaleFactor(2));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    static Page login(Page page, String email, String password) {
        page.navigate("/admin/login");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.waitForLoadState();
        return page;
    }

    static void screenshot(Page page, String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
