package dev.roster.adapters.inmemory;

import java.util.UUID;
import java.time.Instant;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.Credential;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.access.Session;
import dev.roster.spi.model.AuditEntry;
import dev.roster.spi.model.Group;
import dev.roster.spi.model.GroupId;
import dev.roster.spi.model.Invitation;
import dev.roster.spi.model.InvitationId;
import dev.roster.spi.model.OutboxMessageId;
import dev.roster.spi.model.Tenant;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.outbox.OutboxMessage;
import java.util.function.Supplier;

/** All rows and unique indexes. Only touched under the store's lock. */
final class InMemoryData {
    final Table<TenantId, Tenant> tenants;
    final Table<UserId, User> users;
    final Table<Key, UserId> userByEmail;
    final Table<Key, UserId> userByUsername;
    final Table<Key, UserId> userByExternalId;
    final Table<InvitationId, Invitation> invitations;
    final Table<Key, InvitationId> invitationByToken;
    final Table<Key, InvitationId> pendingByEmail;
    final Table<GroupId, Group> groups;
    final Table<Key, GroupId> groupByName;
    final Table<Long, AuditEntry> audit;
    final Table<OutboxMessageId, OutboxMessage> outbox;
    final Table<Key, Credential> credentials;
    final Table<Key, SignIn> signIns;
    final Table<UUID, SignInAttempt> signInAttempts;
    final Table<UUID, Session> sessions;
    final Table<Key, PasswordReset> resets;
    final Table<String, UUID> sessionByToken;
    final Table<TenantId, Long> accessStamps;

    InMemoryData(Supplier<UndoLog> undo) {
        tenants = new Table<>(undo);
        users = new Table<>(undo);
        userByEmail = new Table<>(undo);
        userByUsername = new Table<>(undo);
        userByExternalId = new Table<>(undo);
        invitations = new Table<>(undo);
        invitationByToken = new Table<>(undo);
        pendingByEmail = new Table<>(undo);
        groups = new Table<>(undo);
        groupByName = new Table<>(undo);
        audit = new Table<>(undo);
        outbox = new Table<>(undo);
        credentials = new Table<>(undo);
        signIns = new Table<>(undo);
        signInAttempts = new Table<>(undo);
        sessions = new Table<>(undo);
        resets = new Table<>(undo);
        sessionByToken = new Table<>(undo);
        accessStamps = new Table<>(undo);
    }

    /** An account's sign-in bookkeeping. */
    record SignIn(LockoutState lockout, Instant lastSignIn) {
    }

    /** A unique key within a tenant. */
    record Key(TenantId tenant, String value) {
    }
}
