package dev.roster.core.presets;

import dev.roster.core.policy.DeletionMode;
import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.util.Set;

/**
 * A platform whose users carry permission flags: the tenant sets global limits (its defaults), and
 * a flag set on a user overrides them. Administrators hold everything, beyond any limit. Members
 * must be of age (a date of birth is required), and deleting a user removes it and its content at
 * once.
 */
public final class FlaggedPlatform {
    /** Opens the admin panel. Makes a user an administrator. */
    public static final Permission ADMIN_PANEL = Permission.of("admin_panel.access");
    /** Create agents. */
    public static final Permission CREATE_AGENTS = Permission.of("agents.create");
    /** Turn on deep thinking for one's own agents. */
    public static final Permission DEEP_THINKING = Permission.of("deep_thinking.enable");
    /** Turn on virtual spaces (VR and MR). */
    public static final Permission VIRTUAL_SPACES = Permission.of("virtual_spaces.enable");
    /** Create and chain expert groups. */
    public static final Permission EXPERT_GROUPS = Permission.of("expert_groups.edit");
    /** Edit the DCM integrations. */
    public static final Permission DCM_INTEGRATIONS = Permission.of("dcm_integrations.edit");
    /** Turn on badges. */
    public static final Permission BADGES = Permission.of("badges.enable");
    /** The flags an admin may set on a user, over the tenant's global limits. */
    public static final Set<Permission> FLAGS = Set.of(CREATE_AGENTS, DEEP_THINKING, VIRTUAL_SPACES, EXPERT_GROUPS, DCM_INTEGRATIONS, BADGES);
    /** The administrator role: everything, always. */
    public static final RoleId ADMINISTRATOR = RoleId.of("administrator");
    /** The standard user: its own agents, within the limits and its flags. */
    public static final RoleId USER = RoleId.of("user");
    /** The age a member must have reached. */
    public static final int LEGAL_AGE = 18;

    private FlaggedPlatform() {
    }

    /** {@return the policy} */
    public static Policy policy() {
        Set<Permission> everything = new java.util.HashSet<>(FLAGS);
        everything.add(ADMIN_PANEL);
        return Policy.builder()
                .permissions(everything).adminPermission(ADMIN_PANEL)
                .role(RoleDefinition.of(ADMINISTRATOR.value(), "Administrator", everything).withFixed(everything))
                .role(RoleDefinition.of(USER.value(), "Standard user", Set.of(CREATE_AGENTS)).withOverridable(FLAGS))
                .defaultRole(USER)
                .minimumAge(LEGAL_AGE, true)
                .deletion(DeletionMode.HARD, null)
                .build();
    }
}
