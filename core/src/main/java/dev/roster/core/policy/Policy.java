package dev.roster.core.policy;

import dev.roster.core.error.PolicyException;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that differs between products, as data. Build one with {@link #builder()}; it is
 * checked by {@link PolicyCheck} when built, and again when Roster is built.
 *
 * @param roles the role catalog, by id
 * @param permissions the permission catalog
 * @param adminPermission holding it makes a user an admin; a tenant always keeps one active admin
 * @param defaultRole given to invitations and new users that name no role
 * @param invitationExpiry how long an invitation stays open; empty for never
 * @param renewExpiryOnResend whether a resend starts the expiry over
 * @param maxBatchInvites how many addresses one batch invitation may hold
 * @param retention how long a soft-deleted user stays restorable (SOFT deletion only)
 * @param minimumAge minimum age in years at acceptance or creation when a date of birth is given
 * @param dateOfBirthRequired whether a date of birth must be given at acceptance or creation
 * @param operations the permission each admin operation requires
 * @param maxAttributes how many custom attributes a user may carry
 * @param importLimits how big an uploaded spreadsheet may be
 * @param userTypeDefinitions what each user type grants or denies, and which are public users
 */
public record Policy(
        Map<RoleId, RoleDefinition> roles,
        Set<Permission> permissions,
        Permission adminPermission,
        RoleId defaultRole,
        RoleCardinality roleCardinality,
        Set<String> userTypes,
        String defaultUserType,
        Optional<Duration> invitationExpiry,
        boolean renewExpiryOnResend,
        int maxBatchInvites,
        DeletionMode deletionMode,
        Duration retention,
        Optional<Integer> minimumAge,
        boolean dateOfBirthRequired,
        SeatRule seatRule,
        boolean allowSelfSuspend,
        boolean allowSelfDelete,
        Map<Operation, Permission> operations,
        int maxAttributes,
        ImportLimits importLimits,
        Map<String, UserTypeDefinition> userTypeDefinitions) {

    /**
     * Copies the collections and checks the policy as a whole.
     *
     * @param roles the role catalog, by id
     * @param permissions the permission catalog
     * @param adminPermission holding it makes a user an admin; a tenant always keeps one active admin
     * @param defaultRole given to invitations and new users that name no role
     * @param roleCardinality whether a user holds exactly one role or one or more
     * @param userTypes the user types a user may have
     * @param defaultUserType the type of users and invitations that name none
     * @param invitationExpiry how long an invitation stays open; empty for never
     * @param renewExpiryOnResend whether a resend starts the expiry over
     * @param maxBatchInvites how many addresses one batch invitation may hold
     * @param deletionMode whether deleting a user keeps it restorable (SOFT) or removes it at once (HARD)
     * @param retention how long a soft-deleted user stays restorable (SOFT deletion only)
     * @param minimumAge minimum age in years at acceptance or creation when a date of birth is given
     * @param dateOfBirthRequired whether a date of birth must be given at acceptance or creation
     * @param seatRule which users and invitations take a seat
     * @param allowSelfSuspend whether a member may suspend itself, even without the suspend permission
     * @param allowSelfDelete whether a member may delete itself, even without the delete permission
     * @param operations the permission each admin operation requires
     * @param maxAttributes how many custom attributes a user may carry
     * @param importLimits how big an uploaded spreadsheet may be
     * @param userTypeDefinitions what each user type grants or denies, and which are public users; a type
     *     of {@code userTypes} without one changes nothing, and a type defined here is a user type
     * @throws dev.roster.core.error.PolicyException listing every problem
     */
    public Policy {
        roles = Map.copyOf(roles);
        permissions = Set.copyOf(permissions);
        Map<String, UserTypeDefinition> types = new LinkedHashMap<>();
        userTypes.forEach(t -> types.put(t, UserTypeDefinition.of(t, t)));
        if (userTypeDefinitions != null) {
            types.putAll(userTypeDefinitions);
        }
        userTypeDefinitions = Map.copyOf(types);
        userTypes = Set.copyOf(types.keySet());
        if (seatRule != null) {
            // Public users never take a seat, whatever the seat rule lists.
            Set<String> excluded = new java.util.HashSet<>(seatRule.excludedUserTypes());
            types.values().stream().filter(UserTypeDefinition::publicUsers).forEach(t -> excluded.add(t.id()));
            seatRule = new SeatRule(seatRule.countedStatuses(), seatRule.countPendingInvitations(), excluded);
        }
        operations = Map.copyOf(operations);
        importLimits = importLimits == null ? ImportLimits.DEFAULT : importLimits;
        List<String> problems = PolicyCheck.problems(roles, permissions, adminPermission, defaultRole, roleCardinality, userTypes,
                defaultUserType, invitationExpiry, maxBatchInvites, deletionMode, retention, minimumAge, seatRule,
                operations, maxAttributes, userTypeDefinitions);
        if (!problems.isEmpty()) {
            throw new dev.roster.core.error.PolicyException(problems);
        }
    }

    /**
     * A user type's definition.
     *
     * @param userType the type's name
     * @return its definition; a type the policy does not know changes nothing
     */
    public UserTypeDefinition userType(String userType) {
        UserTypeDefinition type = userType == null ? null : userTypeDefinitions.get(userType);
        return type != null ? type : UserTypeDefinition.of(String.valueOf(userType), String.valueOf(userType));
    }

    /**
     * Whether users of a type are public users, who never sign in.
     *
     * @param userType the type's name
     * @return true for a public type
     */
    public boolean isPublic(String userType) {
        return userType != null && userTypeDefinitions.containsKey(userType) && userTypeDefinitions.get(userType).publicUsers();
    }

    /** {@return the public user types: their active users show as PUBLIC, never sign in and take no seat} */
    public Set<String> publicUserTypes() {
        return userTypeDefinitions.values().stream().filter(UserTypeDefinition::publicUsers).map(UserTypeDefinition::id)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The user type a tenant's first admin gets: the first type (by name) that grants the admin
     * permission, or else the default type.
     *
     * @return the type's name
     */
    public String adminUserType() {
        return PolicyCheck.adminUserType(userTypeDefinitions, adminPermission, defaultUserType);
    }

    /** {@return a builder with the documented defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder that starts from this policy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.roles.putAll(roles);
        b.permissions = permissions;
        b.adminPermission = adminPermission;
        b.defaultRole = defaultRole;
        b.roleCardinality = roleCardinality;
        b.userTypes = userTypes;
        b.defaultUserType = defaultUserType;
        b.invitationExpiry = invitationExpiry.orElse(null);
        b.renewExpiryOnResend = renewExpiryOnResend;
        b.maxBatchInvites = maxBatchInvites;
        b.deletionMode = deletionMode;
        b.retention = retention;
        b.minimumAge = minimumAge.orElse(null);
        b.dateOfBirthRequired = dateOfBirthRequired;
        b.seatRule = seatRule;
        b.allowSelfSuspend = allowSelfSuspend;
        b.allowSelfDelete = allowSelfDelete;
        b.operations.putAll(operations);
        b.maxAttributes = maxAttributes;
        b.importLimits = importLimits;
        b.typeDefinitions.putAll(userTypeDefinitions);
        return b;
    }

    /**
     * Whether an admin may grant or deny {@code permission} per user to someone holding {@code roles}.
     *
     * @param roles the roles
     * @param permission the permission
     * @return true when one role makes it overridable and none fixes it
     */
    public boolean isOverridable(Set<RoleId> roles, Permission permission) {
        boolean allowed = false;
        for (RoleId roleId : roles) {
            RoleDefinition role = role(roleId);
            if (role.fixed().contains(permission)) {
                return false;
            }
            allowed |= role.overridable().contains(permission);
        }
        return allowed;
    }

    /**
     * A role of the catalog.
     *
     * @param id the role
     * @return its definition
     * @throws IllegalArgumentException when the policy has no such role
     */
    public RoleDefinition role(RoleId id) {
        RoleDefinition role = roles.get(id);
        if (role == null) {
            throw new IllegalArgumentException("role '" + id + "' is not in the policy");
        }
        return role;
    }

    /**
     * The permission an operation requires: the configured one, else the admin permission.
     *
     * @param operation the operation
     * @return the permission
     */
    public Permission permissionFor(Operation operation) {
        return operations.getOrDefault(operation, adminPermission);
    }

    /**
     * Whether a member may perform {@code operation} on itself without its permission: suspending
     * itself under {@link #allowSelfSuspend()}, deleting itself under {@link #allowSelfDelete()}.
     *
     * @param operation the operation
     * @return true when the policy lets users do this to themselves
     */
    public boolean allowsSelfService(Operation operation) {
        return operation == Operation.SUSPEND && allowSelfSuspend || operation == Operation.DELETE && allowSelfDelete;
    }

    /** Assembles a policy; unset fields take the defaults documented on each setter. */
    public static final class Builder {
        private final Map<RoleId, RoleDefinition> roles = new LinkedHashMap<>();
        private Set<Permission> permissions = Set.of();
        private Permission adminPermission;
        private RoleId defaultRole;
        private RoleCardinality roleCardinality = RoleCardinality.EXACTLY_ONE;
        private Set<String> userTypes = Set.of("member");
        private String defaultUserType = "member";
        private Duration invitationExpiry = Duration.ofDays(7);
        private boolean renewExpiryOnResend = true;
        private int maxBatchInvites = 50;
        private DeletionMode deletionMode = DeletionMode.SOFT;
        private Duration retention = Duration.ofDays(30);
        private Integer minimumAge;
        private boolean dateOfBirthRequired;
        private SeatRule seatRule = SeatRule.ACTIVE_AND_SUSPENDED;
        private boolean allowSelfSuspend;
        private boolean allowSelfDelete;
        private final Map<Operation, Permission> operations = new EnumMap<>(Operation.class);
        private int maxAttributes = 20;
        private ImportLimits importLimits = ImportLimits.DEFAULT;
        private final Map<String, UserTypeDefinition> typeDefinitions = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a role to the catalog.
         *
         * @param role the role
         * @return this builder
         * @throws dev.roster.core.error.PolicyException when a role of that id is already in the catalog
         */
        public Builder role(RoleDefinition role) {
            if (roles.putIfAbsent(role.id(), role) != null) {
                throw new dev.roster.core.error.PolicyException(List.of("roles." + role.id() + ": defined twice; a role is added once"));
            }
            return this;
        }
        /**
         * Replaces a role of the catalog, as when a preset is adapted with {@code toBuilder()}.
         *
         * @param role the new definition
         * @return this builder
         * @throws dev.roster.core.error.PolicyException when the catalog has no role of that id
         */
        public Builder replaceRole(RoleDefinition role) {
            if (roles.replace(role.id(), role) == null) {
                throw new dev.roster.core.error.PolicyException(List.of("roles." + role.id() + ": not in the catalog; add it with role()"));
            }
            return this;
        }
        /**
         * Sets the permission catalog.
         *
         * @param value the permissions
         * @return this builder
         */
        public Builder permissions(Set<Permission> value) { permissions = value; return this; }
        /**
         * Sets the permission whose holders are admins (required).
         *
         * @param value the permission
         * @return this builder
         */
        public Builder adminPermission(Permission value) { adminPermission = value; return this; }
        /**
         * Sets the role of invitations and new users that name none (required).
         *
         * @param value the role
         * @return this builder
         */
        public Builder defaultRole(RoleId value) { defaultRole = value; return this; }
        /**
         * Default: EXACTLY_ONE.
         *
         * @param value one role per user, or one or more
         * @return this builder
         */
        public Builder roleCardinality(RoleCardinality value) { roleCardinality = value; return this; }
        /**
         * Default: the single type "member".
         *
         * @param types the user types
         * @param defaultType the type of users that name none
         * @return this builder
         */
        public Builder userTypes(Set<String> types, String defaultType) {
            userTypes = types;
            defaultUserType = defaultType;
            typeDefinitions.keySet().retainAll(types);
            return this;
        }

        /**
         * Adds a user type, or defines one {@link #userTypes} named: what it grants or denies, and
         * whether its users are public users.
         *
         * @param type the type
         * @return this builder
         */
        public Builder userType(UserTypeDefinition type) {
            typeDefinitions.put(type.id(), type);
            Set<String> names = new java.util.LinkedHashSet<>(userTypes);
            names.add(type.id());
            userTypes = names;
            return this;
        }
        /**
         * Default: 7 days.
         *
         * @param value how long an invitation stays open; null for never
         * @return this builder
         */
        public Builder invitationExpiry(Duration value) { invitationExpiry = value; return this; }
        /**
         * Default: true.
         *
         * @param value whether a resend starts the expiry over
         * @return this builder
         */
        public Builder renewExpiryOnResend(boolean value) { renewExpiryOnResend = value; return this; }
        /**
         * Default: 50.
         *
         * @param value how many addresses one batch may hold
         * @return this builder
         */
        public Builder maxBatchInvites(int value) { maxBatchInvites = value; return this; }
        /**
         * Default: SOFT with a 30-day retention window.
         *
         * @param mode soft or hard
         * @param retentionWindow how long a soft-deleted user stays restorable; null (or zero) for hard deletion
         * @return this builder
         */
        public Builder deletion(DeletionMode mode, Duration retentionWindow) { deletionMode = mode; retention = retentionWindow; return this; }
        /**
         * Default: no minimum age, date of birth optional.
         *
         * @param years the minimum age at acceptance or creation; null for none
         * @param required whether a date of birth must be given
         * @return this builder
         */
        public Builder minimumAge(Integer years, boolean required) { minimumAge = years; dateOfBirthRequired = required; return this; }
        /**
         * Default: ACTIVE and SUSPENDED users take seats, invitations do not.
         *
         * @param value who takes a seat
         * @return this builder
         */
        public Builder seatRule(SeatRule value) { seatRule = value; return this; }
        /**
         * Default: false for both.
         *
         * @param selfSuspend whether a member may suspend itself, even without the suspend permission
         * @param selfDelete whether a member may delete itself, even without the delete permission (the
         *        last active admin still may not)
         * @return this builder
         */
        public Builder selfService(boolean selfSuspend, boolean selfDelete) { allowSelfSuspend = selfSuspend; allowSelfDelete = selfDelete; return this; }
        /**
         * Default for every operation: the admin permission.
         *
         * @param operation the operation
         * @param required the permission it requires
         * @return this builder
         */
        public Builder operation(Operation operation, Permission required) { operations.put(operation, required); return this; }
        /**
         * Default: 20.
         *
         * @param value how many custom attributes a user may carry
         * @return this builder
         */
        public Builder maxAttributes(int value) { maxAttributes = value; return this; }
        /**
         * Default: {@link ImportLimits#DEFAULT}.
         *
         * @param value how big an uploaded spreadsheet may be
         * @return this builder
         */
        public Builder importLimits(ImportLimits value) { importLimits = value; return this; }

        /**
         * {@return the policy}
         *
         * @throws dev.roster.core.error.PolicyException listing every problem
         */
        public Policy build() {
            return new Policy(roles, permissions, adminPermission, defaultRole, roleCardinality, userTypes, defaultUserType,
                    Optional.ofNullable(invitationExpiry), renewExpiryOnResend, maxBatchInvites, deletionMode, retention,
                    Optional.ofNullable(minimumAge), dateOfBirthRequired, seatRule, allowSelfSuspend, allowSelfDelete,
                    operations, maxAttributes, importLimits, typeDefinitions);
        }
    }
}
