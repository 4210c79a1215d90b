package dev.roster.core.internal.access;

import dev.roster.core.credential.LockoutPolicy;
import dev.roster.core.internal.Events;
import dev.roster.core.credential.PasswordRules;
import dev.roster.core.credential.SignInContext;
import dev.roster.core.credential.SignInResult;
import dev.roster.core.error.ValidationException;
import dev.roster.core.session.SessionSignIn;
import dev.roster.core.session.StartedSession;
import dev.roster.core.internal.IdGenerator;
import dev.roster.spi.access.Credential;
import dev.roster.spi.access.CredentialStore;
import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.PasswordHasher;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInReason;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.model.EmailAddress;
import dev.roster.spi.model.Limits;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserStatus;
import dev.roster.spi.store.RosterStore;
import dev.roster.spi.store.StoreTransaction;
import dev.roster.spi.text.TextKind;
import dev.roster.spi.text.TextRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sign-in: find the account (one read), verify the password outside any unit through the
 * hashing gate (against a dummy hash when there is no account or no password, so both cost the
 * same), then record the attempt, move the lockout state and stamp the sign-in in one unit.
 */
public final class SignIn {
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);


    private final RosterStore store;
    private final java.util.function.Predicate<String> publicType;
    private final Clock clock;
    private final IdGenerator ids;
    private final PasswordHasher hasher;
    private final PasswordRules rules;
    private final LockoutPolicy lockout;
    private final Events events;
    private final HashingGate gate;
    private final int addressFailures;
    private final Duration addressWindow;
    private final AtomicBoolean warnedUnusable = new AtomicBoolean();
    /** A hash of nothing anyone knows, made once when Roster is built: an unknown sign-in costs one verification, the first too. */
    private final String dummyHash;

    public SignIn(RosterStore store, java.util.function.Predicate<String> publicType, Clock clock, IdGenerator ids, PasswordHasher hasher,
            PasswordRules rules, LockoutPolicy lockout, HashingGate gate, int addressFailures, Duration addressWindow, Events events) {
        this.events = events;
        this.publicType = publicType;
        this.addressFailures = addressFailures;
        this.addressWindow = addressWindow;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.hasher = hasher;
        this.rules = rules;
        this.lockout = lockout;
        this.gate = gate;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hasher.hash(Base64.getEncoder().encodeToString(random));
    }

    /** What the first read found: the account, its password and where it stands. */
    private record Found(User user, Credential credential, LockoutState lockout) {
    }

    /** What the first read found: the account, if any, and whether the client's address is over its budget. */
    private record Read(Found found, boolean throttled) {
    }

    /** Starts a session in the sign-in's unit of work; null when the bound on sessions refuses one. */
    @FunctionalInterface
    public interface Starter {
        StartedSession start(StoreTransaction tx, User user, SignInContext context, Instant now);
    }

    public SignInResult authenticate(TenantId tenant, String identifier, String password, SignInContext context) {
        return authenticate(tenant, identifier, password, context, null).result();
    }

    private boolean overBudget(StoreTransaction tx, String address, Instant now) {
        return addressFailures > 0 && address != null
                && SignInStore.CAPABILITY.in(tx).failuresFrom(ClientAddress.budgetKey(address), now.minus(addressWindow)) >= addressFailures;
    }

    /**
     * The address to record and count by: its canonical form; {@link ClientAddress#UNREADABLE} for
     * text that is no address (so that such attempts share one budget instead of escaping it); null
     * when the host gave none.
     */
    private String address(SignInContext context) {
        String given = context == null ? null : context.ip();
        String canonical = ClientAddress.canonical(given);
        if (canonical == null && addressFailures > 0 && !warnedUnusable.getAndSet(true)) {
            LOG.warn("the per-address budget got {} client address; pass the client's own address (one IP literal) to SignInContext",
                    given == null ? "no" : "an unreadable");
        }
        return canonical != null || given == null ? canonical : ClientAddress.UNREADABLE;
    }

    /** Signs in and, with a starter, starts a session when a lasting password matched. */
    public SessionSignIn authenticate(TenantId tenant, String identifier, String password, SignInContext context, Starter starter) {
        if (tenant == null) {
            throw ValidationException.of("tenant", "is required");
        }
        Instant now = clock.instant();
        String address = address(context);
        Read read = store.read(tx -> new Read(find(tx, tenant, identifier).map(u -> new Found(u,
                CredentialStore.CAPABILITY.in(tx).find(tenant, u.id()).orElse(null), SignInStore.CAPABILITY.in(tx).lockout(tenant, u.id())))
                .orElse(null), overBudget(tx, address, now)));
        Found found = read.found();
        boolean checkable = rules.verifiable(password);
        String against = found != null && found.credential() != null ? found.credential().passwordHash() : dummyHash;
        // The same work whatever the account: a wrong guess against nobody costs what one against someone does.
        // The budget is read again once a hashing slot is free: a burst from one address queues for it.
        Boolean matched = read.throttled() ? null : gate.run(() -> addressFailures > 0 && store.read(tx -> overBudget(tx, address, now))
                ? null : hasher.verify(checkable ? password : "", against));
        if (matched == null) {
            // Spraying from this address: refused before any hash, and no account's lockout moves for it.
            store.inTransaction(tx -> {
                SignInStore.CAPABILITY.in(tx).record(new SignInAttempt(ids.next(), tenant, found == null ? null : found.user().id(),
                        now, address, userAgent(context), SignInReason.ADDRESS_THROTTLED));
                return null;
            });
            events.signInAttempted(tenant, SignInReason.ADDRESS_THROTTLED, false);
            return new SessionSignIn(SignInResult.refused(), null);
        }
        SignInReason judged = reason(found, matched && checkable, now);
        String rehash = judged == SignInReason.SUCCESS && hasher.needsRehash(against) ? gate.run(() -> hasher.hash(password)) : null;
        boolean[] lockedOut = {false};
        SignInReason[] recorded = {null};
        SessionSignIn done = store.inTransaction(tx -> {
            lockedOut[0] = false;
            SignInStore signIns = SignInStore.CAPABILITY.in(tx);
            SignInReason reason = judged;
            if (found != null && (judged == SignInReason.WRONG_PASSWORD || judged == SignInReason.SUCCESS
                    || judged == SignInReason.TEMPORARY_PASSWORD)) {
                reason = tx.users().find(tenant, found.user().id()).isEmpty() ? SignInReason.DELETED
                        : settleLockout(signIns, found, judged, now, lockedOut);
            }
            if (reason == SignInReason.SUCCESS || reason == SignInReason.TEMPORARY_PASSWORD) {
                // After the account's lock (settleLockout): a suspension, deletion or password change that
                // landed while the hash was checked is seen here, or waits for this unit.
                reason = reasonNow(tx, found, now, reason);
            }
            StartedSession started = null;
            if (reason == SignInReason.SUCCESS && starter != null) {
                // Under the tenant lock a suspension or deletion either came first (and is seen here)
                // or waits for this unit and then ends the session it starts.
                tx.tenants().lock(tenant);
                reason = reasonNow(tx, found, now, reason);
                started = reason == SignInReason.SUCCESS ? starter.start(tx, found.user(), context, now) : null;
                reason = reason == SignInReason.SUCCESS && started == null ? SignInReason.SESSION_LIMIT : reason;
            }
            signIns.record(new SignInAttempt(ids.next(), tenant, found == null ? null : found.user().id(), now, address, userAgent(context),
                    reason));
            if (reason == SignInReason.SUCCESS || reason == SignInReason.TEMPORARY_PASSWORD) {
                signIns.signedIn(tenant, found.user().id(), now);
                if (rehash != null) {
                    CredentialStore.CAPABILITY.in(tx).replaceHash(tenant, found.user().id(), found.credential().passwordHash(), rehash);
                }
            }
            SignInResult result = switch (reason) {
                case SUCCESS -> SignInResult.signedIn(found.user());
                case TEMPORARY_PASSWORD -> SignInResult.mustChangePassword(found.user());
                case SESSION_LIMIT -> SignInResult.tooManySessions(found.user());
                default -> SignInResult.refused();
            };
            recorded[0] = reason;
            return new SessionSignIn(result, started);
        });
        events.signInAttempted(tenant, recorded[0], lockedOut[0]);
        return done;
    }

    /**
     * Moves the account's lockout state by a checked password, judged against the state as it is
     * now, under the account's lock: of a burst of parallel guesses, all read the state before any
     * was recorded, so the one that finds the account locked by the others counts as locked, not as
     * a guess, and a right password that arrives after the lockout is refused.
     */
    private SignInReason settleLockout(SignInStore signIns, Found found, SignInReason judged, Instant now, boolean[] lockedOut) {
        boolean[] locked = {false};
        signIns.updateLockout(found.user().tenantId(), found.user().id(), s -> {
            if (s.lockedAt(now)) {
                locked[0] = true;
                return s;
            }
            LockoutState next = judged == SignInReason.WRONG_PASSWORD ? lockout.afterFailure(s, now) : lockout.afterSuccess(s);
            lockedOut[0] = next.lockedAt(now); // this guess locked the account
            return next;
        });
        return locked[0] ? SignInReason.LOCKED : judged;
    }

    /**
     * The verified sign-in judged again under the tenant lock: an admin may have suspended, deleted
     * or locked the account, or its password may have changed, while the hash was being checked.
     */
    private SignInReason reasonNow(StoreTransaction tx, Found found, Instant now, SignInReason judged) {
        TenantId tenant = found.user().tenantId();
        User current = tx.users().find(tenant, found.user().id()).orElse(null);
        if (current == null || current.status() == UserStatus.DELETED) {
            return SignInReason.DELETED;
        }
        if (current.status() != UserStatus.ACTIVE) {
            return SignInReason.SUSPENDED;
        }
        if (publicType.test(current.userType())) {
            return SignInReason.PUBLIC_USER;
        }
        if (SignInStore.CAPABILITY.in(tx).lockout(tenant, current.id()).lockedAt(now)) {
            return SignInReason.LOCKED;
        }
        boolean samePassword = CredentialStore.CAPABILITY.in(tx).find(tenant, current.id())
                .filter(c -> c.passwordHash().equals(found.credential().passwordHash())).isPresent();
        return samePassword ? judged : SignInReason.WRONG_PASSWORD;
    }

    private SignInReason reason(Found found, boolean matches, Instant now) {
        if (found == null) {
            return SignInReason.UNKNOWN_ACCOUNT;
        }
        if (found.user().status() == UserStatus.DELETED) {
            return SignInReason.DELETED;
        }
        if (found.user().status() != UserStatus.ACTIVE) {
            return SignInReason.SUSPENDED;
        }
        if (publicType.test(found.user().userType())) {
            return SignInReason.PUBLIC_USER;
        }
        if (found.lockout().lockedAt(now)) {
            return SignInReason.LOCKED;
        }
        if (found.credential() == null) {
            return SignInReason.NO_PASSWORD;
        }
        if (!matches) {
            return SignInReason.WRONG_PASSWORD;
        }
        if (found.credential().expiredAt(now)) {
            return SignInReason.PASSWORD_EXPIRED;
        }
        return found.credential().temporary() ? SignInReason.TEMPORARY_PASSWORD : SignInReason.SUCCESS;
    }

    /** The account an email address (or else a username) names; case variants are one account. */
    private static Optional<User> find(StoreTransaction tx, TenantId tenant, String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > Limits.EMAIL) {
            return Optional.empty();
        }
        if (identifier.indexOf('@') >= 0) {
            try {
                return tx.users().findByEmail(tenant, EmailAddress.of(identifier).canonical());
            } catch (IllegalArgumentException notAnAddress) {
                return Optional.empty();
            }
        }
        return tx.users().findByUsername(tenant, identifier.trim().toLowerCase(Locale.ROOT));
    }

    public static String ip(SignInContext context) {
        return context == null ? null : ClientAddress.canonical(context.ip());
    }

    public static String userAgent(SignInContext context) {
        if (context == null || context.userAgent() == null) {
            return null;
        }
        String line = TextRules.cut(TextRules.normalize(TextRules.oneLine(context.userAgent()), TextKind.LINE), Limits.USER_AGENT);
        return TextRules.problem(line, TextKind.LINE, Limits.USER_AGENT) == null ? line : null;
    }
}
