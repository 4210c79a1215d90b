package dev.roster.core.policy;

import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds every inconsistency in a policy's fields, so a bad policy fails at startup with a full list. */
final class PolicyCheck {
    private PolicyCheck() {
    }

    @SuppressWarnings("java:S107")
    static List<String> problems(Map<RoleId, RoleDefinition> roles, Set<Permission> permissions, Permission adminPermission,
            RoleId defaultRole, RoleCardinality roleCardinality, Set<String> userTypes, String defaultUserType, Optional<Duration> invitationExpiry,
            int maxBatchInvites, DeletionMode deletionMode, Duration retention, Optional<Integer> minimumAge,
            SeatRule seatRule, Map<Operation, Permission> operations, int maxAttributes, Map<String, UserTypeDefinition> types) {
        List<String> problems = new ArrayList<>();
        if (roles.isEmpty()) {
            problems.add("roles: at least one role is required");
        }
        if (adminPermission == null || !permissions.contains(adminPermission)) {
            problems.add("adminPermission: '" + adminPermission + "' must be in the permission catalog");
        } else if (roles.values().stream().noneMatch(r -> r.permissions().contains(adminPermission))) {
            problems.add("adminPermission: no role grants '" + adminPermission + "', so no tenant could have an admin");
        }
        if (defaultRole == null || !roles.containsKey(defaultRole)) {
            problems.add("defaultRole: '" + defaultRole + "' is not a role of the policy");
        }
        for (RoleDefinition role : roles.values()) {
            checkRole(role, permissions, problems);
        }
        if (roleCardinality == null) {
            problems.add("roleCardinality: required (EXACTLY_ONE or ONE_OR_MORE)");
        }
        if (userTypes.isEmpty() || !userTypes.contains(defaultUserType)) {
            problems.add("defaultUserType: '" + defaultUserType + "' must be one of the user types " + userTypes);
        }
        invitationExpiry.filter(d -> d.isZero() || d.isNegative())
                .ifPresent(d -> problems.add("invitationExpiry: must be positive, got " + d));
        if (maxBatchInvites < 1) {
            problems.add("maxBatchInvites: must be at least 1, got " + maxBatchInvites);
        }
        if (deletionMode == null) {
            problems.add("deletionMode: required");
        } else if (deletionMode == DeletionMode.SOFT && (retention == null || retention.isZero() || retention.isNegative())) {
            problems.add("retention: a soft-delete policy needs a positive retention window, got " + retention);
        } else if (deletionMode == DeletionMode.HARD && retention != null && !retention.isZero()) {
            problems.add("retention: a hard-delete policy keeps nothing to restore, so it takes no retention window (null), got "
                    + retention);
        }
        minimumAge.filter(a -> a < 0 || a > 150).ifPresent(a -> problems.add("minimumAge: must be 0-150, got " + a));
        if (seatRule == null) {
            problems.add("seatRule: required");
        } else if (!userTypes.containsAll(seatRule.excludedUserTypes())) {
            problems.add("seatRule.excludedUserTypes: " + seatRule.excludedUserTypes() + " are not all user types of the policy");
        }
        operations.forEach((operation, permission) -> {
            if (!permissions.contains(permission)) {
                problems.add("operations." + operation + ": '" + permission + "' is not in the permission catalog");
            }
        });
        types.values().forEach(type -> checkType(type, permissions, adminPermission, defaultUserType, problems));
        UserTypeDefinition firstAdmins = types.get(adminUserType(types, adminPermission, defaultUserType));
        if (firstAdmins != null && Boolean.FALSE.equals(firstAdmins.decides(adminPermission))) {
            problems.add("userTypes." + firstAdmins.id() + ": a tenant's first admin gets this type, which denies the admin permission '"
                    + adminPermission + "'; let a type grant it");
        }
        if (maxAttributes < 0) {
            problems.add("maxAttributes: must not be negative, got " + maxAttributes);
        }
        return problems;
    }

    static String adminUserType(Map<String, UserTypeDefinition> types, Permission adminPermission, String defaultUserType) {
        return types.values().stream().filter(t -> t.grants().contains(adminPermission)).map(UserTypeDefinition::id).sorted().findFirst()
                .orElse(defaultUserType);
    }

    private static void checkType(UserTypeDefinition type, Set<Permission> permissions, Permission adminPermission, String defaultUserType,
            List<String> problems) {
        String at = "userTypes." + type.id();
        java.util.stream.Stream.concat(type.grants().stream(), type.denies().stream()).filter(p -> !permissions.contains(p))
                .forEach(p -> problems.add(at + ": '" + p + "' is not in the permission catalog"));
        type.grants().stream().filter(type.denies()::contains)
                .forEach(p -> problems.add(at + ": '" + p + "' is both granted and denied"));
        if (type.publicUsers() && type.grants().contains(adminPermission)) {
            problems.add(at + ": public users cannot hold the admin permission '" + adminPermission + "'");
        }
        if (type.publicUsers() && type.id().equals(defaultUserType)) {
            problems.add(at + ": the default user type cannot be public (every invitation would make a public user)");
        }
    }

    private static void checkRole(RoleDefinition role, Set<Permission> permissions, List<String> problems) {
        String at = "roles." + role.id();
        for (Permission p : role.permissions()) {
            if (!permissions.contains(p)) {
                problems.add(at + ".permissions: '" + p + "' is not in the permission catalog");
            }
        }
        for (Permission p : role.fixed()) {
            if (!role.permissions().contains(p)) {
                problems.add(at + ".fixed: '" + p + "' must also be one of the role's permissions");
            }
            if (role.overridable().contains(p)) {
                problems.add(at + ".overridable: '" + p + "' is fixed and cannot be overridable too");
            }
        }
        for (Permission p : role.overridable()) {
            if (!permissions.contains(p)) {
                problems.add(at + ".overridable: '" + p + "' is not in the permission catalog");
            }
        }
    }
}
