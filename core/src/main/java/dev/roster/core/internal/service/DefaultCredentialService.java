package dev.roster.core.internal.service;

import dev.roster.core.internal.access.SignIn;
import dev.roster.core.credential.SignInResult;
import dev.roster.core.credential.SignInContext;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.core.internal.Acting;
import dev.roster.spi.model.TenantId;
import dev.roster.core.invitation.AcceptCommand;
import dev.roster.spi.model.User;
import dev.roster.core.user.UserService;
import dev.roster.core.user.CreateUserCommand;
import dev.roster.core.credential.UserWithTemporaryPassword;
import dev.roster.core.access.Actor;
import dev.roster.core.credential.CredentialService;
import dev.roster.core.credential.LockoutPolicy;
import dev.roster.core.credential.PasswordSettings;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.access.OneTimeToken;
import dev.roster.core.error.InvalidTokenException;
import dev.roster.core.internal.ResetLinks;
import dev.roster.core.internal.TokenPurpose;
import dev.roster.spi.access.PasswordReset;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Limits;
import java.util.Optional;
import java.util.UUID;
import dev.roster.core.credential.TemporaryPassword;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.error.ConflictException;
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
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.store.Page;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInAttempt;
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
    private final UserService users;
    private final DefaultInviteeService invitees;
    private final SignIn signIn;
    private final boolean endSessionsOnChange;
    private final boolean resetByMail;

    public DefaultCredentialService(RosterContext ctx, Authorizer authorizer, Authority authority, PasswordSettings settings,
            UserService users, DefaultInviteeService invitees, SessionSettings sessions, boolean resetByMail) {
        this.resetByMail = resetByMail;
        this.endSessionsOnChange = sessions == null || sessions.endOnPasswordChange(); // one's own change only; resets always end them
        this.ctx = ctx;
        this.users = users;
        this.invitees = invitees;
        this.ops = new AdminOperations(ctx, authorizer);
        this.authority = authority;
        this.settings = settings;
        this.gate = new HashingGate(settings.concurrentHashes(), settings.hashWait());
        this.temporary = new TemporaryPasswords(settings.rules());
        this.signIn = new SignIn(ctx.store(), ctx.policy()::isPublic, ctx.clock(), ctx.ids(), settings.hasher(), settings.rules(), settings.lockout(), gate,
                settings.addressFailures(), settings.addressWindow(), ctx.events());
    }

    /** The sign-in the session service starts its sessions through. */
    public SignIn signIn() {
        return signIn;
    }

    @Override
    public SignInResult authenticate(TenantId tenant, String identifier, String password, SignInContext context) {
        return signIn.authenticate(tenant, identifier, password, context);
    }

    @Override
    public void unlock(Actor actor, UserId id) {
        ops.onUser(actor, Operation.RESET_PASSWORD, id, AuditActions.USER_UNLOCKED, (tx, acting, before, now) -> {
            resettable(tx, acting, id);
            SignInStore.CAPABILITY.in(tx).updateLockout(before.tenantId(), id, s -> settings.lockout().unlocked());
            return new UserChange(before, Map.of());
        });
    }

    @Override
    public void lock(Actor actor, UserId id) {
        if (actor.userId().filter(id::equals).isPresent()) {
            throw new PermissionDeniedException("an admin does not lock itself out");
        }
        ops.onUser(actor, Operation.RESET_PASSWORD, id, AuditActions.USER_LOCKED, (tx, acting, before, now) -> {
            resettable(tx, acting, id);
            SignInStore.CAPABILITY.in(tx).updateLockout(before.tenantId(), id, LockoutPolicy::lockedByAdmin);
            ResetLinks.voidAll(tx, before.tenantId(), id, now); // a link asked for before the lock is void
            ctx.coherence().endSessions(tx, before.tenantId(), id, null);
            return new UserChange(before, Map.of());
        });
    }

    @Override
    public Page<SignInAttempt> signInAttempts(Actor actor, SignInQuery query) {
        if (!query.tenant().equals(actor.tenant())) {
            throw new PermissionDeniedException("an actor reads the sign-in attempts of its own tenant only");
        }
        return ops.run(actor, Operation.VIEW_AUDIT, false, (tx, acting, now) -> SignInStore.CAPABILITY.in(tx).attempts(query));
    }

    @Override
    public int pruneSignInAttempts() {
        int total = 0;
        while (true) {
            Instant before = ctx.clock().instant().minus(settings.attemptRetention());
            int pruned = ctx.store().inTransaction(tx -> SignInStore.CAPABILITY.in(tx).pruneAttempts(before, 1000));
            total += pruned;
            if (pruned < 1000) {
                return total;
            }
        }
    }

    @Override
    public TemporaryPassword issueTemporaryPassword(Actor actor, UserId id) {
        if (actor.userId().filter(id::equals).isPresent()) {
            throw new PermissionDeniedException("a user sets its own password with changePassword, giving the current one");
        }
        // Refused callers must not cost a hash: the gate's slots are for people signing in.
        ops.run(actor, Operation.RESET_PASSWORD, false, (tx, acting, now) -> resettable(tx, acting, id));
        String password = temporary.next();
        String hash = gate.run(() -> settings.hasher().hash(password));
        AtomicReference<Instant> expires = new AtomicReference<>();
        ops.onUser(actor, Operation.RESET_PASSWORD, id, AuditActions.USER_PASSWORD_RESET, (tx, acting, before, now) -> {
            resettable(tx, acting, id);
            expires.set(now.plus(settings.temporaryLifetime()));
            CredentialStore.CAPABILITY.in(tx).put(new Credential(before.tenantId(), id, hash, true, expires.get(), now));
            ResetLinks.voidAll(tx, before.tenantId(), id, now);
            ctx.coherence().endSessions(tx, before.tenantId(), id, null); // whoever held the old password is out
            return new UserChange(before, Map.of("temporaryUntil", expires.get().toString()));
        });
        return new TemporaryPassword(password, expires.get());
    }

    /** The user, when the actor may give it a temporary password: taking over an account hands out all it holds. */
    private User resettable(StoreTransaction tx, Acting acting, UserId id) {
        User user = tx.users().find(acting.tenant().id(), id).filter(u -> u.status() != UserStatus.DELETED)
                .orElseThrow(() -> new NotFoundException("user", id));
        authority.requireCovers(acting, user, user);
        refusePublic(user.userType());
        return user;
    }

    /** Public users (embedded dashboards, shared links) never sign in, so they get no password. */
    private void refusePublic(String userType) {
        if (ctx.policy().isPublic(userType)) {
            throw new ConflictException(ErrorCode.POLICY_FORBIDS, "public users never sign in, so they have no password");
        }
    }

    @Override
    public UserWithTemporaryPassword createWithTemporaryPassword(Actor actor, CreateUserCommand command) {
        ops.run(actor, Operation.CREATE_USER, false, (tx, acting, now) -> null); // refused callers must not cost a hash
        refusePublic(command == null ? null : command.userType());
        String password = temporary.next();
        String hash = gate.run(() -> settings.hasher().hash(password));
        // The creation joins this unit, so the user and its password are written together or not at all.
        return ctx.store().inTransaction(tx -> {
            User user = users.create(actor, command);
            Instant now = ctx.clock().instant();
            Instant expiresAt = now.plus(settings.temporaryLifetime());
            CredentialStore.CAPABILITY.in(tx).put(new Credential(user.tenantId(), user.id(), hash, true, expiresAt, now));
            return new UserWithTemporaryPassword(user, new TemporaryPassword(password, expiresAt));
        });
    }

    @Override
    public User acceptWithPassword(TenantId tenant, String token, AcceptCommand command, String password) {
        settings.rules().check("password", password);
        String hash = gate.run(() -> settings.hasher().hash(password));
        return invitees.accept(tenant, token, command, (tx, member) -> CredentialStore.CAPABILITY.in(tx)
                .put(new Credential(member.tenantId(), member.id(), hash, false, null, ctx.clock().instant())));
    }

    @Override
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        UserId self = actor.userId().orElseThrow(() -> new PermissionDeniedException("the system actor has no password"));
        settings.rules().check("newPassword", newPassword);
        Instant asked = ctx.clock().instant();
        boolean[] locked = {false};
        Credential held = ctx.store().read(tx -> {
            requireActive(tx, actor.tenant(), self);
            locked[0] = SignInStore.CAPABILITY.in(tx).lockout(actor.tenant(), self).lockedAt(asked);
            return CredentialStore.CAPABILITY.in(tx).find(actor.tenant(), self).orElse(null);
        });
        if (locked[0]) {
            throw wrongCurrent(); // a locked account takes no guesses, here either
        }
        // No set password looks like an unverifiable one: not worth a hash, but a wrong guess all the same.
        boolean current = held != null && !held.expiredAt(asked) && settings.rules().verifiable(currentPassword)
                && gate.run(() -> settings.hasher().verify(currentPassword, held.passwordHash()));
        if (!current) {
            // Whoever holds a user's session could otherwise guess its password here without limit.
            ctx.store().inTransaction(tx -> {
                SignInStore signIns = SignInStore.CAPABILITY.in(tx);
                signIns.record(new SignInAttempt(ctx.ids().next(), actor.tenant(), self, asked, null, null, SignInReason.WRONG_PASSWORD));
                signIns.updateLockout(actor.tenant(), self, s -> settings.lockout().afterFailure(s, asked));
                return null;
            });
            throw wrongCurrent();
        }
        if (held.temporary() && newPassword.equals(currentPassword)) {
            // Whoever handed out the temporary password would know the lasting one.
            throw ValidationException.of("newPassword", "must differ from the temporary password");
        }
        String hash = gate.run(() -> settings.hasher().hash(newPassword));
        ctx.store().inTransaction(tx -> {
            tx.tenants().lock(actor.tenant());
            requireActive(tx, actor.tenant(), self); // suspended while its new password was being hashed: refused
            CredentialStore credentials = CredentialStore.CAPABILITY.in(tx);
            Credential now = credentials.find(actor.tenant(), self).orElse(null);
            if (now == null || !now.passwordHash().equals(held.passwordHash())) {
                throw new StaleVersionException("password of user", self, 0); // changed since it was checked
            }
            Instant at = ctx.clock().instant();
            credentials.put(new Credential(actor.tenant(), self, hash, false, null, at));
            ResetLinks.voidAll(tx, actor.tenant(), self, at); // a link asked for earlier (perhaps by someone else) is void
            if (endSessionsOnChange) {
                ctx.coherence().endSessions(tx, actor.tenant(), self, null);
            }
            ctx.audit().record(tx, actor.tenant(), self, AuditActions.USER_PASSWORD_CHANGED, AuditActions.TARGET_USER, self, Map.of());
            return null;
        });
    }

    @Override
    public void requestPasswordReset(TenantId tenant, String email) {
        if (!resetByMail) {
            throw new IllegalStateException("Roster was built without reset by mail: add .passwordResetLink(...) with .mail(...)");
        }
        if (tenant == null) {
            throw ValidationException.of("tenant", "is required");
        }
        String canonical = canonical(email);
        OneTimeToken token = ctx.tokens().issue(TokenPurpose.PASSWORD_RESET, tenant);
        // One lookup and one queued message whoever asks: the subject is an id nobody has when no active user has the address.
        UUID nobody = ctx.ids().next();
        ctx.store().inTransaction(tx -> {
            UUID subject = (canonical == null ? Optional.<User>empty() : tx.users().findByEmail(tenant, canonical))
                    .filter(u -> u.status() == UserStatus.ACTIVE && !ctx.policy().isPublic(u.userType())).map(u -> u.id().value())
                    .orElse(nobody);
            ctx.mail().passwordReset(tx, tenant, subject, token.reveal(), ctx.clock().instant());
            return null;
        });
    }

    /** The address's canonical form, or null when it is no address (asked for all the same, to nobody). */
    private static String canonical(String email) {
        if (email == null || email.length() > Limits.EMAIL) {
            return null;
        }
        try {
            return EmailAddress.of(email).canonical();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    @Override
    public void completePasswordReset(TenantId tenant, String token, String newPassword) {
        settings.rules().check("newPassword", newPassword);
        String tokenHash = tenant == null ? null : ctx.tokens().hash(TokenPurpose.PASSWORD_RESET, tenant, token);
        if (tokenHash == null) {
            throw new InvalidTokenException();
        }
        String hash = gate.run(() -> settings.hasher().hash(newPassword));
        ctx.store().inTransaction(tx -> {
            Instant now = ctx.clock().instant();
            tx.tenants().lock(tenant); // first, as every unit that voids links locks it: no two units wait on each other
            CredentialStore credentials = CredentialStore.CAPABILITY.in(tx);
            // Taken atomically: of parallel uses of one link, one gets it; the rest find nothing.
            PasswordReset reset = credentials.takeReset(tokenHash).filter(r -> r.tenantId().equals(tenant) && now.isBefore(r.expiresAt()))
                    .orElseThrow(InvalidTokenException::new);
            tx.users().find(tenant, reset.userId()).filter(u -> u.status() == UserStatus.ACTIVE).orElseThrow(InvalidTokenException::new);
            SignInStore signIns = SignInStore.CAPABILITY.in(tx);
            if (signIns.lockout(tenant, reset.userId()).lockedForGood()) {
                throw new InvalidTokenException(); // locked until an admin unlocks it: a mailbox does not lift that
            }
            credentials.put(new Credential(tenant, reset.userId(), hash, false, null, now));
            signIns.updateLockout(tenant, reset.userId(), s -> settings.lockout().unlocked()); // a temporary lockout ends
            ctx.coherence().endSessions(tx, tenant, reset.userId(), null); // whoever held the old password is out
            ctx.audit().record(tx, tenant, reset.userId(), AuditActions.USER_PASSWORD_CHANGED, AuditActions.TARGET_USER, reset.userId(),
                    Map.of("by", "reset link"));
            return null;
        });
    }

    private static void requireActive(StoreTransaction tx, TenantId tenant, UserId self) {
        tx.users().find(tenant, self).filter(u -> u.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> new PermissionDeniedException("only an active member of the tenant sets its password"));
    }

    private static ValidationException wrongCurrent() {
        return ValidationException.of("currentPassword", "is not the current password, or it has expired");
    }
}
