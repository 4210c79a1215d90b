package dev.roster.spi.store;

import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.Person;
import dev.roster.spi.model.User;
import java.time.Instant;

/**
 * The orders a user list supports. Each defines the key a store sorts by; ties are broken by the
 * user id in the same direction. Stores must order exactly by these keys (strings by UTF-16 code
 * unit, as {@link String#compareTo} does) so that keyset cursors work the same in every adapter.
 */
public enum UserSort {
    /** By creation instant. */
    CREATED,
    /** By {@link dev.roster.spi.model.Profile#sortName()}. */
    NAME,
    /** By the canonical email. */
    EMAIL,
    /** By last login; a user who never logged in sorts as {@link #NEVER}. */
    LAST_LOGIN;

    /** The last-login key of a user who never logged in. */
    public static final Instant NEVER = Instant.EPOCH;

    /**
     * The key of {@code user} under this order.
     *
     * @param user the user
     * @return an {@link Instant} or a {@link String}
     */
    public Comparable<?> keyOf(User user) {
        return switch (this) {
            case CREATED -> user.createdAt();
            case NAME -> user.profile().sortName();
            case EMAIL -> user.email().canonical();
            case LAST_LOGIN -> user.lastLoginAt() == null ? NEVER : user.lastLoginAt();
        };
    }

    /**
     * The key of an open invitation in a people list under this order.
     *
     * @param invitation the invitation
     * @return an {@link Instant} or a {@link String}
     */
    public Comparable<?> keyOf(Invitation invitation) {
        return switch (this) {
            case CREATED -> invitation.createdAt();
            case NAME -> invitation.sortName();
            case EMAIL -> invitation.email().canonical();
            case LAST_LOGIN -> NEVER;
        };
    }

    /**
     * Where a person stands in a people list under this order.
     *
     * @param person the member or invitee
     * @return its position, to compare or to continue after
     */
    public PersonKeyset positionOf(Person person) {
        return new PersonKeyset(person.isInvitation() ? keyOf(person.invitation()) : keyOf(person.user()), person.isInvitation(), person.id());
    }
}
