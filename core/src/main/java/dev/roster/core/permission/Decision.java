package dev.roster.core.permission;

import dev.roster.spi.model.Permission;

/**
 * The answer of {@code explain}: whether the permission is held, the layer that decided, and what
 * in that layer (a role id, a group name, "tenant" ...), for an admin screen or a support ticket.
 */
public record Decision(Permission permission, boolean granted, Layer layer, String source) {
}
