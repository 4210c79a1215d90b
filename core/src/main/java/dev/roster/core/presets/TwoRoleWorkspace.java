package dev.roster.core.presets;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.time.Duration;
import java.util.Set;

/**
 * A workspace with exactly two roles and one role per user: admins run the admin panel, standard
 * users work in it. Invitations expire after a week; a deleted user waits 30 days in "recently
 * deleted", restorable with its role, before it is purged.
 */
public final class TwoRoleWorkspace {
    /** Opens the admin panel: users, teams, integrations, settings. Makes a user an admin. */
    public static final Permission ADMIN_PANEL = Permission.of("admin_panel.access");
    /** Chats, assistants, apps and the library. */
    public static final Permission WORKSPACE = Permission.of("workspace.use");
    /** The admin role. */
    public static final RoleId ADMIN = RoleId.of("admin");
    /** The standard end-user role, given when no other is named. */
    public static final RoleId USER = RoleId.of("user");
    /** How long a deleted user stays restorable. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private TwoRoleWorkspace() {
    }

    /** {@return the policy} */
    public static Policy policy() {
        return Policy.builder()
                .permissions(Set.of(ADMIN_PANEL, WORKSPACE)).adminPermission(ADMIN_PANEL)
                .role(RoleDefinition.of(ADMIN.value(), "Admin", Set.of(ADMIN_PANEL, WORKSPACE)))
                .role(RoleDefinition.of(USER.value(), "Standard user", Set.of(WORKSPACE)))
                .defaultRole(USER).roleCardinality(RoleCardinality.EXACTLY_ONE)
                .invitationExpiry(Duration.ofDays(7))
                .deletion(DeletionMode.SOFT, RETENTION)
                .build();
    }
}
