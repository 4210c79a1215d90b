package dev.roster.console;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, driven by Playwright, which never downloads a browser here. Without the browser the
 * tests are skipped with how to install it, except under {@code CI=true}, where a missing browser fails.
 */
final class Chromium {
    static final Path EXECUTABLE = Path.of(System.getProperty("roster.chromium", "/usr/bin/chromium"));
    /** As the machine's notes say: without the background-networking flags Chromium keeps dialling out to a closed network. */
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    static void requireOrSkip() {
        if (Files.isExecutable(EXECUTABLE)) {
            return;
        }
        String how = "No browser at " + EXECUTABLE + ": install Debian's chromium (apt-get install -y chromium), or name one with -Droster.chromium=...";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(how);
        }
        assumeTrue(false, how + "; the browser tests were skipped.");
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }
}
