package dev.roster.spi.model;

import java.util.UUID;

/** Helpers shared by the UUID-backed ids. */
final class Ids {
    private Ids() {
    }

    /**
     * Orders UUIDs as PostgreSQL and a byte-wise comparison do (unsigned), not as
     * {@link UUID#compareTo} does (signed), so every adapter pages in the same order.
     */
    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static UUID parse(String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a UUID: '" + text + "'", e);
        }
    }
}
