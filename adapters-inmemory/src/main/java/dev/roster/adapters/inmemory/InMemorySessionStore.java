package dev.roster.adapters.inmemory;

import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionCheck;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.ErrorCode;
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

/** Sessions by id with an index by token hash, and the tenants' access stamps. */
final class InMemorySessionStore implements SessionStore {
    /** Ids compare as their text, which orders as the databases order uuids. */
    private static final Comparator<Session> OLDEST_FIRST = Comparator.comparing(Session::startedAt).thenComparing(s -> s.id().toString());

    private final InMemoryData data;

    InMemorySessionStore(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void create(Session session) {
        StoredValues.check(session);
        User user = data.users.get(session.userId());
        if (user == null || !user.tenantId().equals(session.tenantId())) {
            throw new IllegalArgumentException("no user " + session.userId() + " in tenant " + session.tenantId());
        }
        if (data.sessions.containsKey(session.id()) || data.sessionByToken.containsKey(session.tokenHash())) {
            throw new DuplicateKeyException(ErrorCode.DUPLICATE_ID, "session " + session.id() + " or its token already exists");
        }
        data.sessions.put(session.id(), session);
        data.sessionByToken.put(session.tokenHash(), session.id());
    }

    @Override
    public Optional<SessionCheck> check(String tokenHash) {
        UUID id = tokenHash == null ? null : data.sessionByToken.get(tokenHash);
        Session session = id == null ? null : data.sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        User user = data.users.get(session.userId());
        Long stamp = data.accessStamps.get(session.tenantId());
        return Optional.of(new SessionCheck(session, user.version(), stamp == null ? 0 : stamp));
    }

    @Override
    public Optional<Session> find(TenantId tenant, UUID id) {
        return Optional.ofNullable(data.sessions.get(id)).filter(s -> s.tenantId().equals(tenant));
    }

    @Override
    public List<Session> ofUser(TenantId tenant, UserId user) {
        return data.sessions.values().stream().filter(s -> s.tenantId().equals(tenant) && s.userId().equals(user)).sorted(OLDEST_FIRST)
                .toList();
    }

    @Override
    public Page<Session> list(SessionQuery q) {
        List<Session> rows = data.sessions.values().stream()
                .filter(s -> s.tenantId().equals(q.tenant()))
                .filter(s -> q.user() == null || q.user().equals(s.userId()))
                .filter(s -> q.afterStartedAt() == null || s.startedAt().isBefore(q.afterStartedAt())
                        || s.startedAt().equals(q.afterStartedAt()) && s.id().toString().compareTo(q.afterId().toString()) < 0)
                .sorted(OLDEST_FIRST.reversed()).limit(q.limit() + 1L).toList();
        return Page.ofOneMore(rows, q.limit());
    }

    @Override
    public boolean touch(TenantId tenant, UUID id, Instant at) {
        StoredValues.bound("at", at);
        Optional<Session> session = find(tenant, id);
        session.ifPresent(s -> data.sessions.put(id, s.activeAt(at)));
        return session.isPresent();
    }

    @Override
    public boolean delete(TenantId tenant, UUID id) {
        Optional<Session> session = find(tenant, id);
        session.ifPresent(s -> remove(data, s));
        return session.isPresent();
    }

    @Override
    public int deleteOfUser(TenantId tenant, UserId user, UUID keep) {
        return removeOfUser(data, tenant, user, keep);
    }

    @Override
    public int prune(Instant idleBefore, Instant startedBefore, int limit) {
        List<Session> old = data.sessions.values().stream()
                .filter(s -> s.lastActiveAt().isBefore(idleBefore) || s.startedAt().isBefore(startedBefore))
                .sorted(OLDEST_FIRST).limit(limit).toList();
        old.forEach(s -> remove(data, s));
        return old.size();
    }

    @Override
    public void accessChanged(TenantId tenant) {
        Long stamp = data.accessStamps.get(tenant);
        data.accessStamps.put(tenant, stamp == null ? 1 : stamp + 1);
    }

    /** Also what deleting a user does, as the JDBC store's foreign key does. */
    static int removeOfUser(InMemoryData data, TenantId tenant, UserId user, UUID keep) {
        List<Session> theirs = data.sessions.values().stream()
                .filter(s -> s.tenantId().equals(tenant) && s.userId().equals(user) && !s.id().equals(keep)).toList();
        theirs.forEach(s -> remove(data, s));
        return theirs.size();
    }

    private static void remove(InMemoryData data, Session session) {
        data.sessions.remove(session.id());
        data.sessionByToken.remove(session.tokenHash());
    }
}
