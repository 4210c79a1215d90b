package dev.roster.core.presets;

import dev.roster.core.policy.Policy;
import dev.roster.core.policy.RoleCardinality;
import dev.roster.core.policy.RoleDefinition;
import dev.roster.spi.model.Permission;
import dev.roster.spi.model.RoleId;
import java.time.Duration;
import java.util.Set;

/**
 * An organization whose invitations carry a role and a personal message and expire after a week
 * (a resend starts the week over), whose members hold one or more roles and are deactivated
 * (suspended) by an admin, and whose sessions and sign-in attempts an admin can see and revoke.
 */
public final class ExpiringInvitationsOrganization {
    /** User management: invite, edit, deactivate, revoke sessions. Makes a user an admin. */
    public static final Permission MANAGE_USERS = Permission.of("users.manage");
    /** Edit the organization's content. */
    public static final Permission EDIT = Permission.of("content.edit");
    /** Read the organization's content. */
    public static final Permission READ = Permission.of("content.read");
    /** The admin role. */
    public static final RoleId ADMIN = RoleId.of("admin");
    /** Edits and reads. */
    public static final RoleId EDITOR = RoleId.of("editor");
    /** Reads; the role given when none is named. */
    public static final RoleId MEMBER = RoleId.of("member");
    /** How long an invitation stays open. */
    public static final Duration INVITATION_EXPIRY = Duration.ofDays(7);

    private ExpiringInvitationsOrganization() {
    }

    /** {@return the policy} */
    public static Policy policy() {
        return Policy.builder()
                .permissions(Set.of(MANAGE_USERS, EDIT, READ)).adminPermission(MANAGE_USERS)
                .role(RoleDefinition.of(ADMIN.value(), "Admin", Set.of(MANAGE_USERS, EDIT, READ)))
                .role(RoleDefinition.of(EDITOR.value(), "Editor", Set.of(EDIT, READ)))
                .role(RoleDefinition.of(MEMBER.value(), "Member", Set.of(READ)))
                .defaultRole(MEMBER).roleCardinality(RoleCardinality.ONE_OR_MORE)
                .invitationExpiry(INVITATION_EXPIRY).renewExpiryOnResend(true)
                .build();
    }
}
