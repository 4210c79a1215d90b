package dev.roster.spi.model;

import java.util.regex.Pattern;

/** A tenant's id, chosen by the host: 1 to 64 letters, digits, '.', '_' or '-'. */
public record TenantId(String value) implements Comparable<TenantId> {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Checks the shape of the id.
     *
     * @param value the value
     */
    public TenantId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("tenant id must be 1-64 characters of [A-Za-z0-9._-], got '" + value + "'");
        }
    }

    /**
     * A tenant by id.
     *
     * @param value 1 to 64 letters, digits, '.', '_' or '-'
     * @return the tenant id
     * @throws IllegalArgumentException for another shape
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    // Written out rather than generated: tenant ids are hash keys on hot paths (permission checks).
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof TenantId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
