package dev.roster.console;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, driven by Playwright, which never downloads a browser here. The build brings the
 * browser itself: when it is missing, Debian's package is installed (as root, or through a sudo that needs
 * no password); a browser that still cannot be found fails the tests, saying how to install it.
 */
final class Chromium {
    private static final Path DEBIAN = Path.of("/usr/bin/chromium");
    static final Path EXECUTABLE = Path.of(System.getProperty("roster.chromium", DEBIAN.toString()));
    /** As the machine's notes say: without the background-networking flags Chromium keeps dialling out to a closed network. */
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    static synchronized void require() {
        if (!Files.isExecutable(EXECUTABLE) && EXECUTABLE.equals(DEBIAN)) {
            boolean installed = apt("install", "-y", "chromium") || apt("update") && apt("install", "-y", "chromium");
            System.err.println(installed ? "installed Debian's chromium for the browser tests" : "could not install Debian's chromium");
        }
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("No browser at " + EXECUTABLE + ": install Debian's chromium (apt-get install -y chromium), or name one with -Droster.chromium=...");
        }
    }

    private static boolean apt(String... args) {
        List<String> command = new ArrayList<>("root".equals(System.getProperty("user.name")) ? List.of() : List.of("sudo", "-n"));
        command.add("apt-get");
        command.addAll(List.of(args));
        try {
            Process apt = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!apt.waitFor(10, TimeUnit.MINUTES)) {
                apt.destroyForcibly();
                return false;
            }
            return apt.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false; // no apt-get (not Debian) or no sudo: the failure below says what to install
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(ARGS));
    }
}
