package dev.roster.core.internal.access;

import dev.roster.core.session.Principal;
import dev.roster.spi.model.TenantId;
import dev.roster.spi.model.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance remembers of the sessions it validated, so that validating a known session
 * costs one map probe and one flag and allocates nothing. Every change heard (from this instance or,
 * through the change feed, from another) ends the entries of its user, or of its whole tenant.
 *
 * <p>A load that races a change must not cache what it read before the change: each user and tenant
 * has a generation that a change advances before it ends entries, and a load reads the generations
 * before it reads the store; an entry stored after the change's sweep finds its generation moved
 * and ends itself. Generations are kept until the cache starts over (when full, or when changes may
 * have been missed), so a load always compares against the objects a change advances.
 *
 * <p>Entries are found by a key the caller chooses: the token itself where every change reaches this
 * cache before the change's commit returns (so no store round trip is needed), or the token's hash
 * where the store's stamps must be read anyway.
 */
final class SessionCache {
    /** A counter a change advances. */
    static final class Generation {
        private volatile long value;

        long value() {
            return value;
        }

        void advance() {
            value++; // only inside the map's compute for its key: never concurrently for one instance
        }
    }

    /** One validated session. */
    static final class Entry {
        final Optional<Principal> answer;
        final TenantId tenantId;
        final UserId userId;
        final UUID session;
        final long startedAtMillis;
        final long userVersion;
        final long accessStamp;
        private final Marks marks;
        private final long lifetimeMillis;
        private final long touchMillis;
        volatile long lastActiveMillis;
        /** Until when a validation needs neither a touch nor a look at the lifetimes: the common case, one comparison. */
        volatile long quietUntil;
        volatile boolean ended;

        Entry(Principal principal, long startedAtMillis, long lastActiveMillis, long userVersion, long accessStamp, Marks marks,
                long lifetimeMillis, long touchMillis) {
            this.answer = Optional.of(principal);
            this.tenantId = principal.tenant();
            this.userId = principal.user();
            this.session = principal.session();
            this.startedAtMillis = startedAtMillis;
            this.userVersion = userVersion;
            this.accessStamp = accessStamp;
            this.marks = marks;
            this.lifetimeMillis = lifetimeMillis;
            this.touchMillis = touchMillis;
            activeAt(lastActiveMillis);
        }

        /** The session was used at {@code millis} (as stored, or as this instance is about to store). */
        void activeAt(long millis) {
            lastActiveMillis = millis;
            quietUntil = Math.min(startedAtMillis + lifetimeMillis, millis + touchMillis);
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

        boolean moved() {
            return user.value() != userSeen || tenant.value() != tenantSeen;
        }
    }

    /** Everything, replaced as a whole when full or when changes may have been missed. */
    private static final class State {
        final ConcurrentHashMap<String, Entry> byKey = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UUID, Entry> bySession = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UserId, Set<Entry>> byUser = new ConcurrentHashMap<>();
        final ConcurrentHashMap<UserId, Generation> users = new ConcurrentHashMap<>();
        final ConcurrentHashMap<TenantId, Generation> tenants = new ConcurrentHashMap<>();
    }

    private final int capacity;
    private volatile State state = new State();

    SessionCache(int capacity) {
        this.capacity = capacity;
    }

    /** The entry for {@code key}, if one is cached and not ended. */
    Entry get(String key) {
        Entry entry = state.byKey.get(key);
        return entry != null && !entry.ended ? entry : null;
    }

    /** The entry for {@code key} even if a change ended it, for a caller that checks the store's stamps itself. */
    Entry raw(String key) {
        return state.byKey.get(key);
    }

    /** Read before loading what an entry for {@code user} will hold. */
    Marks marks(TenantId tenant, UserId user) {
        State s = state;
        return new Marks(s, s.users.computeIfAbsent(user, u -> new Generation()), s.tenants.computeIfAbsent(tenant, t -> new Generation()));
    }

    /** Caches the entry; it ends itself at once if a change came after its marks were read, or the cache started over. */
    void put(String key, Entry entry) {
        State s = entry.marks.state;
        if (s.byKey.size() >= capacity) {
            clear(); // starting over costs one store read per session; tracking recency would cost every validation
            return;
        }
        Entry previous = s.byKey.put(key, entry);
        if (previous != null && previous != entry) {
            forget(s, previous);
        }
        s.bySession.put(entry.session, entry);
        s.byUser.computeIfAbsent(entry.userId, u -> ConcurrentHashMap.newKeySet()).add(entry);
        // After joining the user's set: a change either finds it there, or moved a generation this sees.
        if (entry.marks.moved() || state != s) {
            entry.ended = true;
        }
    }

    /** Forgets one session, ended here or elsewhere. */
    void ended(UUID session) {
        State s = state;
        Entry entry = s.bySession.get(session);
        if (entry != null) {
            forget(s, entry);
        }
    }

    private static void forget(State s, Entry entry) {
        entry.ended = true;
        s.bySession.remove(entry.session, entry);
        Set<Entry> theirs = s.byUser.get(entry.userId);
        if (theirs != null) {
            theirs.remove(entry);
        }
    }

    /** Ends what was cached about one user (its sessions are checked against the store again). */
    void userChanged(UserId user) {
        State s = state;
        advance(s.users, user);
        Set<Entry> theirs = s.byUser.remove(user);
        if (theirs != null) {
            theirs.forEach(e -> e.ended = true);
        }
    }

    /** Ends what was cached about every user of a tenant. */
    void tenantChanged(TenantId tenant) {
        State s = state;
        advance(s.tenants, tenant);
        s.bySession.values().forEach(e -> {
            if (e.tenantId.equals(tenant)) {
                e.ended = true;
            }
        });
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
