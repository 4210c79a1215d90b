package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.access.CredentialService;
import dev.roster.core.access.PasswordSettings;
import dev.roster.core.access.TemporaryPassword;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.error.ValidationException;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.AdminOperations.UserChange;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.access.HashingGate;
import dev.roster.core.internal.access.TemporaryPasswords;
import dev.roster.core.policy.Operation;
import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.error.StaleVersionException;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Passwords. Hashing (about 75 ms with Argon2id) runs outside units of work, through the bounded
 * gate; the units only read and write the hash, so no lock is held while a hash is computed.
 */
public final class DefaultCredentialService implements CredentialService {
    private final RosterContext ctx;
    private final AdminOperations ops;
    private final Authority authority;
    private final PasswordSettings settings;
    private final HashingGate gate;
    private final TemporaryPasswords temporary;

    public DefaultCredentialService(RosterContext ctx, Authorizer authorizer, Authority authority, PasswordSettings settings) {
        this.ctx = ctx;
        this.ops = new AdminOperations(ctx, authorizer);
        this.authority = authority;
        this.settings = settings;
        this.gate = new HashingGate(settings.concurrentHashes(), settings.hashWait());
        this.temporary = new TemporaryPasswords(settings.rules());
    }

    @Override
    public TemporaryPassword issueTemporaryPassword(Actor actor, UserId id) {
        if (actor.userId().filter(id::equals).isPresent()) {
            throw new PermissionDeniedException("a user sets its own password with changePassword, giving the current one");
        }
        String password = temporary.next();
        String hash = gate.run(() -> settings.hasher().hash(password));
        AtomicReference<Instant> expires = new AtomicReference<>();
        ops.onUser(actor, Operation.RESET_PASSWORD, id, AuditActions.USER_PASSWORD_RESET, (tx, acting, before, now) -> {
            if (before.status() == UserStatus.DELETED) {
                throw new NotFoundException("user", id);
            }
            authority.requireCovers(acting, before, before); // taking over an account hands out all it holds
            expires.set(now.plus(settings.temporaryLifetime()));
            CredentialStore.CAPABILITY.in(tx).put(new Credential(before.tenantId(), id, hash, true, expires.get(), now));
            return new UserChange(before, Map.of("temporaryUntil", expires.get().toString()));
        });
        return new TemporaryPassword(password, expires.get());
    }

    @Override
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        UserId self = actor.userId().orElseThrow(() -> new PermissionDeniedException("the system actor has no password"));
        settings.rules().check("newPassword", newPassword);
        Credential held = ctx.store().read(tx -> {
            tx.users().find(actor.tenant(), self).filter(u -> u.status() == UserStatus.ACTIVE)
                    .orElseThrow(() -> new PermissionDeniedException("only an active member of the tenant sets its password"));
            return CredentialStore.CAPABILITY.in(tx).find(actor.tenant(), self).orElse(null);
        });
        boolean current = held != null && !held.expiredAt(ctx.clock().instant())
                && gate.run(() -> settings.hasher().verify(currentPassword == null ? "" : currentPassword, held.passwordHash()));
        if (!current) {
            throw ValidationException.of("currentPassword", "is not the current password, or it has expired");
        }
        String hash = gate.run(() -> settings.hasher().hash(newPassword));
        ctx.store().inTransaction(tx -> {
            tx.tenants().lock(actor.tenant());
            CredentialStore credentials = CredentialStore.CAPABILITY.in(tx);
            Credential now = credentials.find(actor.tenant(), self).orElse(null);
            if (now == null || !now.passwordHash().equals(held.passwordHash())) {
                throw new StaleVersionException("password of user", self, 0); // changed since it was checked
            }
            Instant at = ctx.clock().instant();
            credentials.put(new Credential(actor.tenant(), self, hash, false, null, at));
            ctx.audit().record(tx, actor.tenant(), self, AuditActions.USER_PASSWORD_CHANGED, AuditActions.TARGET_USER, self, Map.of());
            return null;
        });
    }
}
