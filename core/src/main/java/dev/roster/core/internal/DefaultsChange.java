package dev.roster.core.internal;

import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.Effect;
import dev.roster.spi.model.Permission;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What replacing a tenant's defaults does to its members, so that the actor can be held to it: it
 * may give only what the actor holds, and it may take away only from holders of roles the actor
 * covers (a manager cannot strip an owner through a default any more than directly).
 */
public final class DefaultsChange {
    private final Map<Permission, Effect> before;
    private final Map<Permission, Effect> after;

    public DefaultsChange(Map<Permission, Effect> before, Map<Permission, Effect> after) {
        this.before = before;
        this.after = after;
    }

    /** Permissions someone may gain: a new or changed grant, or a deny that goes (a role may grant beneath it). */
    public Set<Permission> raised() {
        Set<Permission> raised = new TreeSet<>();
        for (Permission p : touched()) {
            Effect was = before.get(p);
            Effect is = after.get(p);
            if (was != is && (is == Effect.GRANT || was == Effect.DENY)) {
                raised.add(p);
            }
        }
        return raised;
    }

    /**
     * Roles whose holders may lose a permission: every role that does not fix it when a default grant
     * goes, and the roles that grant it (without fixing it) when a deny arrives.
     */
    public Set<RoleDefinition> rolesLowered(Policy policy) {
        Set<RoleDefinition> roles = new LinkedHashSet<>();
        for (Permission p : touched()) {
            Effect was = before.get(p);
            Effect is = after.get(p);
            if (was == is || !(was == Effect.GRANT || is == Effect.DENY)) {
                continue;
            }
            for (RoleDefinition role : policy.roles().values()) {
                boolean holdsByDefault = role.permissions().contains(p) || was == Effect.GRANT;
                if (holdsByDefault && !role.fixed().contains(p)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private Set<Permission> touched() {
        Set<Permission> touched = new TreeSet<>(before.keySet());
        touched.addAll(after.keySet());
        return touched;
    }
}
