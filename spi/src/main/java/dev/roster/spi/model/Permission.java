package dev.roster.spi.model;

import java.util.regex.Pattern;

/** Names a permission of the policy's catalog: 1 to 96 characters of [a-z0-9_.:-], starting with a letter. */
public record Permission(String value) implements Comparable<Permission> {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_.:-]{0,95}");

    /**
     * Checks the shape of the name.
     *
     * @param value the value
     */
    public Permission {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("permission must be 1-96 characters of [a-z0-9_.:-] starting with a letter, got '" + value + "'");
        }
    }

    /**
     * A permission by name.
     *
     * @param value 1 to 96 characters of [a-z0-9_.:-], starting with a letter
     * @return the permission
     * @throws IllegalArgumentException for another shape
     */
    public static Permission of(String value) {
        return new Permission(value);
    }

    @Override
    public int compareTo(Permission other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
