package dev.roster.console.internal;

import dev.roster.console.ConsoleResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The console's script and style sheet, served from the jar: nothing is fetched from anywhere else. */
public final class StaticFiles {
    /** The htmx release the pages load; its SHA-256 is checked by a test. */
    public static final String HTMX = "htmx-2.0.11.min.js";
    private static final Map<String, String> TYPES = Map.of(
            HTMX, "text/javascript; charset=utf-8",
            "console.css", "text/css; charset=utf-8");

    private StaticFiles() {
    }

    public static Optional<ConsoleResponse> serve(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("/dev/roster/console/static/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new ConsoleResponse(200, Map.of("Content-Type", type), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
