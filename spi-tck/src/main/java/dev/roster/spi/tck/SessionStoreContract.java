package dev.roster.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.spi.access.Session;
import dev.roster.spi.access.SessionCheck;
import dev.roster.spi.access.SessionQuery;
import dev.roster.spi.access.SessionStore;
import dev.roster.spi.error.DuplicateKeyException;
import dev.roster.spi.error.InvalidValueException;
import dev.roster.spi.model.User;
import dev.roster.spi.store.Page;
import dev.roster.spi.store.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sessions ({@link SessionStore}), for stores that offer it: found by token hash with their user's
 * version and their tenant's access stamp in one read, listed, touched, ended one, all or all but
 * one, pruned past their lifetimes, and gone with their user.
 */
public abstract class SessionStoreContract extends StoreContract {
    private static final Instant NOW = Records.T0;

    private static SessionStore sessions(StoreTransaction tx) {
        return SessionStore.CAPABILITY.in(tx);
    }

    private User user(String email) {
        User user = Records.user(T1, email);
        write(tx -> tx.users().insert(user));
        return user;
    }

    private static Session session(User user, String hash, int minute) {
        Instant at = NOW.plusSeconds(60L * minute);
        return new Session(UUID.randomUUID(), user.tenantId(), user.id(), hash, "Firefox 131", "Linux", "203.0.113.7", at, at);
    }

    private Session started(User user, String hash, int minute) {
        Session session = session(user, hash, minute);
        write(tx -> sessions(tx).create(session));
        return session;
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    private SessionCheck check(String hash) {
        return read((StoreTransaction tx) -> sessions(tx).check(hash)).orElse(null);
    }

    @Test
    void aSessionIsFoundByItsTokenHashWithItsUsersVersionAndItsTenantsStamp() {
        User ada = user("ada@example.com");
        Session session = started(ada, hash('a'), 0);

        SessionCheck found = check(hash('a'));
        assertThat(found.session()).isEqualTo(session);
        assertThat(found.userVersion()).isEqualTo(read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow().version());
        assertThat(found.accessStamp()).isZero();
        assertThat(check(hash('b'))).isNull();
        assertThat(read((StoreTransaction tx) -> sessions(tx).check(null))).isEmpty();
    }

    @Test
    void theStampsMoveWithAnEditOfTheUserAndAnAccessChangeOfItsTenantOnly() {
        User ada = user("ada@example.com");
        started(ada, hash('a'), 0);
        SessionCheck before = check(hash('a'));

        write(tx -> sessions(tx).accessChanged(T1));
        write(tx -> sessions(tx).accessChanged(T1));
        write(tx -> sessions(tx).accessChanged(T2));
        User stored = read((StoreTransaction tx) -> tx.users().find(T1, ada.id())).orElseThrow();
        write(tx -> tx.users().update(stored.toBuilder().status(dev.roster.spi.model.UserStatus.SUSPENDED).build()));

        SessionCheck after = check(hash('a'));
        assertThat(after.accessStamp()).isEqualTo(before.accessStamp() + 2);
        assertThat(after.userVersion()).isGreaterThan(before.userVersion());
    }

    @Test
    void anAccessChangeThatRollsBackLeavesTheStampAsItWas() {
        User ada = user("ada@example.com");
        started(ada, hash('a'), 0);
        failure(tx -> {
            sessions(tx).accessChanged(T1);
            throw new InvalidValueException("test", "roll back");
        });
        assertThat(check(hash('a')).accessStamp()).isZero();
    }

    @Test
    void aTakenTokenHashIsRefusedAndChangesNothing() {
        User ada = user("ada@example.com");
        Session first = started(ada, hash('a'), 0);
        assertThat(failure(tx -> sessions(tx).create(session(ada, hash('a'), 1)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(read((StoreTransaction tx) -> sessions(tx).ofUser(T1, ada.id()))).containsExactly(first);
    }

    @Test
    void valuesNoStoreCanHoldAreRefusedByName() {
        User ada = user("ada@example.com");
        Session tooLong = new Session(UUID.randomUUID(), T1, ada.id(), hash('a'), "B".repeat(101), null, null, NOW, NOW);
        assertThat(failure(tx -> sessions(tx).create(tooLong))).isInstanceOf(InvalidValueException.class).hasMessageContaining("browser");
        Session badIp = new Session(UUID.randomUUID(), T1, ada.id(), hash('a'), null, null, "1.2.3.4\r\nX: y", NOW, NOW);
        assertThat(failure(tx -> sessions(tx).create(badIp))).isInstanceOf(InvalidValueException.class).hasMessageContaining("ip");
        assertThat(check(hash('a'))).isNull();
    }

    @Test
    void aTouchMovesTheLastActivityOfThatSessionOnly() {
        User ada = user("ada@example.com");
        Session one = started(ada, hash('a'), 0);
        Session two = started(ada, hash('b'), 0);
        Instant later = NOW.plusSeconds(600);

        assertThat(tx((StoreTransaction tx) -> sessions(tx).touch(T1, one.id(), later))).isTrue();
        assertThat(tx((StoreTransaction tx) -> sessions(tx).touch(T2, two.id(), later))).isFalse();
        assertThat(tx((StoreTransaction tx) -> sessions(tx).touch(T1, UUID.randomUUID(), later))).isFalse();

        assertThat(check(hash('a')).session().lastActiveAt()).isEqualTo(later);
        assertThat(check(hash('b')).session().lastActiveAt()).isEqualTo(two.lastActiveAt());
    }

    @Test
    void sessionsEndOneAtATimeAllOrAllButOneAndOnlyInTheirTenant() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        Session a1 = started(ada, hash('a'), 0);
        Session a2 = started(ada, hash('b'), 1);
        Session a3 = started(ada, hash('c'), 2);
        Session b1 = started(bob, hash('d'), 0);

        assertThat(tx((StoreTransaction tx) -> sessions(tx).delete(T2, a1.id()))).isFalse();
        assertThat(tx((StoreTransaction tx) -> sessions(tx).delete(T1, a1.id()))).isTrue();
        assertThat(tx((StoreTransaction tx) -> sessions(tx).delete(T1, a1.id()))).isFalse();
        assertThat(check(hash('a'))).isNull();

        assertThat(tx((StoreTransaction tx) -> sessions(tx).deleteOfUser(T1, ada.id(), a3.id()))).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> sessions(tx).ofUser(T1, ada.id()))).containsExactly(a3);
        assertThat(tx((StoreTransaction tx) -> sessions(tx).deleteOfUser(T1, ada.id(), null))).isEqualTo(1);
        assertThat(read((StoreTransaction tx) -> sessions(tx).ofUser(T1, ada.id()))).isEmpty();
        assertThat(read((StoreTransaction tx) -> sessions(tx).find(T1, b1.id()))).contains(b1);
        assertThat(check(hash('b'))).isNull();
    }

    @Test
    void aUserDeletedForGoodTakesItsSessionsWithIt() {
        User ada = user("ada@example.com");
        started(ada, hash('a'), 0);
        write(tx -> tx.users().delete(T1, ada.id()));
        assertThat(check(hash('a'))).isNull();
    }

    @Test
    void aUsersSessionsAreListedOldestFirstAndTheTenantsPagedNewestFirst() {
        User ada = user("ada@example.com");
        User bob = user("bob@example.com");
        List<Session> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(started(i % 2 == 0 ? ada : bob, hash((char) ('a' + i)), i));
        }
        assertThat(read((StoreTransaction tx) -> sessions(tx).ofUser(T1, ada.id()))).containsExactly(all.get(0), all.get(2), all.get(4));

        Page<Session> first = read((StoreTransaction tx) -> sessions(tx).list(SessionQuery.first(T1, null, 2)));
        assertThat(first.items()).containsExactly(all.get(4), all.get(3));
        assertThat(first.hasMore()).isTrue();
        Page<Session> second = read((StoreTransaction tx) -> sessions(tx).list(SessionQuery.first(T1, null, 2).after(all.get(3))));
        assertThat(second.items()).containsExactly(all.get(2), all.get(1));
        Page<Session> bobs = read((StoreTransaction tx) -> sessions(tx).list(SessionQuery.first(T1, bob.id(), 10)));
        assertThat(bobs.items()).containsExactly(all.get(3), all.get(1));
        assertThat(bobs.hasMore()).isFalse();
        assertThat(read((StoreTransaction tx) -> sessions(tx).list(SessionQuery.first(T2, null, 10))).items()).isEmpty();
    }

