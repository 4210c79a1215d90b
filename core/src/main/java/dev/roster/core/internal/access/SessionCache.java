package dev.roster.core.internal.access;

import dev.roster.core.session.Principal;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance remembers of the sessions it validated, so that validating a known session
 * costs one map probe and allocates nothing. An entry is trusted only while nothing it depends on
 * has changed: each entry keeps the generations of its user and tenant at the time it was loaded,
 * and every change heard (from this instance or, through the change feed, from another) advances
 * them. A generation is read before the load it guards, so a load that races a change is already
 * stale when stored.
 *
 * <p>Entries are found by a key the caller chooses: the token itself where every change reaches this
 * cache before the change's commit returns (so no store round trip is needed), or the token's hash
 * where the store's stamps must be read anyway.
 */
final class SessionCache {
    /** A generation shared by the entries of one user or one tenant. */
    static final class Generation {
        private volatile long value;

        long value() {
            return value;
        }

        void advance() {
            value++; // advanced under the state's map's lock for the key, never concurrently for one instance
        }
    }

    /** One validated session. */
    static final class Entry {
        final Optional<Principal> answer;
        final UUID session;
        final long startedAtMillis;
        final long userVersion;
        final long accessStamp;
        private final Generation user;
        private final Generation tenant;
        private final long userSeen;
        private final long tenantSeen;
        volatile long lastActiveMillis;
        volatile boolean ended;

        private final Marks marks;

        Entry(Principal principal, long startedAtMillis, long lastActiveMillis, long userVersion, long accessStamp, Marks marks) {
            this.marks = marks;
            this.answer = Optional.of(principal);
            this.session = principal.session();
            this.startedAtMillis = startedAtMillis;
            this.lastActiveMillis = lastActiveMillis;
            this.userVersion = userVersion;
            this.accessStamp = accessStamp;
            this.user = marks.user;
            this.tenant = marks.tenant;
            this.userSeen = marks.userSeen;
            this.tenantSeen = marks.tenantSeen;
        }

        boolean isEnded() {
            return ended;
        }

        /** Whether nothing the entry was built from has changed since. */
        boolean current() {
            return !ended && user.value() == userSeen && tenant.value() == tenantSeen;
        }

        Principal principal() {
            return answer.get();
        }
    }

    /** The generations read before a load, to build its entry with. */
    static final class Marks {
        private final State state;
        private final Generation user;
        private final Generation tenant;
        private final long userSeen;
        private final long tenantSeen;

        private Marks(State state, Generation user, Generation tenant) {
            this.state = state;
            this.user = user;
            this.tenant = tenant;
            this.userSeen = user.value();
            this.tenantSeen = tenant.value();
        }
    }

    /** Everything, replaced as a whole when full or when changes may have been missed. */
    private static final class State {
        final ConcurrentHashMap<String, Entry> byKey = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UUID, Entry> bySession = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UserId, Generation> users = new ConcurrentHashMap<>();
        final ConcurrentHashMap<TenantId, Generation> tenants = new ConcurrentHashMap<>();
    }

    private final int capacity;
    private volatile State state = new State();

    SessionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The entry for {@code key} whatever has changed since, for a caller that checks the store's stamps itself. */
    Entry raw(String key) {
        return state.byKey.get(key);
    }

    /** The entry for {@code key}, if one is cached and still current. */
    Entry get(String key) {
        Entry entry = state.byKey.get(key);
        return entry != null && entry.current() ? entry : null;
    }

    /** Read before loading what an entry for {@code user} will hold. */
    Marks marks(TenantId tenant, UserId user) {
        State s = state;
        return new Marks(s, s.users.computeIfAbsent(user, u -> new Generation()), s.tenants.computeIfAbsent(tenant, t -> new Generation()));
    }

    /** Caches the entry, unless the cache started over since its marks were read (it would never hear of changes). */
    void put(String key, Entry entry) {
        State s = entry.marks.state;
        if (s.byKey.size() >= capacity) {
            clear(); // starting over costs one store read per session; tracking recency would cost every validation
            return;
        }
        Entry previous = s.byKey.put(key, entry);
        if (previous != null && previous != entry) {
            s.bySession.remove(previous.session, previous);
        }
        s.bySession.put(entry.session, entry);
        if (state != s) {
            entry.ended = true;
        }
    }

    /** Forgets one session, ended here or elsewhere. */
    void ended(UUID session) {
        Entry entry = state.bySession.remove(session);
        if (entry != null) {
            entry.ended = true;
        }
    }

    /** Forgets what was cached about one user (its sessions are checked against the store again). */
    void userChanged(UserId user) {
        advance(state.users, user);
    }

    /** Forgets what was cached about every user of a tenant. */
    void tenantChanged(TenantId tenant) {
        advance(state.tenants, tenant);
    }

    private static <K> void advance(ConcurrentHashMap<K, Generation> generations, K key) {
        generations.compute(key, (k, g) -> {
            Generation generation = g == null ? new Generation() : g;
            generation.advance();
            return generation;
        });
    }

    /** Forgets everything. */
    void clear() {
        State old = state;
        state = new State();
        old.byKey.values().forEach(e -> e.ended = true); // a load holding the old state's marks stores nothing that lasts
    }
}
