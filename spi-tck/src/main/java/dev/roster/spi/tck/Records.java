package dev.roster.spi.tck;

import dev.roster.spi.mail.MailKind;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.AuditEntryId;
import dev.roster.spi.model.Deletion;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.InvitationStatus;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.Profile;
import dev.roster.spi.model.RegistrationSource;
import dev.roster.spi.model.RoleId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.outbox.OutboxMessage;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Ready-made records for the contract tests. Each call makes a new id. */
public final class Records {
    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    public static final RoleId MEMBER = RoleId.of("member");
    public static final RoleId ADMIN = RoleId.of("admin");

    private Records() {
    }

    public static Tenant tenant(String id) {
        return new Tenant(TenantId.of(id), "Tenant " + id, Map.of(), null, T0, 0);
    }

    public static User user(TenantId tenant, String email) {
        return user(tenant, email, email.substring(0, email.indexOf('@')), T0);
    }

    public static User user(TenantId tenant, String email, String displayName, Instant createdAt) {
        return new User(UserId.of(UUID.randomUUID()), tenant, EmailAddress.of(email),
                new Profile(null, null, displayName, null, null, null, null, null), "member", Set.of(MEMBER), Map.of(), Set.of(),
                UserStatus.ACTIVE, false, RegistrationSource.NONE, Map.of(), createdAt, createdAt, null, null, 0);
    }

    public static User withUsername(User user, String username) {
        Profile p = user.profile();
        return user.toBuilder().profile(new Profile(p.firstName(), p.lastName(), p.displayName(), username, p.phone(), p.timezone(),
                p.externalId(), p.dateOfBirth())).build();
    }

    /** The same user under another user type (core sets the type at creation; a store must still count a change right). */
    public static User ofType(User u, String userType) {
        return new User(u.id(), u.tenantId(), u.email(), u.profile(), userType, u.roles(), u.overrides(), u.groups(), u.status(), u.admin(),
                u.registration(), u.attributes(), u.createdAt(), u.updatedAt(), u.lastLoginAt(), u.deletion(), u.version());
    }

    public static User admin(User user) {
        return user.toBuilder().roles(Set.of(ADMIN)).admin(true).build();
    }

    /** The user soft-deleted at {@code at}, purgeable from {@code purgeAfter}. */
    public static User deleted(User user, Instant at, Instant purgeAfter) {
        return user.toBuilder().status(UserStatus.DELETED).roles(Set.of()).admin(false)
                .deletion(new Deletion(at, null, user.status(), user.roles(), purgeAfter)).build();
    }

    public static Invitation invitation(TenantId tenant, String email, Instant createdAt, Instant expiresAt) {
        return invitation(tenant, email, createdAt, expiresAt, Set.of(MEMBER), "member");
    }

    public static Invitation invitation(TenantId tenant, String email, Instant createdAt, Instant expiresAt, Set<RoleId> roles, String userType) {
        return new Invitation(InvitationId.of(UUID.randomUUID()), tenant, EmailAddress.of(email), UUID.randomUUID().toString().replace("-", ""),
                roles, userType, Map.of(), null, null, null, InvitationStatus.PENDING, createdAt, expiresAt, createdAt, 0, null, null, 0);
    }

    public static Invitation closed(Invitation invitation, InvitationStatus status, Instant at) {
        return invitation.toBuilder().status(status).resolvedAt(at).build();
    }

    public static Group group(TenantId tenant, String name) {
        return new Group(GroupId.of(UUID.randomUUID()), tenant, name, Set.of(), T0, 0);
    }

    /** A queued message with a sealed secret, due at {@code dueAt} (also its creation). */
    public static OutboxMessage message(TenantId tenant, MailKind kind, UUID subject, int priority, Instant dueAt) {
        return OutboxMessage.queued(OutboxMessageId.of(UUID.randomUUID()), tenant, kind, subject, priority,
                "k1:" + UUID.randomUUID().toString().replace("-", ""), dueAt);
    }

    public static AuditEntry audit(TenantId tenant, String action, String targetId, Instant at) {
        return new AuditEntry(AuditEntryId.of(UUID.randomUUID()), tenant, null, action, "user", targetId, at, Map.of("k", "v"));
    }
}
