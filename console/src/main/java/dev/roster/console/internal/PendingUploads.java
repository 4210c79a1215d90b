package dev.roster.console.internal;

import dev.roster.core.access.Actor;
import dev.roster.core.importing.ImportOptions;
import dev.roster.spi.model.RoleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files checked by a dry run and waiting for the admin to apply them, so the report page need not ask for
 * the file again. Each is kept with the options it was checked with, in a temporary file under a random
 * name, for the actor who uploaded it, for half an hour, on this instance only: behind several instances
 * without sticky sessions, an apply that reaches another one is told to upload the file again (nothing
 * is invited twice or lost). Each actor keeps at most {@link #PER_ACTOR} (its oldest goes first), so one
 * inviter cannot push out another's; the files live in one directory, emptied of files past their time
 * when a console starts (what a stopped process left behind).
 */
final class PendingUploads {
    static final Duration KEPT = Duration.ofMinutes(30);
    static final int PER_ACTOR = 3;
    private static final int MOST = 256;
    private static final String PREFIX = "roster-import-";

    /** The options a file was checked with, and is applied with. */
    record Options(RoleId role, String message) {
        ImportOptions importOptions() {
            ImportOptions options = ImportOptions.defaults();
            options = role == null ? options : options.withRoles(Set.of(role));
            return message == null ? options : options.withMessage(message);
        }
    }

    private record Pending(Actor actor, Path file, String fileName, Options options, Instant until) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Path directory;

    PendingUploads(Clock clock) {
        this.clock = clock;
        try {
            this.directory = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "roster-console-imports"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sweep(directory, Instant.now().minus(KEPT));
    }

    /** Keeps a copy of the file for the actor; returns the name the apply form carries. */
    String keep(Actor actor, InputStream file, String fileName, Options options) {
        try {
            Path copy = Files.createTempFile(directory, PREFIX, ".pending");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            byte[] id = new byte[16];
            random.nextBytes(id);
            String key = HexFormat.of().formatHex(id);
            synchronized (pending) {
                expire();
                dropOldest(p -> p.actor().equals(actor), PER_ACTOR - 1);
                dropOldest(p -> true, MOST - 1);
                pending.put(key, new Pending(actor, copy, fileName, options, clock.instant().plus(KEPT)));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the file kept under this name, if it is still here and the same actor asks; its taker deletes it after use. */
    Optional<Taken> take(Actor actor, String key) {
        synchronized (pending) {
            expire();
            Pending found = pending.get(key);
            if (found == null || !found.actor().equals(actor)) {
                return Optional.empty();
            }
            pending.remove(key);
            return Optional.of(new Taken(found.file(), found.fileName(), found.options()));
        }
    }

    /** A kept file, handed over to be applied; closing deletes it. */
    record Taken(Path file, String fileName, Options options) implements AutoCloseable {
        @Override
        public void close() {
            delete(file);
        }
    }

    /** Drops the oldest of the matching files until at most {@code left} of them remain. */
    private void dropOldest(java.util.function.Predicate<Pending> matching, int left) {
        long count = pending.values().stream().filter(matching).count();
        for (Iterator<Pending> it = pending.values().iterator(); it.hasNext() && count > left;) {
            Pending p = it.next();
            if (matching.test(p)) {
                delete(p.file());
                it.remove();
                count--;
            }
        }
    }

    private void expire() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> {
            boolean old = !p.until().isAfter(now);
            if (old) {
                delete(p.file());
            }
            return old;
        });
    }

    /** Files of this kind older than {@code before}: no console holds them any more. */
    private static void sweep(Path directory, Instant before) {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).filter(f -> modifiedBefore(f, before)).forEach(PendingUploads::delete);
        } catch (IOException e) {
            // nothing to sweep, or a directory another process cleans
        }
    }

    private static boolean modifiedBefore(Path file, Instant before) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left to the temporary directory's own cleaning
        }
    }
}
