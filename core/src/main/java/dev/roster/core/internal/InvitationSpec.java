package dev.roster.core.internal;

import dev.roster.spi.model.Effect;
import dev.roster.spi.model.InviteeProfile;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.util.Map;
import java.util.Set;

/** What every invitation of one invite call carries, checked against the policy and the actor. */
public record InvitationSpec(Set<RoleId> roles, String userType, Map<Permission, Effect> flags, String message, InviteeProfile invitee) {
}
