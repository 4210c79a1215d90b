package dev.roster.core.internal.service;

import dev.roster.core.access.Actor;
import dev.roster.core.audit.AuditActions;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.error.ConflictException;
import dev.roster.core.error.NotFoundException;
import dev.roster.core.error.PermissionDeniedException;
import dev.roster.core.internal.Acting;
import dev.roster.core.internal.AdminOperations;
import dev.roster.core.internal.Authority;
import dev.roster.core.internal.Authorizer;
import dev.roster.core.internal.RosterContext;
import dev.roster.core.internal.access.SessionValidation;
import dev.roster.core.internal.access.SignIn;
import dev.roster.core.policy.Operation;
import dev.roster.core.session.Principal;
import dev.roster.core.session.SessionService;
import dev.roster.core.session.SessionSettings;
import dev.roster.core.session.SessionSignIn;
import dev.roster.core.session.StartedSession;
import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.error.ErrorCode;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ToIntFunction;

/** Sessions: starting them (through the sign-in's unit of work), validating, listing and ending them. */
public final class DefaultSessionService implements SessionService, AutoCloseable {
    private static final int PRUNE_BATCH = 1000;

    private final RosterContext ctx;
    private final AdminOperations ops;
    private final Authority authority;
    private final SessionSettings settings;
    private final SignIn signIn;
    private final SessionValidation validation;

    public DefaultSessionService(RosterContext ctx, Authorizer authorizer, Authority authority, SessionSettings settings, SignIn signIn,
            int cacheSize, boolean systemClock) {
        this.ctx = ctx;
        this.ops = new AdminOperations(ctx, authorizer);
        this.authority = authority;
        this.settings = settings;
        this.signIn = signIn;
        this.validation = new SessionValidation(ctx, settings, cacheSize, systemClock);
    }

    @Override
    public SessionSignIn signIn(TenantId tenant, String identifier, String password, SignInContext context) {
        return signIn.authenticate(tenant, identifier, password, context, validation::startIn);
    }

    @Override
    public StartedSession start(TenantId tenant, UserId user, SignInContext context) {
        return ctx.store().inTransaction(tx -> {
            tx.tenants().lock(tenant); // ordered with suspensions and deletions, as a sign-in's session is
            User active = tx.users().find(tenant, user).filter(u -> u.status() == UserStatus.ACTIVE)
                    .orElseThrow(() -> new NotFoundException("active user", user));
            if (ctx.policy().isPublic(active.userType())) {
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "public users never sign in");
            }
            if (tx.port(SignInStore.CAPABILITY).map(s -> s.lockout(tenant, user).lockedForGood()).orElse(false)) {
                // An admin's lock holds whoever signs the user in; a lockout for password guesses does not stop single sign-on.
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "the user is locked until an admin unlocks it");
            }
            StartedSession started = validation.startIn(tx, active, context, ctx.clock().instant());
            if (started == null) {
                throw new ConflictException(ErrorCode.POLICY_FORBIDS, "the user holds the most sessions the policy allows");
            }
            return started;
        });
    }

    @Override
    public Optional<Principal> validate(TenantId tenant, String token) {
        return validation.validate(tenant, token);
    }

    @Override
    public void signOut(TenantId tenant, String token) {
        validation.find(tenant, token).ifPresent(session -> ctx.store().inTransaction(tx -> endOne(tx, session)));
    }

    @Override
    public int signOutOthers(TenantId tenant, String token) {
        return validation.find(tenant, token)
                .map(session -> ctx.store().inTransaction(tx -> ctx.coherence().endSessions(tx, tenant, session.userId(), session.id())))
                .orElse(0);
    }

    @Override
    public List<Session> sessionsOf(Actor actor, UserId user) {
        if (actor.userId().filter(user::equals).isPresent()) {
            return ctx.store().read(tx -> {
                requireActive(tx, actor.tenant(), user);
                return SessionStore.CAPABILITY.in(tx).ofUser(actor.tenant(), user);
            });
        }
        return ops.run(actor, Operation.VIEW_AUDIT, false, (tx, acting, now) -> SessionStore.CAPABILITY.in(tx).ofUser(actor.tenant(), user));
    }

    @Override
    public Page<Session> sessions(Actor actor, SessionQuery query) {
        if (!query.tenant().equals(actor.tenant())) {
            throw new PermissionDeniedException("an actor lists the sessions of its own tenant only");
        }
        return ops.run(actor, Operation.VIEW_AUDIT, false, (tx, acting, now) -> SessionStore.CAPABILITY.in(tx).list(query));
    }

    @Override
    public void end(Actor actor, UUID id) {
        Session session = ctx.store().read(tx -> SessionStore.CAPABILITY.in(tx).find(actor.tenant(), id))
                .orElseThrow(() -> new NotFoundException("session", id));
        endFor(actor, session.userId(), tx -> endOne(tx, session) ? 1 : 0);
    }

    @Override
    public int endAll(Actor actor, UserId user) {
        return endFor(actor, user, tx -> ctx.coherence().endSessions(tx, actor.tenant(), user, null));
    }

    /** Ends sessions of {@code user}: one's own freely, another's as an admin who covers the user, with an audit entry. */
    private int endFor(Actor actor, UserId user, ToIntFunction<StoreTransaction> ending) {
        if (actor.userId().filter(user::equals).isPresent()) {
            return ctx.store().inTransaction(tx -> {
                requireActive(tx, actor.tenant(), user);
                return ending.applyAsInt(tx);
            });
        }
        int[] ended = new int[1];
        ops.onUser(actor, Operation.RESET_PASSWORD, user, AuditActions.USER_SESSIONS_ENDED, (tx, acting, before, now) -> {
            covered(tx, acting, before);
            ended[0] = ending.applyAsInt(tx);
            return new AdminOperations.UserChange(before, Map.of("sessions", Integer.toString(ended[0])));
        });
        return ended[0];
    }

    private void covered(StoreTransaction tx, Acting acting, User user) {
        authority.requireCovers(acting, user, user); // ending an admin's sessions is not for someone who holds less
    }

    private boolean endOne(StoreTransaction tx, Session session) {
        boolean ended = SessionStore.CAPABILITY.in(tx).delete(session.tenantId(), session.id());
        if (ended) {
            ctx.coherence().userChanged(tx, session.tenantId(), session.userId());
        }
        validation.forget(session.id());
        return ended;
    }

    /** Stops what validation runs in the background (Roster.close()). */
    @Override
    public void close() {
        validation.close();
    }

    @Override
    public int pruneExpired() {
        int total = 0;
        while (true) {
            Instant now = ctx.clock().instant();
            int pruned = ctx.store().inTransaction(tx -> SessionStore.CAPABILITY.in(tx)
                    .prune(now.minus(settings.idleTimeout()), now.minus(settings.absoluteLifetime()), PRUNE_BATCH));
            total += pruned;
            if (pruned < PRUNE_BATCH) {
                return total;
            }
        }
    }

    private static void requireActive(StoreTransaction tx, TenantId tenant, UserId self) {
        tx.users().find(tenant, self).filter(u -> u.status() == UserStatus.ACTIVE)
                .orElseThrow(() -> new PermissionDeniedException("only an active member of the tenant manages its own sessions"));
    }
}
