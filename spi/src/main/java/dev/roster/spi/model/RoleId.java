package dev.roster.spi.model;

import java.util.regex.Pattern;

/** Names a role of the policy's catalog: 1 to 64 characters of [a-z0-9_.:-], starting with a letter. */
public record RoleId(String value) implements Comparable<RoleId> {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_.:-]{0,63}");

    /**
     * Checks the shape of the name.
     *
     * @param value the value
     */
    public RoleId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("role must be 1-64 characters of [a-z0-9_.:-] starting with a letter, got '" + value + "'");
        }
    }

    /**
     * A role by id.
     *
     * @param value 1 to 64 characters of [a-z0-9_.:-], starting with a letter
     * @return the role id
     * @throws IllegalArgumentException for another shape
     */
    public static RoleId of(String value) {
        return new RoleId(value);
    }

    @Override
    public int compareTo(RoleId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
