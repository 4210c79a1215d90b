package dev.roster.core;

import dev.roster.core.credential.CredentialService;
import dev.roster.core.session.SessionService;
import dev.roster.core.audit.AuditTrail;
import dev.roster.core.group.GroupService;
import dev.roster.core.export.ExportService;
import dev.roster.core.importing.ImportService;
import dev.roster.core.invitation.InvitationService;
import dev.roster.core.invitation.InviteeService;
import dev.roster.core.mail.Outbox;
import dev.roster.core.permission.PermissionService;
import dev.roster.core.policy.Policy;
import dev.roster.core.query.Directory;
import dev.roster.core.tenant.TenantService;
import dev.roster.core.user.LifecycleService;
import dev.roster.core.user.UserService;
import java.util.List;

/**
 * The facade a host holds: one instance per policy and store, thread-safe. Build it with
 * {@link #builder()}; {@link #close()} it when the application stops, which ends what it listens
 * to and runs in the background.
 */
public final class Roster implements AutoCloseable {
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
    private final Outbox outbox;
    private final CredentialService credentials;
    private final SessionService sessions;
    private final ImportService imports;
    private final ExportService exports;
    private final List<AutoCloseable> resources;
    private final java.time.Clock clock;

    @SuppressWarnings("java:S107")
    Roster(Policy policy, TenantService tenants, UserService users, LifecycleService lifecycle, InvitationService invitations,
            InviteeService invitees, GroupService groups, PermissionService permissions, Directory directory, AuditTrail audit,
            Outbox outbox, CredentialService credentials, SessionService sessions, ImportService imports, ExportService exports, List<AutoCloseable> resources,
            java.time.Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.imports = imports;
        this.exports = exports;
        this.outbox = outbox;
        this.credentials = credentials;
        this.resources = List.copyOf(resources);
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

    /** {@return the clock Roster tells time by: for "today" on a host's own screens, so they agree with Roster's records} */
    public java.time.Clock clock() {
        return clock;
    }

    /**
     * Stops listening to the store's change feed and stops background work; the services must not
     * be used afterwards. Idempotent.
     */
    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing is best effort: the others still close
            }
        }
    }

    /**
     * {@return passwords: an admin's reset to a temporary password, a user setting its own}
     * @throws IllegalStateException when Roster was built without {@code passwords(...)}
     */
    public CredentialService credentials() {
        if (credentials == null) {
            throw new IllegalStateException("Roster was built without passwords: add .passwords(PasswordSettings.builder()"
                    + ".hasher(Argon2PasswordHasher.owaspMinimum()).build())");
        }
        return credentials;
    }

    /**
     * {@return sessions: sign-in with a session, validation on every request, listing and ending them}
     * @throws IllegalStateException when Roster was built without {@code sessions(...)}
     */
    public SessionService sessions() {
        if (sessions == null) {
            throw new IllegalStateException("Roster was built without sessions: add .sessions(SessionSettings.defaults())");
        }
        return sessions;
    }

    /** {@return the mail outbox: start its worker, or dispatch from your own scheduler} */
    public Outbox outbox() {
        return outbox;
    }

    /** {@return a builder to wire Roster from its ports} */
    public static RosterBuilder builder() {
        return new RosterBuilder();
    }

    /** {@return the policy Roster was built with, as checked} */
    public Policy policy() {
        return policy;
    }

    /** {@return tenants: bootstrap with a first admin, tenant-wide defaults, the seat limit} */
    public TenantService tenants() {
        return tenants;
    }

    /** {@return users: lookups, direct creation, editing, personal-data export} */
    public UserService users() {
        return users;
    }

    /** {@return the user lifecycle: suspend, reactivate, delete, restore, permanent delete, purge} */
    public LifecycleService lifecycle() {
        return lifecycle;
    }

    /**
     * Bulk invitations from an uploaded spreadsheet, read by {@code roster-adapters-spreadsheet}.
     *
     * @return the import service
     */
    public ImportService imports() {
        return imports;
    }

    /**
     * Streaming exports of user lists, written as CSV or XLSX by {@code roster-adapters-spreadsheet}.
     *
     * @return the export service
     */
    public ExportService exports() {
        return exports;
    }

    /** {@return the admin side of invitations: invite, batch invite, resend, revoke, expire} */
    public InvitationService invitations() {
        return invitations;
    }

    /** {@return the invitee side of invitations: preview, accept, decline, by token} */
    public InviteeService invitees() {
        return invitees;
    }

    /** {@return groups whose members inherit permissions} */
    public GroupService groups() {
        return groups;
    }

    /** {@return fast permission checks and explanations} */
    public PermissionService permissions() {
        return permissions;
    }

    /** {@return lists, counts, KPIs, trends and seats for the admin screens} */
    public Directory directory() {
        return directory;
    }

    /** {@return the audit trail} */
    public AuditTrail audit() {
        return audit;
    }
}
