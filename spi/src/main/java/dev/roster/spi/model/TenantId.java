package dev.roster.spi.model;

import java.util.regex.Pattern;

/** A tenant's id, chosen by the host: 1 to 64 letters, digits, '.', '_' or '-'. */
public record TenantId(String value) implements Comparable<TenantId> {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TenantId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("tenant id must be 1-64 characters of [A-Za-z0-9._-], got '" + value + "'");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
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
