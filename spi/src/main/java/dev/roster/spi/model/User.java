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

    /** The roles the user has, or for a deleted user the roles it had: what a "recently deleted" list shows. */
    public Set<RoleId> lastRoles() {
        return deletion == null ? roles : deletion.priorRoles();
    }

    /** Whether the user is deleted and its window to be restored has ended at {@code now}: it reads as gone. */
    public boolean isPurgeable(Instant now) {
        return deletion != null && !now.isBefore(deletion.purgeAfter());
    }

    /** This user at another version; stores use it to advance the version on update. */
    public User withVersion(long newVersion) {
        return new User(id, tenantId, email, profile, userType, roles, overrides, groups, status, admin, registration, attributes,
                createdAt, updatedAt, lastLoginAt, deletion, newVersion);
    }

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

        public Builder email(EmailAddress value) { this.email = value; return this; }
        public Builder profile(Profile value) { this.profile = value; return this; }
        public Builder roles(Set<RoleId> value) { this.roles = value; return this; }
        public Builder overrides(Map<Permission, Effect> value) { this.overrides = value; return this; }
        public Builder groups(Set<GroupId> value) { this.groups = value; return this; }
        public Builder status(UserStatus value) { this.status = value; return this; }
        public Builder admin(boolean value) { this.admin = value; return this; }
        public Builder attributes(Map<String, String> value) { this.attributes = value; return this; }
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }
        public Builder lastLoginAt(Instant value) { this.lastLoginAt = value; return this; }
        public Builder deletion(Deletion value) { this.deletion = value; return this; }

        public User build() {
            return new User(base.id, base.tenantId, email, profile, base.userType, roles, overrides, groups, status,
                    admin, base.registration, attributes, base.createdAt, updatedAt, lastLoginAt, deletion, base.version);
        }
    }
}
