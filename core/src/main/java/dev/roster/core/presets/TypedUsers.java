package dev.roster.core.presets;

import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.core.policy.UserTypeDefinition;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.util.Set;

/**
 * Users of a fixed type (set at creation) holding one or more roles, created by an admin with a
 * temporary password shown once, suspended and reactivated rather than deleted. Six user types, as
 * a bot platform's tenant has them, each granting its access (a tenant admin the whole admin
 * portal, an agent the live conversations); analysts and viewers are read-only whatever roles they
 * hold. The roles add specific permissions on top.
 */
public final class TypedUsers {
    /** Full access to the tenant admin portal. Makes a user an admin. */
    public static final Permission ADMIN_PORTAL = Permission.of("admin_portal.access");
    /** Create and manage bots in the operations portal. */
    public static final Permission MANAGE_BOTS = Permission.of("bots.manage");
    /** Monitor agents and conversations. */
    public static final Permission MONITOR = Permission.of("conversations.monitor");
    /** Handle live conversations in the agent desktop. */
    public static final Permission HANDLE_CONVERSATIONS = Permission.of("conversations.handle");
    /** Read analytics and reports. */
    public static final Permission READ_ANALYTICS = Permission.of("analytics.read");
    /** Read anything on the platform. */
    public static final Permission READ_ALL = Permission.of("platform.read");
    /** What read-only types never hold. */
    public static final Set<Permission> WRITES = Set.of(ADMIN_PORTAL, MANAGE_BOTS, MONITOR, HANDLE_CONVERSATIONS);
    /** Tenant administrator role. */
    public static final RoleId TENANT_ADMIN_ROLE = RoleId.of("tenant_admin");
    /** Builds bots. */
    public static final RoleId BOT_BUILDER = RoleId.of("bot_builder");
    /** Watches conversations. */
    public static final RoleId SUPERVISOR_ROLE = RoleId.of("supervisor");
    /** Takes conversations. */
    public static final RoleId AGENT_ROLE = RoleId.of("agent");
    /** Reads reports. */
    public static final RoleId REPORTING = RoleId.of("reporting");
    /** Reads everything, the role given when none is named. */
    public static final RoleId READER = RoleId.of("reader");
    /** The user type of tenant administrators. */
    public static final String TENANT_ADMIN = "tenant_admin";
    /** The user type of bot administrators. */
    public static final String BOT_ADMIN = "bot_admin";
    /** The user type of supervisors. */
    public static final String SUPERVISOR = "supervisor";
    /** The user type of agents. */
    public static final String AGENT = "agent";
    /** The user type of analysts. */
    public static final String ANALYST = "analyst";
    /** The user type of viewers, given when none is named. */
    public static final String VIEWER = "viewer";

    private TypedUsers() {
    }

    /** {@return the policy} */
    public static Policy policy() {
        return Policy.builder()
                .permissions(Set.of(ADMIN_PORTAL, MANAGE_BOTS, MONITOR, HANDLE_CONVERSATIONS, READ_ANALYTICS, READ_ALL))
                .adminPermission(ADMIN_PORTAL)
                .role(RoleDefinition.of(TENANT_ADMIN_ROLE.value(), "Tenant admin",
                        Set.of(ADMIN_PORTAL, MANAGE_BOTS, MONITOR, HANDLE_CONVERSATIONS, READ_ANALYTICS, READ_ALL)))
                .role(RoleDefinition.of(BOT_BUILDER.value(), "Bot builder", Set.of(MANAGE_BOTS, READ_ALL)))
                .role(RoleDefinition.of(SUPERVISOR_ROLE.value(), "Supervisor", Set.of(MONITOR, READ_ALL)))
                .role(RoleDefinition.of(AGENT_ROLE.value(), "Agent", Set.of(HANDLE_CONVERSATIONS)))
                .role(RoleDefinition.of(REPORTING.value(), "Reporting", Set.of(READ_ANALYTICS)))
                .role(RoleDefinition.of(READER.value(), "Reader", Set.of(READ_ALL)))
                .defaultRole(READER).roleCardinality(RoleCardinality.ONE_OR_MORE)
                .userTypes(Set.of(VIEWER), VIEWER)
                .userType(UserTypeDefinition.of(TENANT_ADMIN, "Tenant admin").withGrants(Set.of(ADMIN_PORTAL, READ_ALL)))
                .userType(UserTypeDefinition.of(BOT_ADMIN, "Bot admin").withGrants(Set.of(MANAGE_BOTS)))
                .userType(UserTypeDefinition.of(SUPERVISOR, "Supervisor").withGrants(Set.of(MONITOR)))
                .userType(UserTypeDefinition.of(AGENT, "Agent").withGrants(Set.of(HANDLE_CONVERSATIONS)))
                .userType(UserTypeDefinition.of(ANALYST, "Analyst").withGrants(Set.of(READ_ANALYTICS)).withDenies(WRITES))
                .userType(UserTypeDefinition.of(VIEWER, "Viewer").withGrants(Set.of(READ_ALL)).withDenies(WRITES))
                .build();
    }
}
