package dev.roster.core;

import dev.roster.core.audit.AuditTrail;
import dev.roster.core.group.GroupService;
import dev.roster.core.invitation.InvitationService;
import dev.roster.core.invitation.InviteeService;
import dev.roster.core.permission.PermissionService;
import dev.roster.core.policy.Policy;
import dev.roster.core.query.Directory;
import dev.roster.core.tenant.TenantService;
import dev.roster.core.user.LifecycleService;
import dev.roster.core.user.UserService;

/**
 * The facade a host holds: one instance per policy and store, thread-safe. Build it with
 * {@link #builder()}.
 */
public final class Roster {
    private final Policy policy;
    private final TenantService tenants;
    private final UserService users;
    private final LifecycleService lifecycle;
    private final InvitationService invitations;
    private final InviteeService invitees;
    private final GroupService groups;
    private final PermissionService permissions;
    private final Directory directory;
    private final AuditTrail audit;

    @SuppressWarnings("java:S107")
    Roster(Policy policy, TenantService tenants, UserService users, LifecycleService lifecycle, InvitationService invitations,
            InviteeService invitees, GroupService groups, PermissionService permissions, Directory directory, AuditTrail audit) {
        this.policy = policy;
        this.tenants = tenants;
        this.users = users;
        this.lifecycle = lifecycle;
        this.invitations = invitations;
        this.invitees = invitees;
        this.groups = groups;
        this.permissions = permissions;
        this.directory = directory;
        this.audit = audit;
    }

    public static RosterBuilder builder() {
        return new RosterBuilder();
    }

    public Policy policy() {
        return policy;
    }

    /** Bootstrap a tenant with its first admin; tenant-wide defaults and seat limit. */
    public TenantService tenants() {
        return tenants;
    }

    /** Direct creation and editing: profile, roles, overrides, groups. */
    public UserService users() {
        return users;
    }

    /** Suspend, reactivate, delete, restore, permanent delete, purge. */
    public LifecycleService lifecycle() {
        return lifecycle;
    }

    /** The admin side of invitations: invite, batch invite, resend, revoke, expire. */
    public InvitationService invitations() {
        return invitations;
    }

    /** The invitee side: preview, accept, decline, by token. */
    public InviteeService invitees() {
        return invitees;
    }

    public GroupService groups() {
        return groups;
    }

    /** Fast permission checks and explanations. */
    public PermissionService permissions() {
        return permissions;
    }

    /** Lists, counts, KPIs, trends and seats for the admin screens. */
    public Directory directory() {
        return directory;
    }

    public AuditTrail audit() {
        return audit;
    }
}