    @Test
    void pruningDeletesSessionsIdleOrOldPastTheirCutOffsInBatches() {
        User ada = user("ada@example.com");
        Session old = started(ada, hash('a'), 0);
        Session idle = started(ada, hash('b'), 10);
        Session live = started(ada, hash('c'), 20);
        write(tx -> sessions(tx).touch(T1, old.id(), NOW.plusSeconds(60 * 30)));

        int pruned = tx((StoreTransaction tx) -> sessions(tx).prune(NOW.plusSeconds(60 * 15), NOW.plusSeconds(60 * 5), 10));

        assertThat(pruned).isEqualTo(2);
        assertThat(read((StoreTransaction tx) -> sessions(tx).ofUser(T1, ada.id()))).containsExactly(live);
        assertThat(idle.id()).isNotEqualTo(live.id());
        started(ada, hash('d'), 0);
        started(ada, hash('e'), 0);
        assertThat(tx((StoreTransaction tx) -> sessions(tx).prune(NOW.plusSeconds(60 * 15), NOW.plusSeconds(60 * 5), 1))).isEqualTo(1);
        assertThat(tx((StoreTransaction tx) -> sessions(tx).prune(NOW.plusSeconds(60 * 15), NOW.plusSeconds(60 * 5), 1))).isEqualTo(1);
        assertThat(tx((StoreTransaction tx) -> sessions(tx).prune(NOW.plusSeconds(60 * 15), NOW.plusSeconds(60 * 5), 1))).isZero();
    }
}
