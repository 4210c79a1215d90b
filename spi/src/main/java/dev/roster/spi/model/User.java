package dev.roster.spi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A member of a tenant as stored. Immutable; change it with {@link #toBuilder()}.
 *
 * <p>{@code admin} is derived by core (the user's effective permissions hold the policy's admin
 * permission) and stored so that a store can count a tenant's active admins without knowing the
 * policy. {@code deletion} is set exactly when the status is {@link UserStatus#DELETED}.
 * {@code version} is the optimistic-lock counter the store checks and advances on each update.
 * Credentials are not part of a user record.
 */
public record User(
        UserId id,
        TenantId tenantId,
        EmailAddress email,
        Profile profile,
        String userType,
        Set<RoleId> roles,
        Map<Permission, Effect> overrides,
        Set<GroupId> groups,
        UserStatus status,
        boolean admin,
        RegistrationSource registration,
        Map<String, String> attributes,
        Instant createdAt,
        Instant updatedAt,
        Instant lastLoginAt,
        Deletion deletion,
        long version) {

    /**
     * Checks the fields, copies the collections, and requires {@code deletion} exactly when the status is DELETED.
     *
     * @param id the id
     * @param tenantId the tenant id
     * @param email the email
     * @param profile the profile
     * @param userType the user type
     * @param roles the roles
     * @param overrides the overrides
     * @param groups the groups
     * @param status the status
     * @param admin the admin
     * @param registration the registration
     * @param attributes the attributes
     * @param createdAt the created at
     * @param updatedAt the updated at
     * @param lastLoginAt the last login at
     * @param deletion the deletion
     * @param version the version
     */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(userType, "userType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        roles = Set.copyOf(roles);
        overrides = Map.copyOf(overrides);
        groups = Set.copyOf(groups);
        attributes = Map.copyOf(attributes);
        registration = registration == null ? RegistrationSource.NONE : registration;
        if ((status == UserStatus.DELETED) != (deletion != null)) {
            throw new IllegalArgumentException("user " + id + ": deletion must be set exactly when status is DELETED");
        }
    }

    /** {@return the roles the user has, or for a deleted user the roles it had} What a "recently deleted" list shows. */
    public Set<RoleId> lastRoles() {
        return deletion == null ? roles : deletion.priorRoles();
    }

    /**
     * Whether the user is deleted and its window to be restored has ended: it reads as gone.
     *
     * @param now the instant to judge at
     * @return true when deleted and at or past its purge-after instant
     */
    public boolean isPurgeable(Instant now) {
        return deletion != null && !now.isBefore(deletion.purgeAfter());
    }

    /**
     * This user at another version; stores use it to advance the version on update.
     *
     * @param newVersion the version
     * @return the user at that version
     */
    public User withVersion(long newVersion) {
        return new User(id, tenantId, email, profile, userType, roles, overrides, groups, status, admin, registration, attributes,
                createdAt, updatedAt, lastLoginAt, deletion, newVersion);
    }

    /** {@return a builder that copies this user with some fields changed} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Copies a user with some fields changed. */
    public static final class Builder {
        private final User base;
        private EmailAddress email;
        private Profile profile;
        private Set<RoleId> roles;
        private Map<Permission, Effect> overrides;
        private Set<GroupId> groups;
        private UserStatus status;
        private boolean admin;
        private Map<String, String> attributes;
        private Instant updatedAt;
        private Instant lastLoginAt;
        private Deletion deletion;

        private Builder(User base) {
            this.base = base;
            this.email = base.email;
            this.profile = base.profile;
            this.roles = base.roles;
            this.overrides = base.overrides;
            this.groups = base.groups;
            this.status = base.status;
            this.admin = base.admin;
            this.attributes = base.attributes;
            this.updatedAt = base.updatedAt;
            this.lastLoginAt = base.lastLoginAt;
            this.deletion = base.deletion;
        }

        /**
         * Sets the address.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder email(EmailAddress value) { this.email = value; return this; }
        /**
         * Sets the profile.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder profile(Profile value) { this.profile = value; return this; }
        /**
         * Sets the roles.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder roles(Set<RoleId> value) { this.roles = value; return this; }
        /**
         * Sets the per-user grants and denies.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder overrides(Map<Permission, Effect> value) { this.overrides = value; return this; }
        /**
         * Sets the groups.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder groups(Set<GroupId> value) { this.groups = value; return this; }
        /**
         * Sets the status.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(UserStatus value) { this.status = value; return this; }
        /**
         * Sets whether the user holds the admin permission (core derives it).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder admin(boolean value) { this.admin = value; return this; }
        /**
         * Sets the custom attributes.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder attributes(Map<String, String> value) { this.attributes = value; return this; }
        /**
         * Sets when it last changed.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }
        /**
         * Sets when it last signed in.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder lastLoginAt(Instant value) { this.lastLoginAt = value; return this; }
        /**
         * Sets what a soft delete remembers; null unless DELETED.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder deletion(Deletion value) { this.deletion = value; return this; }

        /** {@return the user with the fields set} */
        public User build() {
            return new User(base.id, base.tenantId, email, profile, base.userType, roles, overrides, groups, status,
                    admin, base.registration, attributes, base.createdAt, updatedAt, lastLoginAt, deletion, base.version);
        }
    }
}
