package dev.roster.spi.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One row of a people list: a member, or an open invitation shown as a pending person. Exactly one
 * of {@code user} and {@code invitation} is set.
 *
 * @param user the member, or null for a pending person
 * @param invitation the open invitation, or null for a member
 * @param status what the list shows beside the person
 */
public record Person(User user, Invitation invitation, PersonStatus status) {
    /**
     * Requires exactly one of the user and the invitation, and a status that fits it.
     *
     * @param user the member, or null for a pending person
     * @param invitation the open invitation, or null for a member
     * @param status what the list shows beside the person
     */
    public Person {
        Objects.requireNonNull(status, "status");
        if ((user == null) == (invitation == null)) {
            throw new IllegalArgumentException("a person is a member or an invitation, exactly one");
        }
        if ((invitation != null) != (status == PersonStatus.PENDING)) {
            throw new IllegalArgumentException("a person is PENDING exactly when it is an invitation");
        }
    }

    /**
     * A member, with the status it shows.
     *
     * @param user the member
     * @param publicTypes the policy's public user types
     * @return the person
     */
    public static Person member(User user, Set<String> publicTypes) {
        return new Person(user, null, PersonStatus.of(user, publicTypes));
    }

    /**
     * An open invitation, shown as a pending person.
     *
     * @param invitation the invitation
     * @return the person
     */
    public static Person invitee(Invitation invitation) {
        return new Person(null, invitation, PersonStatus.PENDING);
    }

    /** {@return whether this is an invitation rather than a member} */
    public boolean isInvitation() {
        return invitation != null;
    }

    /** {@return the member, if this is one} */
    public Optional<User> member() {
        return Optional.ofNullable(user);
    }

    /** {@return the invitation, if this is a pending person} */
    public Optional<Invitation> openInvitation() {
        return Optional.ofNullable(invitation);
    }

    /** {@return the user id or the invitation id: unique within a kind, and the list's last tie-breaker} */
    public UUID id() {
        return user != null ? user.id().value() : invitation.id().value();
    }

    /** {@return the address} */
    public EmailAddress email() {
        return user != null ? user.email() : invitation.email();
    }

    /** {@return the name to show: the member's display name, or the invitee's name if the inviter gave one} */
    public Optional<String> name() {
        return Optional.ofNullable(user != null ? user.profile().displayName() : invitation.invitee().shownName());
    }

    /** {@return the roles held, or those a deleted member held, or those the invitation grants} */
    public Set<RoleId> roles() {
        return user != null ? user.lastRoles() : invitation.roles();
    }

    /** {@return the user type, or the one the invitation gives} */
    public String userType() {
        return user != null ? user.userType() : invitation.userType();
    }

    /** {@return when the member was created or the invitation sent first} */
    public Instant createdAt() {
        return user != null ? user.createdAt() : invitation.createdAt();
    }

    /** {@return the member's last sign-in; empty for one who never signed in and for an invitee} */
    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(user == null ? null : user.lastLoginAt());
    }

    /**
     * Orders two people's ids as every store orders them (unsigned, byte by byte, as a database orders UUIDs).
     *
     * @param a one id
     * @param b the other
     * @return negative, zero or positive
     */
    public static int compareIds(UUID a, UUID b) {
        return Ids.compareUnsigned(a, b);
    }
}
