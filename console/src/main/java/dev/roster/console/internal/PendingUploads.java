package dev.roster.console.internal;

import dev.roster.core.access.Actor;
import dev.roster.core.importing.ImportOptions;
import dev.roster.spi.model.RoleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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

    private record Pending(Actor actor, Path file, String fileName, Options options, byte[] digest, Instant until) {
    }

    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Path directory;

    PendingUploads(Clock clock) {
        this.clock = clock;
        this.directory = privateDirectory();
        sweep(directory, Instant.now().minus(KEPT));
    }

    /**
     * The shared temporary directory's {@code roster-console-imports}, if this process's user owns it and
     * only that user may enter it (so a file left by a crash is swept by the next start); else a fresh
     * private one. Another local account must neither read a waiting file nor swap it.
     */
    private static Path privateDirectory() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempDirectory(tmp, "roster-console-imports-");
            }
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
            Path shared = tmp.resolve("roster-console-imports");
            try {
                Files.createDirectory(shared, PosixFilePermissions.asFileAttribute(ownerOnly));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made before: used only if this user owns it (a real directory, not a link), and then closed to others
            }
            boolean ours = Files.isDirectory(shared, LinkOption.NOFOLLOW_LINKS) && Files.getOwner(shared, LinkOption.NOFOLLOW_LINKS).equals(
                    FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name")));
            if (!ours) {
                return Files.createTempDirectory(tmp, "roster-console-imports-", PosixFilePermissions.asFileAttribute(ownerOnly));
            }
            Files.setPosixFilePermissions(shared, ownerOnly); // ours: nobody else enters it from now on
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a copy of the file for the actor; returns the name the apply form carries. */
    String keep(Actor actor, InputStream file, String fileName, Options options) {
        try {
            Path copy = Files.createTempFile(directory, PREFIX, ".pending"); // owner-only, and kept so: written, not replaced
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(copy), sha256)) {
                file.transferTo(out);
            }
            byte[] id = new byte[16];
            random.nextBytes(id);
            String key = HexFormat.of().formatHex(id);
            synchronized (pending) {
                expire();
                dropOldest(p -> p.actor().equals(actor), PER_ACTOR - 1);
                dropOldest(p -> true, MOST - 1);
                pending.put(key, new Pending(actor, copy, fileName, options, sha256.digest(), clock.instant().plus(KEPT)));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
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
            Taken taken = new Taken(found.file(), found.fileName(), found.options());
            if (!Arrays.equals(found.digest(), digestOf(found.file()))) {
                taken.close(); // not the bytes that were checked: nothing of it is sent
                return Optional.empty();
            }
            return Optional.of(taken);
        }
    }

    private static byte[] digestOf(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (IOException e) {
            return new byte[0];
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
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
