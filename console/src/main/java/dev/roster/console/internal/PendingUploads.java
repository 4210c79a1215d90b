package dev.roster.console.internal;

import dev.roster.core.access.Actor;
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

/**
 * Files checked by a dry run and waiting for the admin to apply them, so the report page need not ask for
 * the file again. Each is kept in a temporary file under a random name for the actor who uploaded it, for
 * half an hour, and on this instance only: behind several instances without sticky sessions, an apply that
 * reaches another one is told to upload the file again (nothing is invited twice or lost).
 */
final class PendingUploads {
    static final Duration KEPT = Duration.ofMinutes(30);
    private static final int MOST = 32;

    private record Pending(Actor actor, Path file, String fileName, Instant until) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PendingUploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps a copy of the file for the actor; returns the name the apply form carries. */
    String keep(Actor actor, InputStream file, String fileName) {
        try {
            Path copy = Files.createTempFile("roster-import-", ".pending");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            byte[] id = new byte[16];
            random.nextBytes(id);
            String key = HexFormat.of().formatHex(id);
            synchronized (pending) {
                expire();
                while (pending.size() >= MOST) {
                    Iterator<Pending> oldest = pending.values().iterator();
                    delete(oldest.next().file());
                    oldest.remove();
                }
                pending.put(key, new Pending(actor, copy, fileName, clock.instant().plus(KEPT)));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the file kept under this name, if it is still here and the same actor asks; its owner deletes it after use. */
    Optional<Taken> take(Actor actor, String key) {
        synchronized (pending) {
            expire();
            Pending found = pending.get(key);
            if (found == null || !found.actor().equals(actor)) {
                return Optional.empty();
            }
            pending.remove(key);
            return Optional.of(new Taken(found.file(), found.fileName()));
        }
    }

    /** A kept file, handed over to be applied; closing deletes it. */
    record Taken(Path file, String fileName) implements AutoCloseable {
        @Override
        public void close() {
            delete(file);
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

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left to the temporary directory's own cleaning
        }
    }
}
