package dev.roster.core.support;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Operation;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.SeatRule;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.UserStatus;
import java.time.Duration;
import java.util.Set;

/** A policy with every kind of rule, for the core tests. */
public final class TestPolicies {
    public static final Permission MANAGE = Permission.of("users.manage");
    public static final Permission CHAT = Permission.of("chat.use");
    public static final Permission EXPORT = Permission.of("data.export");
    public static final Permission API = Permission.of("api.access");
    public static final Permission AGENTS = Permission.of("agents.create");
    public static final RoleId ADMIN = RoleId.of("admin");
    public static final RoleId MEMBER = RoleId.of("member");
    public static final RoleId VIEWER = RoleId.of("viewer");

    private TestPolicies() {
    }

    /**
     * admin: everything, users.manage and data.export fixed on. member: chat and export, may be
     * overridden on export, api and agents. viewer: export only, overridable on export and api.
     * User types member, bot_admin and public (public takes no seat). One role per user.
     */
    public static Policy.Builder standard() {
        return Policy.builder()
                .permissions(Set.of(MANAGE, CHAT, EXPORT, API, AGENTS))
                .adminPermission(MANAGE)
                .role(RoleDefinition.of("admin", "Admin", Set.of(MANAGE, CHAT, EXPORT, API, AGENTS)).withFixed(Set.of(MANAGE, EXPORT)))
                .role(RoleDefinition.of("member", "Member", Set.of(CHAT, EXPORT)).withOverridable(Set.of(EXPORT, API, AGENTS, MANAGE)))
                .role(RoleDefinition.of("viewer", "Viewer", Set.of(EXPORT)).withOverridable(Set.of(EXPORT, API)))
                .defaultRole(MEMBER)
                .userTypes(Set.of("member", "bot_admin", "public"), "member")
                .seatRule(new SeatRule(Set.of(UserStatus.ACTIVE, UserStatus.SUSPENDED), false, Set.of("public")))
                .invitationExpiry(Duration.ofDays(7))
                .deletion(dev.roster.core.policy.DeletionMode.SOFT, Duration.ofDays(30))
                .maxBatchInvites(50);
    }

    public static final Permission OWN = Permission.of("tenant.own");
    public static final RoleId OWNER = RoleId.of("owner");
    public static final RoleId MANAGER = RoleId.of("manager");

    /**
     * Delegated administration: "owner" holds everything, tenant.own (the admin permission) fixed.
     * "manager" runs every user operation through users.manage and holds chat, with export and api
     * overridable but not held. member: chat (export, api overridable); viewer: export (api
     * overridable). One or more roles per user.
     */
    public static Policy.Builder delegated() {
        Policy.Builder b = Policy.builder()
                .permissions(Set.of(OWN, MANAGE, CHAT, EXPORT, API))
                .adminPermission(OWN)
                .role(RoleDefinition.of("owner", "Owner", Set.of(OWN, MANAGE, CHAT, EXPORT, API)).withFixed(Set.of(OWN)))
                .role(RoleDefinition.of("manager", "Manager", Set.of(MANAGE, CHAT)).withOverridable(Set.of(EXPORT, API)))
                .role(RoleDefinition.of("member", "Member", Set.of(CHAT)).withOverridable(Set.of(EXPORT, API)))
                .role(RoleDefinition.of("viewer", "Viewer", Set.of(EXPORT)).withOverridable(Set.of(API)))
                .defaultRole(MEMBER)
                .roleCardinality(RoleCardinality.ONE_OR_MORE);
        for (dev.roster.core.policy.Operation operation : dev.roster.core.policy.Operation.values()) {
            b.operation(operation, MANAGE);
        }
        return b;
    }

    public static Policy.Builder manyRoles() {
        return standard().roleCardinality(RoleCardinality.ONE_OR_MORE);
    }
}
