package dev.roster.core.internal;

import dev.roster.core.error.ValidationException;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.InvitationKeyset;
import dev.roster.spi.store.PersonKeyset;
import dev.roster.spi.store.UserKeyset;
import dev.roster.spi.store.UserSort;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Opaque keyset cursors: the sort, direction, last id and last key, base64url-encoded. Hosts pass
 * them back unchanged; a cursor from another sort or a tampered one is a validation error.
 */
public final class Cursors {
    private static final String VERSION = "c1";

    private Cursors() {
    }

    public static String encode(UserSort sort, boolean descending, UserKeyset keyset) {
        return encode(VERSION + "|" + sort + "|" + (descending ? "d" : "a") + "|" + keyset.id() + "|" + key(keyset.key()));
    }

    public static UserKeyset decode(String cursor, UserSort sort, boolean descending) {
        String[] parts = decode(cursor).split("\\|", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        if (!parts[1].equals(sort.name()) || !parts[2].equals(descending ? "d" : "a")) {
            throw ValidationException.of("cursor", "belongs to a list with another sort order");
        }
        boolean instantSort = sort == UserSort.CREATED || sort == UserSort.LAST_LOGIN;
        return parsed(() -> {
            Comparable<?> key = parseKey(parts[4]);
            if (instantSort != key instanceof Instant) {
                throw invalid();
            }
            return new UserKeyset(key, UserId.parse(parts[3]));
        });
    }

    /** A people-list position: tagged apart from a member list's, with the kind of the last person seen. */
    public static String encode(UserSort sort, boolean descending, PersonKeyset keyset) {
        return encode(VERSION + "|people-" + sort + "|" + (descending ? "d" : "a") + "|" + (keyset.invitation() ? "i" : "m") + keyset.id()
                + "|" + key(keyset.key()));
    }

    public static PersonKeyset decodePeople(String cursor, UserSort sort, boolean descending) {
        String[] parts = decode(cursor).split("\\|", 5);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || !parts[1].startsWith("people-") || parts[3].isEmpty()) {
            throw invalid();
        }
        if (!parts[1].equals("people-" + sort.name()) || !parts[2].equals(descending ? "d" : "a")) {
            throw ValidationException.of("cursor", "belongs to a list with another sort order");
        }
        char kind = parts[3].charAt(0);
        if (kind != 'i' && kind != 'm') {
            throw invalid();
        }
        boolean instantSort = sort == UserSort.CREATED || sort == UserSort.LAST_LOGIN;
        return parsed(() -> {
            Comparable<?> key = parseKey(parts[4]);
            if (instantSort != key instanceof Instant) {
                throw invalid();
            }
            return new PersonKeyset(key, kind == 'i', UserId.parse(parts[3].substring(1)).value());
        });
    }

    public static String encode(InvitationKeyset keyset) {
        return encodeTimed("inv", keyset.createdAt(), keyset.id().toString());
    }

    public static InvitationKeyset decodeInvitation(String cursor) {
        Timed position = decodeTimed(cursor, "inv");
        return parsed(() -> new InvitationKeyset(position.at(), InvitationId.parse(position.id())));
    }

    /** A position in a list ordered by an instant and then an id, tagged with the list it belongs to. */
    public static String encodeTimed(String list, Instant at, String id) {
        return encode(VERSION + "|" + list + "|" + id + "|" + key(at));
    }

    public static Timed decodeTimed(String cursor, String list) {
        String[] parts = decode(cursor).split("\\|", 4);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !list.equals(parts[1])) {
            throw invalid();
        }
        return parsed(() -> new Timed((Instant) parseKey(parts[3]), parts[2]));
    }

    /** What {@link #decodeTimed} finds: the instant and the id, as text. */
    public record Timed(Instant at, String id) {
    }

    /**
     * Builds what a cursor holds; anything a forged cursor can make go wrong (a number out of range,
     * an instant no store holds, a key with control characters) is the same validation error.
     */
    private static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | ClassCastException | DateTimeException | ArithmeticException | InvalidValueException e) {
            throw invalid();
        }
    }

    private static String key(Comparable<?> key) {
        if (key instanceof Instant instant) {
            return "t" + instant.getEpochSecond() + ":" + instant.getNano();
        }
        return "s" + key;
    }

    private static Comparable<?> parseKey(String text) {
        if (text.startsWith("t")) {
            String[] secondsAndNanos = text.substring(1).split(":", 2);
            if (secondsAndNanos.length != 2) {
                throw new IllegalArgumentException("bad instant");
            }
            long nanos = Long.parseLong(secondsAndNanos[1]);
            if (nanos < 0 || nanos > 999_999_999) {
                throw new IllegalArgumentException("bad nanoseconds");
            }
            Instant instant = Instant.ofEpochSecond(Long.parseLong(secondsAndNanos[0]), nanos);
            if (!Limits.isStorable(instant)) {
                throw new IllegalArgumentException("instant out of range");
            }
            return instant;
        }
        if (text.startsWith("s")) {
            return text.substring(1);
        }
        throw new IllegalArgumentException("bad key");
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a cursor this list produced");
    }
}
