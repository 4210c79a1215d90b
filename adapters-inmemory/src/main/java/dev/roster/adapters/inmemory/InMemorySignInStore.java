package dev.roster.adapters.inmemory;

import dev.roster.spi.access.LockoutState;
import dev.roster.spi.access.SignInAttempt;
import dev.roster.spi.access.SignInQuery;
import dev.roster.spi.access.SignInStore;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.User;
import dev.roster.spi.model.UserId;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoredValues;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Lockout states, last sign-ins and attempts; units that write run one at a time, so updates never interleave. */
final class InMemorySignInStore implements SignInStore {
    /** Ids compare as their text, which orders as the databases order uuids (unsigned), unlike UUID.compareTo. */
    private static final Comparator<SignInAttempt> NEWEST_FIRST = Comparator.comparing(SignInAttempt::at)
            .thenComparing(a -> a.id().toString()).reversed();

    private final InMemoryData data;

    InMemorySignInStore(InMemoryData data) {
        this.data = data;
    }

    private static InMemoryData.Key key(TenantId tenant, UserId user) {
        return new InMemoryData.Key(tenant, user.toString());
    }

    private InMemoryData.SignIn row(TenantId tenant, UserId user) {
        InMemoryData.SignIn row = data.signIns.get(key(tenant, user));
        return row == null ? new InMemoryData.SignIn(LockoutState.CLEAR, null) : row;
    }

    private void requireUser(TenantId tenant, UserId user) {
        if (data.users.values().stream().noneMatch(u -> u.tenantId().equals(tenant) && u.id().equals(user))) {
            throw new IllegalArgumentException("no user " + user + " in tenant " + tenant);
        }
    }

    @Override
    public LockoutState lockout(TenantId tenant, UserId user) {
        return row(tenant, user).lockout();
    }

    @Override
    public LockoutState updateLockout(TenantId tenant, UserId user, UnaryOperator<LockoutState> step) {
        requireUser(tenant, user);
        InMemoryData.SignIn before = row(tenant, user);
        LockoutState after = step.apply(before.lockout());
        data.signIns.put(key(tenant, user), new InMemoryData.SignIn(after, before.lastSignIn()));
        return after;
    }

    @Override
    public void signedIn(TenantId tenant, UserId user, Instant at) {
        requireUser(tenant, user);
        StoredValues.bound("at", at);
        data.signIns.put(key(tenant, user), new InMemoryData.SignIn(row(tenant, user).lockout(), at));
        User stored = data.users.get(user);
        data.users.put(user, stored.toBuilder().lastLoginAt(at).build()); // the same version: bookkeeping, not an edit
    }

    @Override
    public Optional<Instant> lastSignIn(TenantId tenant, UserId user) {
        return Optional.ofNullable(row(tenant, user).lastSignIn());
    }

    @Override
    public void record(SignInAttempt attempt) {
        StoredValues.check(attempt);
        data.signInAttempts.put(attempt.id(), attempt);
    }

    @Override
    public int failuresFrom(String address, Instant since) {
        if (address == null) {
            return 0;
        }
        boolean network = address.endsWith(":");
        return (int) data.signInAttempts.values().stream().filter(a -> a.reason().isGuess() && a.ip() != null
                && (network ? a.ip().startsWith(address) : a.ip().equals(address)) && !a.at().isBefore(since)).count();
    }

    @Override
    public Page<SignInAttempt> attempts(SignInQuery q) {
        List<SignInAttempt> rows = data.signInAttempts.values().stream()
                .filter(a -> a.tenantId().equals(q.tenant()))
                .filter(a -> q.user() == null || q.user().equals(a.userId()))
                .filter(a -> q.succeeded() == null || q.succeeded() == a.succeeded())
                .filter(a -> q.from() == null || !a.at().isBefore(q.from()))
                .filter(a -> q.to() == null || a.at().isBefore(q.to()))
                .filter(a -> q.afterAt() == null || a.at().isBefore(q.afterAt()) || a.at().equals(q.afterAt()) && a.id().toString().compareTo(q.afterId().toString()) < 0)
                .sorted(NEWEST_FIRST).limit(q.limit() + 1L).toList();
        return Page.ofOneMore(rows, q.limit());
    }

    @Override
    public int forgetAttempts(TenantId tenant, UserId user) {
        List<UUID> theirs = data.signInAttempts.values().stream().filter(a -> a.tenantId().equals(tenant) && user.equals(a.userId()))
                .map(SignInAttempt::id).toList();
        theirs.forEach(data.signInAttempts::remove);
        return theirs.size();
    }

    @Override
    public int pruneAttempts(Instant before, int limit) {
        List<UUID> old = data.signInAttempts.values().stream().filter(a -> a.at().isBefore(before))
                .sorted(Comparator.comparing(SignInAttempt::at)).limit(limit).map(SignInAttempt::id).toList();
        old.forEach(data.signInAttempts::remove);
        return old.size();
    }
}
